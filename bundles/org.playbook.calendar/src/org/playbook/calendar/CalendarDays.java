package org.playbook.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.playbook.model.CalendarEntry;
import org.playbook.model.Client;
import org.playbook.model.Strategy;

/**
 * The days of a calendar at a glance: for each day how many entries it has across clients
 * and the first few of them, as a month grid draws them. Made by
 * {@link AgencyCalendar#days(CalendarFilter, int)}.
 */
public final class CalendarDays {
	private final LocalDate from;
	private final int[] counts;
	private final List<List<ScheduledEntry>> first;
	private final int total, clients;

	private CalendarDays(LocalDate from, int[] counts, List<List<ScheduledEntry>> first, int total, int clients) {
		this.from = from;
		this.counts = counts;
		this.first = first;
		this.total = total;
		this.clients = clients;
	}

	/** How many entries the day has (0 for a day outside these). */
	public int count(LocalDate day) {
		int index = index(day);
		return index < 0 ? 0 : counts[index];
	}

	/** The day's first entries, by client then title; at most as many as were asked for. */
	public List<ScheduledEntry> first(LocalDate day) {
		int index = index(day);
		return index < 0 ? List.of() : first.get(index);
	}

	/** The entries of all the days. */
	public int total() {
		return total;
	}

	/** The clients with an entry on any of the days. */
	public int clients() {
		return clients;
	}

	/** The number of entries on each day that has any: where a team's busy days are. */
	public Map<LocalDate, Integer> load() {
		Map<LocalDate, Integer> perDay = new TreeMap<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				perDay.put(from.plusDays(i), counts[i]);
			}
		}
		return perDay;
	}

	private int index(LocalDate day) {
		long index = day.toEpochDay() - from.toEpochDay();
		return index < 0 || index >= counts.length ? -1 : (int) index;
	}

	/** Collects the entries of the days in the order they are to be shown. */
	static final class Builder {
		private final LocalDate from;
		private final long firstDay;
		private final int perDay;
		private final int[] counts;
		private final List<List<ScheduledEntry>> first = new ArrayList<>();
		private final Set<Client> clients = new HashSet<>();
		private int total;

		Builder(LocalDate from, LocalDate to, int perDay) {
			this.from = from;
			this.firstDay = from.toEpochDay();
			this.perDay = Math.max(0, perDay);
			this.counts = new int[(int) (to.toEpochDay() - firstDay + 1)];
			for (int i = 0; i < counts.length; i++) {
				first.add(new ArrayList<>());
			}
		}

		void add(Client client, Strategy strategy, CalendarEntry entry, long epochDay) {
			int index = (int) (epochDay - firstDay);
			if (counts[index]++ < perDay) {
				first.get(index).add(new ScheduledEntry(client, strategy, entry, LocalDate.ofEpochDay(epochDay)));
			}
			total++;
			clients.add(client);
		}

		CalendarDays build() {
			return new CalendarDays(from, counts, first.stream().map(List::copyOf).toList(), total, clients.size());
		}
	}
}
