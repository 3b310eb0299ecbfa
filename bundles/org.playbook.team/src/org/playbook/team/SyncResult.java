package org.playbook.team;

import java.util.List;

import org.playbook.team.merge.Conflict;

/**
 * What a sync did.
 * @param committed whether this workspace's changes were committed first
 * @param received how many commits came from the repository
 * @param merged the files merged element by element (changed on both sides)
 * @param taken the files taken as the repository had them
 * @param conflicts the changes a person must decide; when there are any, nothing was written
 * @param pushed whether this workspace's commits reached the repository
 * @param notes what else happened (an interrupted merge undone, a retry after the repository moved)
 */
public record SyncResult(boolean committed, int received, List<String> merged, List<String> taken, List<Conflict> conflicts, boolean pushed,
		List<String> notes) {
	public boolean needsAPerson() {
		return !conflicts.isEmpty();
	}

	/** This sync and another one's together (the groups of one workspace): pushed when both pushed. */
	public SyncResult and(SyncResult other) {
		return new SyncResult(committed || other.committed, received + other.received, join(merged, other.merged), join(taken, other.taken),
				join(conflicts, other.conflicts), pushed && other.pushed, join(notes, other.notes));
	}

	private static <T> List<T> join(List<T> a, List<T> b) {
		List<T> both = new java.util.ArrayList<>(a);
		both.addAll(b);
		return List.copyOf(both);
	}
}
