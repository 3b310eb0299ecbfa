package org.playbook.editor;

import org.eclipse.swt.widgets.Composite;
import org.playbook.model.ApprovalStep;
import org.playbook.model.Governance;
import org.playbook.model.Listening;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Role;
import org.playbook.model.Strategy;

/** Listening (what is monitored, how fast the brand answers) and who speaks for the brand. */
final class ListeningGovernancePage extends StrategyPage {

	ListeningGovernancePage(StrategyEditor editor) {
		super(editor, "listening", "Listening and Governance");
	}

	@Override
	protected void createSections(Strategy strategy) {
		Listening listening = strategy.getListening();
		Composite listen = fields("Listening", "Listen more than you talk, and commit to how fast you answer.");
		binder().lines(listen, "Keywords", listening, Literals.LISTENING__KEYWORDS);
		binder().text(listen, "Answer within (hours)", listening, Literals.LISTENING__RESPONSE_TIME_HOURS, false);
		binder().text(listen, "Tool", listening, Literals.LISTENING__TOOL, false);

		Governance governance = strategy.getGovernance();
		Composite voice = fields("Brand voice", "The voice of the brand is not a job for the intern.");
		binder().choice(voice, "Owned by", governance, Literals.GOVERNANCE__BRAND_VOICE_OWNER);
		table("Roles", null, governance, Literals.GOVERNANCE__ROLES, () -> {
			Role role = PlaybookFactory.eINSTANCE.createRole();
			role.setName("New role");
			return role;
		}, "Add role")
				.column("Name", 150, Literals.ROLE__NAME)
				.column("Title", 150, Literals.ROLE__TITLE)
				.column("Seniority", 110, Literals.ROLE__SENIORITY)
				.column("Responsibilities", 300, Literals.ROLE__RESPONSIBILITIES).show();
		table("Approval", "Who signs off what before it is published.", governance, Literals.GOVERNANCE__APPROVAL_STEPS, () -> {
			ApprovalStep step = PlaybookFactory.eINSTANCE.createApprovalStep();
			step.setDescription("New step");
			return step;
		}, "Add step").column("Step", 350, Literals.APPROVAL_STEP__DESCRIPTION).column("Approver", 160, Literals.APPROVAL_STEP__APPROVER)
				.show();
	}
}
