package org.playbook.editor;

import org.eclipse.swt.widgets.Composite;
import org.playbook.model.ApprovalStep;
import org.playbook.model.BrandVoice;
import org.playbook.model.Governance;
import org.playbook.model.Listening;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Role;
import org.playbook.model.Strategy;

/** Listening (what is monitored, how fast the brand answers), who speaks for the brand and how it sounds. */
final class ListeningGovernancePage extends StrategyPage {

	ListeningGovernancePage(StrategyEditor editor) {
		super(editor, "listening", Messages.ListeningGovernancePage_listeningAndGovernance);
	}

	@Override
	protected void createSections(Strategy strategy) {
		Listening listening = strategy.getListening();
		Composite listen = fields(Messages.ListeningGovernancePage_listening, Messages.ListeningGovernancePage_listenMoreThanYou);
		binder().lines(listen, Messages.ListeningGovernancePage_keywords, listening, Literals.LISTENING__KEYWORDS);
		binder().text(listen, Messages.ListeningGovernancePage_answerWithinHours, listening, Literals.LISTENING__RESPONSE_TIME_HOURS, false);
		binder().text(listen, Messages.ListeningGovernancePage_tool, listening, Literals.LISTENING__TOOL, false);

		Governance governance = strategy.getGovernance();
		Composite voice = fields(Messages.ListeningGovernancePage_brandVoice, Messages.ListeningGovernancePage_theVoiceOfThe);
		binder().choice(voice, Messages.ListeningGovernancePage_ownedBy, governance, Literals.GOVERNANCE__BRAND_VOICE_OWNER);
		BrandVoice guide = governance.getBrandVoice();
		binder().text(voice, Messages.ListeningGovernancePage_tone, guide, Literals.BRAND_VOICE__TONE, false);
		binder().lines(voice, Messages.ListeningGovernancePage_wordsToUse, guide, Literals.BRAND_VOICE__WORDS_TO_USE);
		binder().lines(voice, Messages.ListeningGovernancePage_wordsNeverToUse, guide, Literals.BRAND_VOICE__WORDS_TO_AVOID);
		binder().text(voice, Messages.ListeningGovernancePage_samplePost, guide, Literals.BRAND_VOICE__SAMPLE_POST, true);
		binder().text(voice, Messages.ListeningGovernancePage_notes, guide, Literals.BRAND_VOICE__NOTES, true);
		table(Messages.ListeningGovernancePage_roles, null, governance, Literals.GOVERNANCE__ROLES, () -> {
			Role role = PlaybookFactory.eINSTANCE.createRole();
			role.setName(Messages.ListeningGovernancePage_newRole);
			return role;
		}, Messages.ListeningGovernancePage_addRole)
				.column(Messages.ListeningGovernancePage_name, 150, Literals.ROLE__NAME)
				.column(Messages.ListeningGovernancePage_title, 150, Literals.ROLE__TITLE)
				.column(Messages.ListeningGovernancePage_seniority, 110, Literals.ROLE__SENIORITY)
				.column(Messages.ListeningGovernancePage_responsibilities, 300, Literals.ROLE__RESPONSIBILITIES).show();
		table(Messages.ListeningGovernancePage_approval, Messages.ListeningGovernancePage_whoSignsOffWhat, governance, Literals.GOVERNANCE__APPROVAL_STEPS, () -> {
			ApprovalStep step = PlaybookFactory.eINSTANCE.createApprovalStep();
			step.setDescription(Messages.ListeningGovernancePage_newStep);
			return step;
		}, Messages.ListeningGovernancePage_addStep).column(Messages.ListeningGovernancePage_step, 350, Literals.APPROVAL_STEP__DESCRIPTION).column(Messages.ListeningGovernancePage_approver, 160, Literals.APPROVAL_STEP__APPROVER)
				.show();
	}
}
