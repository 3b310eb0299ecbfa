package org.playbook.calendar;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.playbook.model.CalendarEntry;
import org.playbook.model.Client;

/**
 * What the entries of some days can be filtered by: the names of their clients, industries,
 * networks, pillars and intents, each sorted without regard to case.
 */
public record CalendarChoices(Set<String> clients, Set<String> industries, Set<String> networks, Set<String> pillars, Set<String> intents) {

	static final class Builder {
		private final SortedSet<String> clients = names(), industries = names(), networks = names(), pillars = names(), intents = names();
		private Client last;

		void add(Client client, CalendarEntry entry) {
			if (client != last) { // a client's entries come together
				last = client;
				put(clients, client.getName());
				put(industries, client.getIndustry());
			}
			put(networks, entry.getNetwork() == null ? null : entry.getNetwork().getLiteral());
			put(pillars, entry.getPillar() == null ? null : entry.getPillar().getName());
			put(intents, entry.getIntent() == null ? null : entry.getIntent().getLiteral());
		}

		CalendarChoices build() {
			return new CalendarChoices(Collections.unmodifiableSortedSet(clients), Collections.unmodifiableSortedSet(industries),
					Collections.unmodifiableSortedSet(networks), Collections.unmodifiableSortedSet(pillars), Collections.unmodifiableSortedSet(intents));
		}

		private static SortedSet<String> names() {
			return new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		}

		private static void put(Set<String> names, String name) {
			if (name != null && !name.isBlank()) {
				names.add(name);
			}
		}
	}
}
