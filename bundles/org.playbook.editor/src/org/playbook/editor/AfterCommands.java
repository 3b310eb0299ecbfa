package org.playbook.editor;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Control;

/** Keeps a part of a page in step with the model: the update runs after every command (undo and redo too) while the control lives. */
final class AfterCommands {
	private AfterCommands() {
	}

	static void update(EditingDomain domain, Control control, Runnable update) {
		CommandStackListener listener = event -> control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				update.run();
			}
		});
		domain.getCommandStack().addCommandStackListener(listener);
		control.addDisposeListener(event -> domain.getCommandStack().removeCommandStackListener(listener));
	}
}
