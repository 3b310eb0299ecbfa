package org.playbook.report.actuals;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a social tool's CSV export holds what. Each tool names its columns its own
 * way ("Date", "Published", "Post time"...): known names are recognised, and anything else
 * is mapped by hand ({@code date=Publish Time,network=Account}).
 */
public final class ColumnMapping {
	/** What Playbook reads from a post's row. */
	public enum Column {
		DATE(true, "date", "published", "publish time", "post date", "date posted", "created", "created time", "time", "timestamp"),
		NETWORK(true, "network", "platform", "channel", "social network", "service"),
		TEXT(false, "text", "message", "post", "content", "caption", "body", "post text"),
		IMPRESSIONS(false, "impressions", "reach", "views", "post impressions"),
		ENGAGEMENTS(false, "engagements", "engagement", "interactions", "total engagements"),
		CLICKS(false, "clicks", "link clicks", "url clicks"),
		LINK(false, "link", "url", "permalink", "post link");

		private final boolean required;
		private final List<String> names;

		Column(boolean required, String... names) {
			this.required = required;
			this.names = List.of(names);
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private final Map<Column, String> given;

	private ColumnMapping(Map<Column, String> given) {
		this.given = given;
	}

	/** Known column names only. */
	public static ColumnMapping automatic() {
		return new ColumnMapping(new EnumMap<>(Column.class));
	}

	/** {@code date=Publish Time,network=Account}: these columns by these headers, the others by their known names. */
	public static ColumnMapping parse(String mapping) {
		Map<Column, String> given = new EnumMap<>(Column.class);
		if (mapping != null && !mapping.isBlank()) {
			for (String pair : mapping.split(",")) {
				String[] parts = pair.split("=", 2);
				Column column;
				try {
					column = Column.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException("unknown column '" + parts[0].strip() + "' in the mapping; the columns are " + keys());
				}
				if (parts.length < 2 || parts[1].isBlank()) {
					throw new IllegalArgumentException("the mapping of " + column.key() + " names no header");
				}
				given.put(column, parts[1].strip());
			}
		}
		return new ColumnMapping(given);
	}

	/**
	 * Where each column is in a header row; a column without a default value that is not
	 * found is an error naming the names looked for.
	 * @param defaultNetwork true when a network was given for the whole file (then no network column is needed)
	 */
	Map<Column, Integer> resolve(List<String> headers, boolean defaultNetwork, String file) throws ActualsException {
		Map<String, Integer> byName = new LinkedHashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			byName.putIfAbsent(headers.get(i).replace("\ufeff", "").strip().toLowerCase(Locale.ROOT), i);
		}
		Map<Column, Integer> found = new EnumMap<>(Column.class);
		for (Column column : Column.values()) {
			List<String> candidates = given.containsKey(column) ? List.of(given.get(column).toLowerCase(Locale.ROOT)) : column.names;
			candidates.stream().filter(byName::containsKey).findFirst().ifPresent(name -> found.put(column, byName.get(name)));
			boolean needed = column.required && !(column == Column.NETWORK && defaultNetwork);
			if (!found.containsKey(column) && (needed || given.containsKey(column))) {
				throw new ActualsException(file, 1, "no column for the " + column.key() + " (looked for " + String.join(", ", candidates)
						+ "; the file has " + String.join(", ", headers) + "). Map it with " + column.key() + "=HEADER.");
			}
		}
		return found;
	}

	private static String keys() {
		return String.join(", ", java.util.Arrays.stream(Column.values()).map(Column::key).toList());
	}
}
