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
		super(editor, "crisis", Messages.CrisisPage_crisis);
	}

	@Override
	protected void createSections(Strategy strategy) {
		CrisisPlan plan = strategy.getCrisisPlan();
		Composite triggers = fields(Messages.CrisisPage_triggers, Messages.CrisisPage_whatCountsAsA);
		binder().lines(triggers, Messages.CrisisPage_triggers, plan, Literals.CRISIS_PLAN__TRIGGERS);
		table(Messages.CrisisPage_escalation, null, plan, Literals.CRISIS_PLAN__ESCALATION_STEPS, () -> {
			EscalationStep step = PlaybookFactory.eINSTANCE.createEscalationStep();
			step.setDescription(Messages.CrisisPage_newStep);
			return step;
		}, Messages.CrisisPage_addStep)
				.column(Messages.CrisisPage_step, 300, Literals.ESCALATION_STEP__DESCRIPTION)
				.column(Messages.CrisisPage_who, 160, Literals.ESCALATION_STEP__CONTACT)
				.column(Messages.CrisisPage_withinMinutes, 120, Literals.ESCALATION_STEP__WITHIN_MINUTES).show();
		table(Messages.CrisisPage_holdingStatements, Messages.CrisisPage_whatIsSaidFirst, plan, Literals.CRISIS_PLAN__HOLDING_STATEMENTS, () -> {
			HoldingStatement statement = PlaybookFactory.eINSTANCE.createHoldingStatement();
			statement.setSituation(Messages.CrisisPage_newSituation);
			statement.setText(Messages.CrisisPage_weAreLookingInto);
			return statement;
		}, Messages.CrisisPage_addStatement).column(Messages.CrisisPage_situation, 200, Literals.HOLDING_STATEMENT__SITUATION).column(Messages.CrisisPage_statement, 420, Literals.HOLDING_STATEMENT__TEXT)
				.show();
	}
}
