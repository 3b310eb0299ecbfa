package org.playbook.library.ui;

import org.eclipse.osgi.util.NLS;

/** The library views' words, in messages.properties: a translation is a fragment with messages_xx.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.playbook.library.ui.messages";

	public static String Apply_command;
	public static String Apply_failed;
	public static String Apply_noStrategy;
	public static String Apply_noStrategyTitle;
	public static String SearchView_postUnreadable;
	public static String Review_confidence;
	public static String Review_sameAs;
	public static String Review_sure;
	public static String Review_guess;
	public static String Review_sameAsValue;
	public static String Review_message;
	public static String Review_messageWithMerges;
	public static String Review_messageWithGuesses;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
