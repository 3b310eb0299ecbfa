package org.playbook.audit.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.playbook.audit.AuditRule;
import org.playbook.audit.AuditRules;
import org.playbook.audit.Auditor;
import org.playbook.audit.Finding;
import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.audit.Thresholds;
import org.playbook.model.Strategy;

/**
 * The audit as an EMF validator of the Playbook model: validating a strategy runs every
 * rule on it, each finding becoming a diagnostic (data: element, feature, finding). Each
 * rule runs guarded: one that throws becomes a finding naming the rule and its bundle, and
 * the others still run.
 */
public final class StrategyValidator implements EValidator {
	/** The rule id of the finding reported for a rule that failed. */
	public static final String RULE_FAILED = "audit.rule-failed";

	private final List<AuditRules.ContributedRule> rules;

	public StrategyValidator(List<AuditRules.ContributedRule> rules) {
		this.rules = List.copyOf(rules);
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof Strategy strategy)) {
			return true; // the rules judge whole strategies; the Diagnostician visits every element
		}
		Thresholds thresholds = context != null && context.get(Thresholds.class) instanceof Thresholds given ? given : Thresholds.DEFAULTS;
		boolean ok = true;
		for (AuditRules.ContributedRule contributed : rules) {
			AuditRule rule = contributed.rule();
			Reporter reporter = new Reporter(rule, thresholds, diagnostics);
			try {
				rule.check(strategy, reporter);
			} catch (RuntimeException | LinkageError e) {
				reporter.add(new Finding(RULE_FAILED, Severity.WARNING, Section.FILE, "The rule " + rule.id() + " from " + contributed.contributor()
						+ " failed and was skipped: " + e, strategy, null, List.of(), 0));
			}
			ok &= reporter.clean;
		}
		return ok;
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/** Turns a rule's reports into diagnostics. */
	private static final class Reporter implements RuleContext {
		private final AuditRule rule;
		private final Thresholds thresholds;
		private final DiagnosticChain diagnostics;
		private boolean clean = true;

		Reporter(AuditRule rule, Thresholds thresholds, DiagnosticChain diagnostics) {
			this.rule = rule;
			this.thresholds = thresholds;
			this.diagnostics = diagnostics;
		}

		@Override
		public void report(Severity severity, Section section, String message, EObject element, EStructuralFeature feature) {
			add(Finding.of(rule, severity, section, message, element, feature));
		}

		void add(Finding finding) {
			clean = false;
			if (diagnostics != null) {
				Object[] data = { finding.element(), finding.feature(), finding };
				diagnostics.add(new BasicDiagnostic(finding.severity().diagnosticSeverity(), Auditor.SOURCE, 0, finding.message(), data));
			}
		}

		@Override
		public Thresholds thresholds() {
			return thresholds;
		}
	}
}
