package org.playbook.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.playbook.model.CalendarEntry;
import org.playbook.model.Network;
import org.playbook.model.Strategy;

/**
 * One strategy's entries sorted by day, read once: a month of them is then found by binary
 * search instead of reading every entry's date again (a year of 50 posts a month for 2,000
 * clients is 1.2 million dates). Taken as the model was when it was read: whoever changes the
 * model reads the calendar again.
 */
final class PlanDays {
	private final long[] days; // epoch days, ascending
	private final CalendarEntry[] entries;
	private final java.util.Map<Network, List<LocalDate>> postDays = new java.util.concurrent.ConcurrentHashMap<>();

	private PlanDays(long[] days, CalendarEntry[] entries) {
		this.days = days;
		this.entries = entries;
	}

	static PlanDays of(Strategy strategy) {
		if (strategy.getContentPlan() == null) {
			return new PlanDays(new long[0], new CalendarEntry[0]);
		}
		java.time.ZoneId zone = java.time.ZoneId.systemDefault();
		List<Dated> dated = new ArrayList<>();
		for (CalendarEntry entry : strategy.getContentPlan().getCalendarEntries()) {
			LocalDate day = Days.of(entry.getDate(), zone);
			if (day != null) {
				dated.add(new Dated(day.toEpochDay(), entry.getTitle() == null ? "" : entry.getTitle(), entry));
			}
		}
		dated.sort(Comparator.comparingLong(Dated::day).thenComparing(Dated::title));
		long[] days = new long[dated.size()];
		CalendarEntry[] entries = new CalendarEntry[dated.size()];
		for (int i = 0; i < days.length; i++) {
			days[i] = dated.get(i).day();
			entries[i] = dated.get(i).entry();
		}
		return new PlanDays(days, entries);
	}

	private record Dated(long day, String title, CalendarEntry entry) {
	}

	/** Calls the visitor for each entry from {@code from} to {@code to}, by day. */
	void forEach(LocalDate from, LocalDate to, Visitor visitor) {
		for (int i = first(from.toEpochDay()); i < days.length && days[i] <= to.toEpochDay(); i++) {
			visitor.visit(entries[i], LocalDate.ofEpochDay(days[i]));
		}
	}

	/** The days with an entry on the network, ascending; read once a network. */
	List<LocalDate> postDays(Network network) {
		return postDays.computeIfAbsent(network, n -> {
			List<LocalDate> posts = new ArrayList<>();
			for (int i = 0; i < days.length; i++) {
				if (entries[i].getNetwork() == n) {
					posts.add(LocalDate.ofEpochDay(days[i]));
				}
			}
			return posts;
		});
	}

	/** The index of the first entry on or after the day. */
	private int first(long epochDay) {
		int low = 0, high = days.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (days[middle] < epochDay) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	@FunctionalInterface
	interface Visitor {
		void visit(CalendarEntry entry, LocalDate day);
	}
}
