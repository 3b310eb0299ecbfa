package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/**
 * Accounts are kept up: every network the strategy is on gets new content regularly, not
 * once in a blue moon, and none is left at zero posts (a tactic of replies only is fine on a
 * network where other tactics post).
 */
public final class CadenceRule extends BuiltInRule {

	public CadenceRule() {
		super("content.cadence", "Every network gets content regularly", "content.once-in-a-blue-moon", "commitment.abandoned-accounts",
				"commitment.consistency", "content.regular-helpful-content");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		double minimum = context.thresholds().minPostsPerWeek();
		for (NetworkPlan plan : NetworkPlan.of(strategy)) {
			String name = plan.network().getLiteral();
			if (plan.postsPerWeek() <= 0) {
				context.report(Severity.ERROR, Section.CONTENT, "No posts are planned on " + name
						+ ": an account kept open and left silent looks abandoned.", plan.firstTactic(), Literals.TACTIC__POSTS_PER_WEEK);
			} else if (plan.postsPerWeek() < minimum) {
				context.report(Severity.WARNING, Section.CONTENT, name + " gets " + plan.postsPerWeek() + " posts a week, less than the "
						+ minimum + " you aim for: new content once in a blue moon.", plan.firstTactic(), Literals.TACTIC__POSTS_PER_WEEK);
			}
		}
	}
}
