package org.playbook.ui.internal.branding;

import org.eclipse.osgi.util.NLS;

/** The words this package shows, in messages.properties beside it, so a translation is a fragment. */
final class Messages extends NLS {
	public static String Branding_agencyDescription;
	public static String Branding_clientDescription;
	public static String Branding_name;
	public static String Branding_logo;
	public static String Branding_primary;
	public static String Branding_accent;
	public static String Branding_logoCopyFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
