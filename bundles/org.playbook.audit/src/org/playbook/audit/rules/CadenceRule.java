package org.playbook.audit.rules;

import java.util.Map;
import java.util.TreeMap;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.Network;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

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
		Map<Network, Double> postsPerWeek = new TreeMap<>();
		Map<Network, Tactic> first = new TreeMap<>();
		for (Tactic tactic : strategy.getTactics()) {
			postsPerWeek.merge(tactic.getNetwork(), tactic.getPostsPerWeek(), Double::sum);
			first.putIfAbsent(tactic.getNetwork(), tactic);
		}
		double minimum = context.thresholds().minPostsPerWeek();
		for (Map.Entry<Network, Double> network : postsPerWeek.entrySet()) {
			Tactic tactic = first.get(network.getKey());
			String name = network.getKey().getLiteral();
			if (network.getValue() <= 0) {
				context.report(Severity.ERROR, Section.CONTENT, "No posts are planned on " + name
						+ ": an account kept open and left silent looks abandoned.", tactic, Literals.TACTIC__POSTS_PER_WEEK);
			} else if (network.getValue() < minimum) {
				context.report(Severity.WARNING, Section.CONTENT, name + " gets " + network.getValue() + " posts a week, less than the "
						+ minimum + " you aim for: new content once in a blue moon.", tactic, Literals.TACTIC__POSTS_PER_WEEK);
			}
		}
	}
}
