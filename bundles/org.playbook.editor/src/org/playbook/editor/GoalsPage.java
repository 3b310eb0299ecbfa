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
		super(editor, "goals", Messages.GoalsPage_goalsAndKpis);
	}

	@Override
	protected void createSections(Strategy strategy) {
		goals = table(Messages.GoalsPage_goals, Messages.GoalsPage_specificMeasurableAMetric, strategy,
				Literals.STRATEGY__GOALS, () -> {
					Goal goal = PlaybookFactory.eINSTANCE.createGoal();
					goal.setName(Messages.GoalsPage_newGoal);
					return goal;
				}, Messages.GoalsPage_addGoal)
				.column(Messages.GoalsPage_goal, 240, Literals.GOAL__NAME)
				.column(Messages.GoalsPage_metric, 170, Literals.GOAL__METRIC)
				.column(Messages.GoalsPage_baseline, 90, Literals.GOAL__BASELINE)
				.column(Messages.GoalsPage_target, 90, Literals.GOAL__TARGET)
				.column(Messages.GoalsPage_deadline, 110, Literals.GOAL__DEADLINE).show();
		table(Messages.GoalsPage_metrics, Messages.GoalsPage_whatIsCountedIf, strategy,
				Literals.STRATEGY__METRICS, () -> {
					Metric metric = PlaybookFactory.eINSTANCE.createMetric();
					metric.setName(Messages.GoalsPage_newMetric);
					return metric;
				}, Messages.GoalsPage_addMetric)
				.column(Messages.GoalsPage_metric, 220, Literals.METRIC__NAME)
				.column(Messages.GoalsPage_unit, 100, Literals.METRIC__UNIT)
				.column(Messages.GoalsPage_betterWhenIt, 120, Literals.METRIC__DIRECTION)
				.column(Messages.GoalsPage_description, 300, Literals.METRIC__DESCRIPTION).show();
	}

	org.playbook.ui.viewers.ViewerFollower goalsFollower() {
		return goals.follower();
	}

	TableViewer goalsViewer() {
		return goals.viewer();
	}
}
