package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.CrisisPlan;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** In a crisis the media goes to the brand's social accounts first: there is a plan for it. */
public final class CrisisPlanRule extends BuiltInRule {

	public CrisisPlanRule() {
		super("crisis.no-plan", "There is a crisis plan", "crisis.media-goes-to-social", "crisis.high-road");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		CrisisPlan plan = strategy.getCrisisPlan();
		if (plan == null || plan.getEscalationSteps().isEmpty() && plan.getHoldingStatements().isEmpty()) {
			context.report(Severity.WARNING, Section.CRISIS,
					"No crisis plan: nobody knows who is told, within how long, or what is said first when things go wrong.",
					plan != null ? plan : strategy, plan != null ? Literals.CRISIS_PLAN__ESCALATION_STEPS : Literals.STRATEGY__CRISIS_PLAN);
		} else if (plan.getEscalationSteps().isEmpty()) {
			context.report(Severity.INFO, Section.CRISIS, "The crisis plan has no escalation steps.", plan, Literals.CRISIS_PLAN__ESCALATION_STEPS);
		}
	}
}
