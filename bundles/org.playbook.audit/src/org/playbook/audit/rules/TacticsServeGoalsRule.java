package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/** Tactics are not a strategy: each serves a goal. */
public final class TacticsServeGoalsRule extends BuiltInRule {

	public TacticsServeGoalsRule() {
		super("tactics.serve-no-goal", "Every tactic serves a goal", "strategy.tactics-are-not-strategy", "strategy.no-marketing-strategy");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		if (strategy.getGoals().isEmpty() && !strategy.getTactics().isEmpty()) {
			context.report(Severity.ERROR, Section.TACTICS, "There are " + strategy.getTactics().size()
					+ " tactics and no goal: this is a list of tactics, not a strategy.", strategy, Literals.STRATEGY__GOALS);
			return;
		}
		for (Tactic tactic : strategy.getTactics()) {
			if (tactic.getGoals().isEmpty()) {
				context.report(Severity.WARNING, Section.TACTICS, "The tactic " + quoted(tactic.getName()) + " serves no goal.", tactic,
						Literals.TACTIC__GOALS);
			}
		}
	}
}
