package org.playbook.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

/** The words this package shows, in messages.properties beside it, so a translation is a fragment. */
final class Messages extends NLS {
	public static String NewClientPage_yearSocialStrategy;
	public static String ClientsNavigator_shownOfClients;
	public static String ClientsNavigator_clients;
	public static String ClientsLabels_cannotBeRead;
	public static String ClientHandlers_deleteQuestion;
	public static String ClientHandlers_deleteQuestionOne;
	public static String ClientHandlers_archiveQuestion;
	public static String ClientsNavigator_allIndustries;
	public static String ClientsNavigator_notArchived;
	public static String ClientsNavigator_filterClientsByName;
	public static String NewStrategyWizard_newStrategy;
	public static String NewStrategyWizard_newStrategy2;
	public static String NewStrategyWizard_startFromATemplate;
	public static String NewStrategyWizard_client;
	public static String NewStrategyWizard_template;
	public static String NewStrategyWizard_name;
	public static String NewStrategyWizard_createAClientFirst;
	public static String NewStrategyWizard_pickATemplate;
	public static String NewClientPage_newClient;
	public static String NewClientPage_aClientKeepsIts;
	public static String NewClientPage_clientName;
	public static String NewClientPage_industry;
	public static String NewClientPage_status;
	public static String NewClientPage_firstStrategyFromThe;
	public static String NewClientPage_strategyName;
	public static String NewClientPage_pickATemplateFor;
	public static String NewClientPage_giveTheFirstStrategy;
	public static String NewClientWizard_newClient;
	public static String NewClientWizard_theClientWasNot;
	public static String ClientHandlers_renameClient;
	public static String ClientHandlers_archiveClient;
	public static String ClientHandlers_deleteClient;
	public static String ClientHandlers_theClientWasNot;
	public static String ClientHandlers_theClientWasNot2;
	public static String ClientHandlers_theClientWasNot3;
	public static String ClientHandlers_selectAClientFirst;

	static {
		NLS.initializeMessages("org.playbook.ui.internal.navigator.messages", Messages.class);
	}

	private Messages() {
	}
}
