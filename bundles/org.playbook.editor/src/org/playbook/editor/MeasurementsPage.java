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
		super(editor, "measurements", Messages.MeasurementsPage_measurements);
	}

	@Override
	protected void createSections(Strategy strategy) {
		ReviewCadence review = strategy.getReviewCadence();
		Composite cadence = fields(Messages.MeasurementsPage_reviewCadence, Messages.MeasurementsPage_socialMediaIsA);
		binder().choice(cadence, Messages.MeasurementsPage_every, review, Literals.REVIEW_CADENCE__FREQUENCY);
		binder().text(cadence, Messages.MeasurementsPage_nextReview, review, Literals.REVIEW_CADENCE__NEXT_REVIEW, false);
		binder().text(cadence, Messages.MeasurementsPage_agenda, review, Literals.REVIEW_CADENCE__AGENDA, true);
		table(Messages.MeasurementsPage_actuals, Messages.MeasurementsPage_whatWasMeasuredPer, strategy, Literals.STRATEGY__MEASUREMENTS, () -> {
			Measurement measurement = PlaybookFactory.eINSTANCE.createMeasurement();
			measurement.setMetric(strategy.getMetrics().isEmpty() ? null : strategy.getMetrics().get(0));
			java.util.Date today = new java.util.Date();
			measurement.setPeriodStart(today);
			measurement.setPeriodEnd(today);
			return measurement;
		}, Messages.MeasurementsPage_addMeasurement)
				.column(Messages.MeasurementsPage_metric, 180, Literals.MEASUREMENT__METRIC)
				.column(Messages.MeasurementsPage_from, 100, Literals.MEASUREMENT__PERIOD_START)
				.column(Messages.MeasurementsPage_to, 100, Literals.MEASUREMENT__PERIOD_END)
				.column(Messages.MeasurementsPage_value, 90, Literals.MEASUREMENT__VALUE)
				.column(Messages.MeasurementsPage_network, 110, Literals.MEASUREMENT__NETWORK)
				.column(Messages.MeasurementsPage_source, 150, Literals.MEASUREMENT__SOURCE).show();
		Composite budget = fields(Messages.MeasurementsPage_budget, null);
		binder().text(budget, Messages.MeasurementsPage_currency, strategy.getBudget(), Literals.BUDGET__CURRENCY, false);
		table(Messages.MeasurementsPage_budgetLines, null, strategy.getBudget(), Literals.BUDGET__LINES, () -> {
			BudgetLine line = PlaybookFactory.eINSTANCE.createBudgetLine();
			line.setDescription(Messages.MeasurementsPage_newLine);
			return line;
		}, Messages.MeasurementsPage_addLine).column(Messages.MeasurementsPage_what, 300, Literals.BUDGET_LINE__DESCRIPTION).column(Messages.MeasurementsPage_amount, 100, Literals.BUDGET_LINE__AMOUNT)
				.column(Messages.MeasurementsPage_network, 120, Literals.BUDGET_LINE__NETWORK).show();
	}
}
