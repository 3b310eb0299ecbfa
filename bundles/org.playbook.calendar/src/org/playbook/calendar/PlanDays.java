package org.playbook.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.playbook.model.CalendarEntry;
import org.playbook.model.Network;
import org.playbook.model.Strategy;

/**
 * One strategy's entries sorted by day, then title, read once: a month of them is then found
 * by binary search instead of reading every entry's date again (a year of 50 posts a month
 * for 2,000 clients is 1.2 million dates). Taken as the model was when it was read: whoever
 * changes the model reads the calendar again.
 */
final class PlanDays {
	private static final PlanDays EMPTY = new PlanDays(new long[0], new CalendarEntry[0]);
	private final long[] days; // epoch days, ascending
	private final CalendarEntry[] entries;
	private final Map<Network, long[]> postDays = new ConcurrentHashMap<>();

	private PlanDays(long[] days, CalendarEntry[] entries) {
		this.days = days;
		this.entries = entries;
	}

	static PlanDays of(Strategy strategy) {
		if (strategy.getContentPlan() == null) {
			return EMPTY;
		}
		List<CalendarEntry> all = strategy.getContentPlan().getCalendarEntries();
		ZoneId zone = ZoneId.systemDefault();
		// each dated entry as one number, its day above its index, so that a sort of plain numbers
		// orders them by day and keeps the model's order within a day (an object sort is several times slower)
		long[] keys = new long[all.size()];
		int dated = 0;
		for (int i = 0; i < keys.length; i++) {
			LocalDate day = Days.of(all.get(i).getDate(), zone);
			if (day == null) {
				continue;
			}
			if (day.toEpochDay() != (int) day.toEpochDay()) {
				return bySorting(all, zone); // a date millions of years away: too far for the packed numbers
			}
			keys[dated++] = day.toEpochDay() << 32 | i;
		}
		Arrays.sort(keys, 0, dated);
		long[] days = new long[dated];
		CalendarEntry[] entries = new CalendarEntry[dated];
		for (int i = 0; i < dated; i++) {
			days[i] = keys[i] >> 32;
			entries[i] = all.get((int) keys[i]);
		}
		sortTitlesWithinDays(days, entries);
		return new PlanDays(days, entries);
	}

	/** Within each day, by title (a stable insertion sort: a strategy has a few entries a day). */
	private static void sortTitlesWithinDays(long[] days, CalendarEntry[] entries) {
		for (int i = 1; i < days.length; i++) {
			CalendarEntry entry = entries[i];
			int j = i;
			while (j > 0 && days[j - 1] == days[i] && title(entries[j - 1]).compareTo(title(entry)) > 0) {
				entries[j] = entries[j - 1];
				j--;
			}
			entries[j] = entry;
		}
	}

	private static PlanDays bySorting(List<CalendarEntry> all, ZoneId zone) {
		List<CalendarEntry> dated = all.stream().filter(entry -> entry.getDate() != null)
				.sorted(Comparator.comparing((CalendarEntry entry) -> Days.of(entry.getDate(), zone)).thenComparing(PlanDays::title)).toList();
		return new PlanDays(dated.stream().mapToLong(entry -> Days.of(entry.getDate(), zone).toEpochDay()).toArray(), dated.toArray(CalendarEntry[]::new));
	}

	private static String title(CalendarEntry entry) {
		return entry.getTitle() == null ? "" : entry.getTitle();
	}

	/** Calls the visitor for each entry from {@code from} to {@code to}, by day (and title within a day). */
	void forEach(LocalDate from, LocalDate to, Visitor visitor) {
		long last = to.toEpochDay();
		for (int i = firstOnOrAfter(days, from.toEpochDay()); i < days.length && days[i] <= last; i++) {
			visitor.visit(entries[i], days[i]);
		}
	}

	/** The epoch days with an entry on the network, ascending; read once a network. */
	long[] postDays(Network network) {
		return postDays.computeIfAbsent(network, n -> {
			long[] posts = new long[days.length];
			int count = 0;
			for (int i = 0; i < days.length; i++) {
				if (entries[i].getNetwork() == n) {
					posts[count++] = days[i];
				}
			}
			return Arrays.copyOf(posts, count);
		});
	}

	/** The index of the first day on or after the day given (the length when there is none). */
	static int firstOnOrAfter(long[] days, long epochDay) {
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
		void visit(CalendarEntry entry, long epochDay);
	}
}
