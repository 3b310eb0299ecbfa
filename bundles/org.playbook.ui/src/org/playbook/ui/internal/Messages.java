package org.playbook.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The words this package shows, in messages.properties beside it, so a translation is a fragment. */
final class Messages extends NLS {
	public static String PlaybookWorkbenchAdvisor_addingClientFoldersTo;

	static {
		NLS.initializeMessages("org.playbook.ui.internal.messages", Messages.class);
	}

	private Messages() {
	}
}
