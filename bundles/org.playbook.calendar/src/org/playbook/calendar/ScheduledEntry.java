package org.playbook.calendar;

import java.time.LocalDate;

import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Client;
import org.playbook.model.ContentIntent;
import org.playbook.model.Network;
import org.playbook.model.Strategy;

/**
 * One planned post of one client's strategy, on its day: what the agency's calendar shows.
 * The entry itself stays in its strategy's model; this only says where it stands.
 */
public record ScheduledEntry(Client client, Strategy strategy, CalendarEntry entry, LocalDate day) {

	public String clientName() {
		return client.getName();
	}

	public String title() {
		return entry.getTitle() == null ? "" : entry.getTitle();
	}

	public Network network() {
		return entry.getNetwork();
	}

	public ContentIntent intent() {
		return entry.getIntent();
	}

	/** Where the client's review of the post stands. */
	public ApprovalState approval() {
		return entry.getApproval();
	}

	/** The content pillar's name, or null when the entry has none. */
	public String pillar() {
		return entry.getPillar() == null ? null : entry.getPillar().getName();
	}

	/** The tactic's name, or null when the entry serves none. */
	public String tactic() {
		return entry.getTactic() == null ? null : entry.getTactic().getName();
	}

	/** A key of the entry that stays the same while it is moved or renamed: its strategy's file and its id there. */
	public String key() {
		String file = strategy.eResource() == null || strategy.eResource().getURI() == null ? strategy.getName()
				: strategy.eResource().getURI().toString();
		String id = entry.eResource() == null ? String.valueOf(System.identityHashCode(entry)) : entry.eResource().getURIFragment(entry);
		return file + "#" + id;
	}
}
