package org.playbook.calendar;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.playbook.audit.export.SpreadsheetCsv;

import com.google.gson.GsonBuilder;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The entries shown, out to other tools: iCalendar (RFC 5545, written by ical4j) for the
 * agency's calendar apps, one all-day event an entry whose UID stays the same while the entry
 * is moved, so a re-import updates instead of duplicating; CSV for spreadsheets; JSON.
 */
public final class CalendarExport {
	/** The columns of the CSV and the fields of the JSON, in order. */
	public static final List<String> COLUMNS = List.of("date", "client", "strategy", "title", "network", "intent", "pillar", "tactic", "approval");
	private static final String PRODUCT = "-//Playbook//Content calendar//EN";

	private CalendarExport() {
	}

	public static void ics(List<ScheduledEntry> entries, Writer out) throws IOException {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (ScheduledEntry entry : entries) {
			// an all-day event: the day and the next as its end, as RFC 5545 has it
			VEvent event = new VEvent(entry.day(), entry.day().plusDays(1), entry.clientName() + ": " + entry.title());
			event.add(new Uid(UUID.nameUUIDFromBytes(entry.key().getBytes(StandardCharsets.UTF_8)) + "@playbook"));
			event.add(new Description(describe(entry)));
			if (entry.network() != null) {
				event.add(new Categories(entry.network().getLiteral()));
			}
			calendar.add(event);
		}
		try {
			new CalendarOutputter().output(calendar, out);
		} catch (ValidationException e) {
			throw new IOException("the calendar is not valid iCalendar: " + e.getMessage(), e);
		}
	}

	/** CSV a spreadsheet opens safely (a title such as "=1+1" stays text), with a header row. */
	public static void csv(List<ScheduledEntry> entries, Writer out) throws IOException {
		SpreadsheetCsv csv = new SpreadsheetCsv(out);
		csv.row(COLUMNS);
		for (ScheduledEntry entry : entries) {
			csv.row(List.copyOf(row(entry).values().stream().map(v -> v == null ? "" : v).toList()));
		}
		csv.flush();
	}

	public static void json(List<ScheduledEntry> entries, List<CadenceGap> gaps, Writer out) throws IOException {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("entries", entries.stream().map(CalendarExport::row).toList());
		json.put("gaps", gaps.stream().map(gap -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("client", gap.client().getName());
			row.put("network", gap.network().getLiteral());
			row.put("from", gap.from().toString());
			row.put("to", gap.to().toString());
			row.put("days", gap.days());
			row.put("postsPerWeek", gap.postsPerWeek());
			row.put("rule", CadenceGap.RULE);
			row.put("message", gap.message());
			return row;
		}).toList());
		json.put("perDay", AgencyCalendar.load(entries).entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(),
				Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new)));
		new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json, out);
		out.write('\n');
	}

	private static Map<String, String> row(ScheduledEntry entry) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("date", entry.day().toString());
		row.put("client", entry.clientName());
		row.put("strategy", entry.strategy().getName());
		row.put("title", entry.title());
		row.put("network", entry.network() == null ? null : entry.network().getLiteral());
		row.put("intent", entry.intent() == null ? null : entry.intent().getLiteral());
		row.put("pillar", entry.pillar());
		row.put("tactic", entry.tactic());
		row.put("approval", entry.approval().getLiteral());
		return row;
	}

	private static String describe(ScheduledEntry entry) {
		StringBuilder text = new StringBuilder(entry.strategy().getName());
		if (entry.tactic() != null) {
			text.append(" / ").append(entry.tactic());
		}
		if (entry.pillar() != null) {
			text.append(" / pillar ").append(entry.pillar());
		}
		if (entry.intent() != null) {
			text.append(" / ").append(entry.intent().getLiteral());
		}
		return text.toString();
	}
}
