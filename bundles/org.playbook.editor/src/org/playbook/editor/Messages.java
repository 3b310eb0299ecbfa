package org.playbook.editor;

import org.eclipse.osgi.util.NLS;

/** The strategy editor's words. */
final class Messages extends NLS {
	public static String StrategyEditor_changedOnSave;
	public static String StrategyEditor_changedTitle;
	public static String StrategyEditor_changedWhileEditing;
	public static String StrategyEditor_keepMine;
	public static String StrategyEditor_loadTheirs;
	public static String StrategyEditor_notInWorkspace;
	public static String StrategyEditor_notReopened;
	public static String StrategyEditor_notSaved;
	public static String StrategyEditor_notSavedTitle;

	static {
		NLS.initializeMessages("org.playbook.editor.messages", Messages.class);
	}

	private Messages() {
	}
}
