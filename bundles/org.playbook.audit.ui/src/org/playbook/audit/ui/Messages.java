package org.playbook.audit.ui;

import org.eclipse.osgi.util.NLS;

/** The words this package shows, in messages.properties beside it, so a translation is a fragment. */
final class Messages extends NLS {
	public static String QuickFixes_makeTheOwnerOf;
	public static String QuickFixes_openThePost;
	public static String QuickFixes_rewordThePost;
	public static String QuickFixes_linkToTheGoal;
	public static String PortfolioView_findingsCannotBeRead;
	public static String PortfolioView_strategiesWorstFirst;
	public static String HealthDecorator_cannotBeRead;
	public static String ExportReportHandler_exportingTheReportTo;
	public static String ExportReportHandler_exportStrategiesAs;
	public static String AuditPreferencePage_takesANumber;
	public static String PortfolioView_score;
	public static String PortfolioView_cannotBeRead;
	public static String PortfolioView_client;
	public static String PortfolioView_strategy;
	public static String PortfolioView_errors;
	public static String PortfolioView_warnings;
	public static String PortfolioView_worstFinding;
	public static String PortfolioView_readingThePortfolioS;
	public static String AuditPreferencePage_whatTheAuditCalls;
	public static String AuditPreferencePage_mostPromotionalShareOf;
	public static String AuditPreferencePage_fewestPostsAWeek;
	public static String AuditPreferencePage_mostNetworksWithoutA;
	public static String AuditPreferencePage_slowestAnswerToAim;
	public static String QuickFixes_addsAMonthlyReview;
	public static String QuickFixes_theTacticThenServes;
	public static String QuickFixes_aSeasonedOwnerFor;
	public static String ExplainHandler_explain;
	public static String ExplainHandler_thisFindingCitesNo;
	public static String ExplainHandler_thePracticeViewCannot;
	public static String ExportReportHandler_exportReport;
	public static String ExportReportHandler_selectClientsOrStrategies;

	static {
		NLS.initializeMessages("org.playbook.audit.ui.messages", Messages.class);
	}

	private Messages() {
	}
}
