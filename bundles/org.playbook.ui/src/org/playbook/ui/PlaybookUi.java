package org.playbook.ui;

/** Ids of Playbook's workbench parts, for other bundles and for tests. */
public final class PlaybookUi {
	public static final String PLUGIN_ID = "org.playbook.ui";
	public static final String PERSPECTIVE_ID = "org.playbook.ui.perspective";
	public static final String CLIENTS_VIEW_ID = "org.playbook.ui.clients";
	public static final String WINDOW_TITLE = "Playbook";

	private PlaybookUi() {
	}
}
