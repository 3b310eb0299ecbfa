package org.playbook.review.ui;

import org.eclipse.osgi.util.NLS;

/** The review UI's strings, in messages.properties beside this class. */
final class Messages extends NLS {
	public static String Review_sendTitle;
	public static String Review_choosePosts;
	public static String Review_postLabel;
	public static String Review_saveThePack;
	public static String Review_packWritten;
	public static String Review_notSent;
	public static String Review_noStrategy;
	public static String Review_nothingToReview;
	public static String Review_sendCommand;
	public static String Review_importTitle;
	public static String Review_chooseDecisions;
	public static String Review_imported;
	public static String Review_refused;
	public static String Review_importCommand;
	public static String Review_strategyMissing;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
