package org.playbook.editor;

import org.eclipse.swt.widgets.Composite;
import org.playbook.model.CrisisPlan;
import org.playbook.model.EscalationStep;
import org.playbook.model.HoldingStatement;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** What happens when things go wrong: triggers, who is told within how long, what is said first. */
final class CrisisPage extends StrategyPage {

	CrisisPage(StrategyEditor editor) {
		super(editor, "crisis", "Crisis");
	}

	@Override
	protected void createSections(Strategy strategy) {
		CrisisPlan plan = strategy.getCrisisPlan();
		Composite triggers = fields("Triggers", "What counts as a crisis, decided before one happens.");
		binder().lines(triggers, "Triggers", plan, Literals.CRISIS_PLAN__TRIGGERS);
		table("Escalation", null, plan, Literals.CRISIS_PLAN__ESCALATION_STEPS, () -> {
			EscalationStep step = PlaybookFactory.eINSTANCE.createEscalationStep();
			step.setDescription("New step");
			return step;
		}, "Add step")
				.column("Step", 300, Literals.ESCALATION_STEP__DESCRIPTION)
				.column("Who", 160, Literals.ESCALATION_STEP__CONTACT)
				.column("Within (minutes)", 120, Literals.ESCALATION_STEP__WITHIN_MINUTES).show();
		table("Holding statements", "What is said first, while the facts are gathered.", plan, Literals.CRISIS_PLAN__HOLDING_STATEMENTS, () -> {
			HoldingStatement statement = PlaybookFactory.eINSTANCE.createHoldingStatement();
			statement.setSituation("New situation");
			statement.setText("We are looking into it and will update you within the hour.");
			return statement;
		}, "Add statement").column("Situation", 200, Literals.HOLDING_STATEMENT__SITUATION).column("Statement", 420, Literals.HOLDING_STATEMENT__TEXT)
				.show();
	}
}
