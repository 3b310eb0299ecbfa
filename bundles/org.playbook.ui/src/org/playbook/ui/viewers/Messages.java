package org.playbook.ui.viewers;

import org.eclipse.osgi.util.NLS;

/** The words this package shows, in messages.properties beside it, so a translation is a fragment. */
final class Messages extends NLS {
	public static String FeatureValues_aDateEG;
	public static String FeatureValues_aNumber;
	public static String ItemFeature_none;

	static {
		NLS.initializeMessages("org.playbook.ui.viewers.messages", Messages.class);
	}

	private Messages() {
	}
}
