package org.playbook.team.merge;

/** Whose version of a conflicting change a merge keeps. */
public enum Side {
	/** The version in this workspace. */
	MINE,
	/** The version that came from the agency repository. */
	THEIRS
}
