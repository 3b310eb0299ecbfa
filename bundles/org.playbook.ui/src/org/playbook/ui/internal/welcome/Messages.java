package org.playbook.ui.internal.welcome;

import org.eclipse.osgi.util.NLS;

/** The welcome page's words. */
final class Messages extends NLS {
	public static String Welcome_dontShow;
	public static String Welcome_intro;
	public static String Welcome_newClient;
	public static String Welcome_newClientWhat;
	public static String Welcome_sample;
	public static String Welcome_sampleWhat;
	public static String Welcome_search;
	public static String Welcome_searchWhat;
	public static String Welcome_title;

	static {
		NLS.initializeMessages("org.playbook.ui.internal.welcome.messages", Messages.class);
	}

	private Messages() {
	}
}
