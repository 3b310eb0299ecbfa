package org.playbook.editor;

import org.eclipse.jface.viewers.TableViewer;
import org.playbook.model.Goal;
import org.playbook.model.Metric;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/**
 * What will be measured (the strategy's metrics) and the SMART goals on them: what, measured
 * by which metric (picked, not typed), from which baseline to which target, by when.
 */
final class GoalsPage extends StrategyPage {
	private FeatureTable goals;

	GoalsPage(StrategyEditor editor) {
		super(editor, "goals", "Goals and KPIs");
	}

	@Override
	protected void createSections(Strategy strategy) {
		goals = table("Goals", "Specific, measurable (a metric, a baseline and a target) and time-bound (a deadline).", strategy,
				Literals.STRATEGY__GOALS, () -> {
					Goal goal = PlaybookFactory.eINSTANCE.createGoal();
					goal.setName("New goal");
					return goal;
				}, "Add goal")
				.column("Goal", 240, Literals.GOAL__NAME)
				.column("Metric", 170, Literals.GOAL__METRIC)
				.column("Baseline", 90, Literals.GOAL__BASELINE)
				.column("Target", 90, Literals.GOAL__TARGET)
				.column("Deadline", 110, Literals.GOAL__DEADLINE).show();
		table("Metrics", "What is counted. If you cannot measure it, you cannot tell whether the strategy works.", strategy,
				Literals.STRATEGY__METRICS, () -> {
					Metric metric = PlaybookFactory.eINSTANCE.createMetric();
					metric.setName("New metric");
					return metric;
				}, "Add metric")
				.column("Metric", 220, Literals.METRIC__NAME)
				.column("Unit", 100, Literals.METRIC__UNIT)
				.column("Better when it", 120, Literals.METRIC__DIRECTION)
				.column("Description", 300, Literals.METRIC__DESCRIPTION).show();
	}

	org.playbook.ui.viewers.ViewerFollower goalsFollower() {
		return goals.follower();
	}

	TableViewer goalsViewer() {
		return goals.viewer();
	}
}
