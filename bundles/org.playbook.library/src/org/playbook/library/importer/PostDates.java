package org.playbook.library.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates as blogs write them ("July 27, 2010", "27 July 2010", "2010-07-27"). */
final class PostDates {
	private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
	static final Pattern ANY = Pattern.compile("(" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4})|(\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4})|(\\d{4}-\\d{2}-\\d{2})",
			Pattern.CASE_INSENSITIVE);

	private PostDates() {
	}

	/** The first date in the text, or null. */
	static LocalDate find(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = ANY.matcher(text);
		return matcher.find() ? parse(matcher.group()) : null;
	}

	static LocalDate parse(String date) {
		String clean = date.replace(",", "").replace(".", "").replaceAll("\\s+", " ").trim();
		for (String pattern : new String[] { "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd" }) {
			try {
				return LocalDate.parse(clean, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
			} catch (DateTimeParseException e) {
				// try the next way of writing it
			}
		}
		String sept = clean.replace("Sept ", "Sep ");
		return sept.equals(clean) ? null : parse(sept);
	}
}
