package org.playbook.review;

/** A review pack that cannot be made, or decisions that cannot be applied; the message says why, and nothing was changed. */
public class ReviewException extends Exception {
	private static final long serialVersionUID = 1L;

	public ReviewException(String message) {
		super(message);
	}

	public ReviewException(String message, Throwable cause) {
		super(message, cause);
	}
}
