package org.playbook.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.playbook.audit.internal.StrategyValidator;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Strategy;

/**
 * Audits strategies with EMF validation: the rules run inside an {@link EValidator} for the
 * Playbook model, through a {@link Diagnostician}, so the editor, the builder's markers and
 * the command line share one engine. The auditor's validator registry is its own, so the
 * audit does not change how anything else validates the model.
 */
public final class Auditor {
	/** Diagnostics of the audit carry this source. */
	public static final String SOURCE = "org.playbook.audit";

	private final Diagnostician diagnostician;
	private final Thresholds thresholds;

	public Auditor(List<AuditRules.ContributedRule> rules, Thresholds thresholds) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(PlaybookPackage.eINSTANCE, new StrategyValidator(rules));
		this.diagnostician = new Diagnostician(registry);
		this.thresholds = thresholds;
	}

	/** The built-in and contributed rules, with the thresholds from the preferences. */
	public Auditor() {
		this(AuditRules.all(), Thresholds.fromPreferences());
	}

	/** The EMF diagnostic of the audit: one child per finding, with the finding as its data. */
	public Diagnostic validate(Strategy strategy) {
		Map<Object, Object> context = new HashMap<>();
		context.put(Thresholds.class, thresholds);
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(strategy);
		diagnostician.validate(strategy, diagnostics, context);
		return diagnostics;
	}

	public AuditReport audit(Strategy strategy) {
		List<Finding> findings = new ArrayList<>();
		for (Diagnostic child : validate(strategy).getChildren()) {
			if (child.getData().size() > 2 && child.getData().get(2) instanceof Finding finding) {
				findings.add(finding);
			}
		}
		return new AuditReport(findings);
	}
}
