package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.Goal;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** Goals are measured: a metric, a target and a baseline to compare with, and a deadline. */
public final class MeasurableGoalsRule extends BuiltInRule {

	public MeasurableGoalsRule() {
		super("goals.not-measurable", "Goals have a metric, a baseline, a target and a deadline", "measurement.success-metrics",
				"measurement.not-measuring");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		if (strategy.getGoals().isEmpty()) {
			context.report(Severity.ERROR, Section.GOALS, "No goals: nothing says what success is, so nothing can be measured.", strategy,
					Literals.STRATEGY__GOALS);
			return;
		}
		for (Goal goal : strategy.getGoals()) {
			String name = quoted(goal.getName());
			if (goal.getMetric() == null) {
				context.report(Severity.ERROR, Section.GOALS, "The goal " + name + " has no metric: it cannot be measured.", goal, Literals.GOAL__METRIC);
			} else if (goal.getTarget() == null) {
				context.report(Severity.WARNING, Section.GOALS, "The goal " + name + " has no target.", goal, Literals.GOAL__TARGET);
			} else if (goal.getBaseline() == null) {
				context.report(Severity.INFO, Section.GOALS, "The goal " + name + " has no baseline to measure progress from.", goal,
						Literals.GOAL__BASELINE);
			}
			if (goal.getDeadline() == null) {
				context.report(Severity.INFO, Section.GOALS, "The goal " + name + " has no deadline.", goal, Literals.GOAL__DEADLINE);
			}
		}
	}
}
