package org.playbook.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** The strategy's name and dates, its "why" (after "Start with Why") and its positioning. */
final class OverviewPage extends StrategyPage {
	private Text why;
	private HealthSection health;

	OverviewPage(StrategyEditor editor) {
		super(editor, "overview", Messages.OverviewPage_overview);
	}

	@Override
	protected void createSections(Strategy strategy) {
		form().setText(strategy.getName());
		if (editor().health() != null) {
			Composite summary = fields(Messages.OverviewPage_health, Messages.OverviewPage_theAuditAgainstThe);
			health = new HealthSection(editor(), getManagedForm().getToolkit(), summary);
			java.util.function.Consumer<org.playbook.audit.AuditReport> show = health::show;
			editor().health().listen(show);
			summary.addDisposeListener(event -> editor().health().unlisten(show));
		}
		Composite general = fields(Messages.OverviewPage_strategy, null);
		binder().text(general, Messages.OverviewPage_name, strategy, Literals.STRATEGY__NAME, false);
		binder().text(general, Messages.OverviewPage_starts, strategy, Literals.STRATEGY__START_DATE, false);
		binder().text(general, Messages.OverviewPage_ends, strategy, Literals.STRATEGY__END_DATE, false);

		Composite purpose = fields(Messages.OverviewPage_why,
				Messages.OverviewPage_whyTheClientExists);
		why = binder().text(purpose, Messages.OverviewPage_why, strategy.getPurpose(), Literals.PURPOSE__WHY, true);
		binder().text(purpose, Messages.OverviewPage_belief, strategy.getPurpose(), Literals.PURPOSE__BELIEF, true);
		binder().text(purpose, Messages.OverviewPage_cause, strategy.getPurpose(), Literals.PURPOSE__CAUSE, true);

		Composite positioning = fields(Messages.OverviewPage_positioning, Messages.OverviewPage_howTheBrandWants);
		binder().text(positioning, Messages.OverviewPage_statement, strategy.getPositioning(), Literals.POSITIONING__STATEMENT, true);
		binder().lines(positioning, Messages.OverviewPage_differentiators, strategy.getPositioning(), Literals.POSITIONING__DIFFERENTIATORS);

		table(Messages.OverviewPage_appliedPractices, Messages.OverviewPage_practicesFromTheLibrary,
				strategy, Literals.STRATEGY__APPLIED_PRACTICES, null, null)
				.column(Messages.OverviewPage_practice, 260, Literals.APPLIED_PRACTICE__NOTE)
				.column(Messages.OverviewPage_appliedTo, 200, row -> row.eGet(Literals.APPLIED_PRACTICE__ELEMENT) == null ? Messages.OverviewPage_theWholeStrategy
						: org.playbook.ui.viewers.ItemFeature.of(editor().domain().getAdapterFactory(), row, Literals.APPLIED_PRACTICE__ELEMENT)
								.label(row.eGet(Literals.APPLIED_PRACTICE__ELEMENT)), null)
				.column(Messages.OverviewPage_id, 200, Literals.APPLIED_PRACTICE__PRACTICE_ID).show();
	}


	HealthSection health() {
		return health;
	}

	Text whyText() {
		return why;
	}
}
