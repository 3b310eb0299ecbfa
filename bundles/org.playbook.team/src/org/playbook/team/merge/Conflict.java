package org.playbook.team.merge;

/**
 * One change a person must decide: the same feature of the same element changed on both
 * sides, or an element removed on one side and changed on the other.
 * @param file the file, relative to the workspace
 * @param elementId the element's xmi:id
 * @param element the element as the strategist reads it ("Goal 'Grow online bean sales'")
 * @param feature the feature's name, or "(element)" when one side removed the element
 * @param mine the value in this workspace, as text
 * @param theirs the value from the repository, as text
 */
public record Conflict(String file, String elementId, String element, String feature, String mine, String theirs) {
	/** The element removed on one side: the conflict is about the whole element. */
	public static final String WHOLE_ELEMENT = "(element)";

	/** Names the conflict in choices: {@code elementId#feature}. */
	public String key() {
		return elementId + "#" + feature;
	}

	@Override
	public String toString() {
		return file + ": " + element + (WHOLE_ELEMENT.equals(feature) ? "" : ", " + feature) + ": mine " + mine + ", theirs " + theirs;
	}
}
