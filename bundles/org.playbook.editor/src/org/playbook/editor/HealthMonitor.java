package org.playbook.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Display;
import org.playbook.audit.AuditReport;
import org.playbook.audit.Auditor;
import org.playbook.model.Strategy;

/**
 * The strategy's audit as it is being edited: audited again after every command (undo
 * included), once per burst of commands, and told to the pages (health summary, field
 * decorations). The same rules as the builder and the command line.
 */
final class HealthMonitor {
	private final Strategy strategy;
	private final Auditor auditor = new Auditor();
	private final List<Consumer<AuditReport>> listeners = new CopyOnWriteArrayList<>();
	private AuditReport report;
	private boolean scheduled;

	HealthMonitor(Strategy strategy, CommandStack stack, Display display) {
		this.strategy = strategy;
		this.report = auditor.audit(strategy);
		stack.addCommandStackListener(event -> {
			if (!scheduled) {
				scheduled = true;
				display.asyncExec(this::update);
			}
		});
	}

	private void update() {
		scheduled = false;
		report = auditor.audit(strategy);
		listeners.forEach(listener -> listener.accept(report));
	}

	/** Tells the listener the current report now and every new one. */
	void listen(Consumer<AuditReport> listener) {
		listeners.add(listener);
		listener.accept(report);
	}

	void unlisten(Consumer<AuditReport> listener) {
		listeners.remove(listener);
	}

	AuditReport report() {
		return report;
	}
}
