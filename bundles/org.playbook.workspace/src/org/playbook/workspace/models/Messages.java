package org.playbook.workspace.models;

import org.eclipse.osgi.util.NLS;

/** The words of the model service, for the messages the workbench shows. */
final class Messages extends NLS {
	public static String ModelDocument_changedOnDisk;
	public static String ModelDocument_lockPurpose;
	public static String ModelDocument_locked;
	public static String ModelDocument_notLocal;
	public static String ModelDocument_nothingToSave;
	public static String ModelDocument_notWritten;
	public static String ModelDocument_saving;
	public static String ModelDocument_wrongType;

	static {
		NLS.initializeMessages("org.playbook.workspace.models.messages", Messages.class);
	}

	private Messages() {
	}
}
