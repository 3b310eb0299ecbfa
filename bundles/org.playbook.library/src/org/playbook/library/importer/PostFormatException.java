package org.playbook.library.importer;

/** A post that cannot be read: the message says what is wrong with it, for the person who chose it. */
public class PostFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	public PostFormatException(String message) {
		super(message);
	}
}
