package org.playbook.calendar.ui;

import org.eclipse.osgi.util.NLS;

/** The words this package shows, in messages.properties beside it, so a translation is a fragment. */
final class Messages extends NLS {
	public static String CalendarEdits_move;
	public static String CalendarEdits_copy;
	public static String CalendarEdits_new;
	public static String CalendarEdits_notInTheWorkspace;
	public static String CalendarEdits_entryGone;
	public static String CalendarView_previous;
	public static String CalendarView_next;
	public static String CalendarView_today;
	public static String CalendarView_month;
	public static String CalendarView_week;
	public static String CalendarView_allClients;
	public static String CalendarView_allIndustries;
	public static String CalendarView_allNetworks;
	public static String CalendarView_allPillars;
	public static String CalendarView_allIntents;
	public static String CalendarView_allApprovals;
	public static String CalendarView_export;
	public static String CalendarView_exportTitle;
	public static String CalendarView_summary;
	public static String CalendarView_weekOf;
	public static String CalendarView_cannotChange;
	public static String CalendarView_cannotExport;
	public static String CalendarView_undo;
	public static String CalendarView_newEntryTitle;
	public static String CalendarView_newEntryChooseTactic;
	public static String CalendarView_newEntryWhat;
	public static String CalendarView_newEntryDefault;
	public static String CalendarView_noTactics;
	public static String CalendarView_tacticChoice;
	public static String MonthGrid_gap;
	public static String MonthGrid_onePost;
	public static String MonthGrid_posts;
	public static String MonthGrid_more;
	public static String MonthGrid_entryTip;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
