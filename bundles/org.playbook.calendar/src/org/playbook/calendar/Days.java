package org.playbook.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The model's dates as days: a calendar entry's date is read and written as a day
 * ("2026-03-02"), which EMF keeps as a moment at the start of that day where Playbook runs.
 */
public final class Days {
	private Days() {
	}

	/** The day of a model date, or null. */
	public static LocalDate of(Date date) {
		return of(date, ZoneId.systemDefault());
	}

	/** The day of a model date where the zone is, or null (for many dates: the default zone looked up once). */
	public static LocalDate of(Date date, ZoneId zone) {
		return date == null ? null : LocalDate.ofInstant(date.toInstant(), zone);
	}

	/** The model date of a day: its start where Playbook runs. */
	public static Date toDate(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
