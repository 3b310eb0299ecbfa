package org.playbook.team;

/** The strategist cancelled a sync: the workspace's files are as they were before it. */
public final class SyncCancelledException extends TeamException {
	private static final long serialVersionUID = 1L;

	public SyncCancelledException(String message) {
		super(message);
	}
}
