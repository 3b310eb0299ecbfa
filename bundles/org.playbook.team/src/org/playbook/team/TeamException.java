package org.playbook.team;

/** A sharing step that did not happen, said in plain words (what, where, and what to do). */
public class TeamException extends Exception {
	private static final long serialVersionUID = 1L;

	public TeamException(String message) {
		super(message);
	}

	public TeamException(String message, Throwable cause) {
		super(message, cause);
	}
}
