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
		super(editor, "overview", "Overview");
	}

	@Override
	protected void createSections(Strategy strategy) {
		form().setText(strategy.getName());
		if (editor().health() != null) {
			Composite summary = fields("Health", "The audit against the practice library, updated as you edit. Links go to the page to fix and to the practice that explains.");
			health = new HealthSection(editor(), getManagedForm().getToolkit(), summary);
			java.util.function.Consumer<org.playbook.audit.AuditReport> show = health::show;
			editor().health().listen(show);
			summary.addDisposeListener(event -> editor().health().unlisten(show));
		}
		Composite general = fields("Strategy", null);
		binder().text(general, "Name", strategy, Literals.STRATEGY__NAME, false);
		binder().text(general, "Starts", strategy, Literals.STRATEGY__START_DATE, false);
		binder().text(general, "Ends", strategy, Literals.STRATEGY__END_DATE, false);

		Composite purpose = fields("Why",
				"Why the client exists and what it believes: people follow beliefs, not features. Making money is a result, not a why.");
		why = binder().text(purpose, "Why", strategy.getPurpose(), Literals.PURPOSE__WHY, true);
		binder().text(purpose, "Belief", strategy.getPurpose(), Literals.PURPOSE__BELIEF, true);
		binder().text(purpose, "Cause", strategy.getPurpose(), Literals.PURPOSE__CAUSE, true);

		Composite positioning = fields("Positioning", "How the brand wants to be seen against its competitors.");
		binder().text(positioning, "Statement", strategy.getPositioning(), Literals.POSITIONING__STATEMENT, true);
		binder().lines(positioning, "Differentiators", strategy.getPositioning(), Literals.POSITIONING__DIFFERENTIATORS);

		table("Applied practices", "Practices from the library this strategy follows: apply them from the Search or Related Practices view.",
				strategy, Literals.STRATEGY__APPLIED_PRACTICES, null, null)
				.column("Practice", 260, Literals.APPLIED_PRACTICE__NOTE)
				.column("Applied to", 200, row -> row.eGet(Literals.APPLIED_PRACTICE__ELEMENT) == null ? "the whole strategy"
						: org.playbook.ui.viewers.ItemFeature.of(editor().domain().getAdapterFactory(), row, Literals.APPLIED_PRACTICE__ELEMENT)
								.label(row.eGet(Literals.APPLIED_PRACTICE__ELEMENT)), null)
				.column("Id", 200, Literals.APPLIED_PRACTICE__PRACTICE_ID).show();
	}


	HealthSection health() {
		return health;
	}

	Text whyText() {
		return why;
	}
}
