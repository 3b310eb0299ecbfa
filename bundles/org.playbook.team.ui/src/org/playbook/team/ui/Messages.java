package org.playbook.team.ui;

import org.eclipse.osgi.util.NLS;

/** The words of the Team menu, its dialogs and views. */
final class Messages extends NLS {
	public static String TeamDecorator_readingWhatChangedSince;
	public static String Ask_title;
	public static String Changes_none;
	public static String Changes_title;
	public static String Commit_message;
	public static String Commit_nothing;
	public static String Commit_title;
	public static String Compare_choose;
	public static String Compare_noHistory;
	public static String Decorator_changed;
	public static String Decorator_new;
	public static String Failed_title;
	public static String History_author;
	public static String History_message;
	public static String History_notShared;
	public static String History_revision;
	public static String History_when;
	public static String Login_message;
	public static String Login_notStored;
	public static String Login_remember;
	public static String Login_title;
	public static String Login_token;
	public static String Login_user;
	public static String Merge_button;
	public static String Merge_element;
	public static String Merge_feature;
	public static String Merge_file;
	public static String Merge_keep;
	public static String Merge_message;
	public static String Merge_mine;
	public static String Merge_theirs;
	public static String Merge_title;
	public static String Preferences_email;
	public static String Preferences_login;
	public static String Preferences_name;
	public static String Preferences_server;
	public static String Preferences_stored;
	public static String Preferences_token;
	public static String Preferences_user;
	public static String Preferences_what;
	public static String Progress_pull;
	public static String Progress_push;
	public static String Progress_share;
	public static String Progress_sync;
	public static String Share_message;
	public static String Share_title;
	public static String Synced_merged;
	public static String Synced_nothing;
	public static String Synced_received;
	public static String Synced_title;

	static {
		NLS.initializeMessages("org.playbook.team.ui.messages", Messages.class);
	}

	private Messages() {
	}
}
