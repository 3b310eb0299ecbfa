package org.playbook.editor;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TableViewer;
import org.playbook.model.Goal;
import org.playbook.model.Metric;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.ui.viewers.ChoiceEditingSupport;

/**
 * SMART goals in a table: what, measured by which of the strategy's metrics (picked, not
 * typed), from which baseline to which target, by when. Every cell edit, addition and
 * removal is a command on the editor's stack.
 */
final class GoalsPage extends TablePage<Goal> {

	GoalsPage(StrategyEditor editor) {
		super(editor, "goals", "Goals and KPIs");
	}

	@Override
	protected String introduction() {
		return "Specific, measurable (a metric, a baseline and a target) and time-bound (a deadline).";
	}

	@Override
	protected EReference elements() {
		return Literals.STRATEGY__GOALS;
	}

	@Override
	protected Goal newElement() {
		Goal goal = PlaybookFactory.eINSTANCE.createGoal();
		goal.setName("New goal");
		return goal;
	}

	@Override
	protected String addLabel() {
		return "Add goal";
	}

	@Override
	protected void createColumns(EditingDomain domain, Strategy strategy) {
		column("Goal", 240, Goal::getName, typed(domain, Literals.GOAL__NAME, TablePage::required));
		column("Metric", 170, goal -> goal.getMetric() == null ? "(none)" : goal.getMetric().getName(),
				new ChoiceEditingSupport<>(viewer(), Goal.class, Metric.class, strategy::getMetrics,
						metric -> metric.getName() + (metric.getUnit() != null ? " (" + metric.getUnit() + ")" : ""), Goal::getMetric,
						(goal, metric) -> execute(domain, SetCommand.create(domain, goal, Literals.GOAL__METRIC, metric))));
		column("Baseline", 90, goal -> display(goal.getBaseline()), typed(domain, Literals.GOAL__BASELINE, TablePage::optionalNumber));
		column("Target", 90, goal -> display(goal.getTarget()), typed(domain, Literals.GOAL__TARGET, TablePage::optionalNumber));
		column("Deadline", 110, goal -> display(goal.getDeadline()), typed(domain, Literals.GOAL__DEADLINE, TablePage::optionalDate));
	}

	TableViewer goalsViewer() {
		return viewer();
	}
}
