package org.playbook.editor;

import org.eclipse.swt.widgets.Composite;
import org.playbook.model.BudgetLine;
import org.playbook.model.Measurement;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.ReviewCadence;
import org.playbook.model.Strategy;

/** How the strategy is kept: the review cadence, the measured actuals, the budget. */
final class MeasurementsPage extends StrategyPage {

	MeasurementsPage(StrategyEditor editor) {
		super(editor, "measurements", "Measurements");
	}

	@Override
	protected void createSections(Strategy strategy) {
		ReviewCadence review = strategy.getReviewCadence();
		Composite cadence = fields("Review cadence", "Social media is a commitment, not a campaign: say when the strategy is looked at again.");
		binder().choice(cadence, "Every", review, Literals.REVIEW_CADENCE__FREQUENCY);
		binder().text(cadence, "Next review", review, Literals.REVIEW_CADENCE__NEXT_REVIEW, false);
		binder().text(cadence, "Agenda", review, Literals.REVIEW_CADENCE__AGENDA, true);
		table("Actuals", "What was measured, per metric and period.", strategy, Literals.STRATEGY__MEASUREMENTS, () -> {
			Measurement measurement = PlaybookFactory.eINSTANCE.createMeasurement();
			measurement.setMetric(strategy.getMetrics().isEmpty() ? null : strategy.getMetrics().get(0));
			java.util.Date today = new java.util.Date();
			measurement.setPeriodStart(today);
			measurement.setPeriodEnd(today);
			return measurement;
		}, "Add measurement")
				.column("Metric", 180, Literals.MEASUREMENT__METRIC)
				.column("From", 100, Literals.MEASUREMENT__PERIOD_START)
				.column("To", 100, Literals.MEASUREMENT__PERIOD_END)
				.column("Value", 90, Literals.MEASUREMENT__VALUE)
				.column("Network", 110, Literals.MEASUREMENT__NETWORK)
				.column("Source", 150, Literals.MEASUREMENT__SOURCE).show();
		Composite budget = fields("Budget", null);
		binder().text(budget, "Currency", strategy.getBudget(), Literals.BUDGET__CURRENCY, false);
		table("Budget lines", null, strategy.getBudget(), Literals.BUDGET__LINES, () -> {
			BudgetLine line = PlaybookFactory.eINSTANCE.createBudgetLine();
			line.setDescription("New line");
			return line;
		}, "Add line").column("What", 300, Literals.BUDGET_LINE__DESCRIPTION).column("Amount", 100, Literals.BUDGET_LINE__AMOUNT)
				.column("Network", 120, Literals.BUDGET_LINE__NETWORK).show();
	}
}
