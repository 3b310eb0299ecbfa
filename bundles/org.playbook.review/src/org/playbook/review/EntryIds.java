package org.playbook.review;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Strategy;

/**
 * The lasting id of a calendar entry: the id its file gives it (a UUID Playbook's files give
 * every element, kept through every save, a move in the calendar and a merge), and how a
 * decision finds its entry again.
 */
final class EntryIds {
	private EntryIds() {
	}

	/** The entry's id in its file, or null when it is not in a file. */
	static String of(CalendarEntry entry) {
		Resource resource = entry.eResource();
		return resource instanceof XMLResource xml ? xml.getID(entry) : null;
	}

	/** The strategy's entry of that id, or null when there is none any more. */
	static CalendarEntry find(Strategy strategy, String id) {
		Resource resource = strategy.eResource();
		EObject found = resource == null || id == null ? null : resource.getEObject(id);
		return found instanceof CalendarEntry entry && strategy.getContentPlan() != null
				&& strategy.getContentPlan().getCalendarEntries().contains(entry) ? entry : null;
	}

	/** What the client sees of an entry, so a decision on an entry changed since can be told apart. */
	static String contentDigest(CalendarEntry entry) {
		return Signatures.digest(String.valueOf(entry.getTitle()) + "\n" + String.valueOf(entry.getText()) + "\n" + entry.getNetwork());
	}
}
