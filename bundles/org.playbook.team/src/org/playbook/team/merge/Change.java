package org.playbook.team.merge;

/**
 * One difference between two versions of a model file.
 * @param kind added, removed or changed
 * @param elementId the element's xmi:id
 * @param element the element as the strategist reads it
 * @param feature for a change, the feature's name as words; else null
 * @param before for a change, the old value as text; else null
 * @param after for a change, the new value as text; else null
 */
public record Change(Kind kind, String elementId, String element, String feature, String before, String after) {
	public enum Kind {
		ADDED, REMOVED, CHANGED
	}

	/** One line: "Goal 'Grow online bean sales': target 1200 → 1500". */
	public String describe() {
		return switch (kind) {
		case ADDED -> "added " + element;
		case REMOVED -> "removed " + element;
		case CHANGED -> element + ": " + feature + " " + before + " \u2192 " + after;
		};
	}
}
