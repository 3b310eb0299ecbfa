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
		return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

	/** The model date of a day: its start where Playbook runs. */
	public static Date toDate(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
