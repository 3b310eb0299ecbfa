package org.playbook.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.calendar.Days;
import org.playbook.cli.PlaybookCli;
import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Strategy;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.SampleAgency;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** playbook calendar on the sample agency: the month's posts of every client, the gaps, and the exports. */
public class CalendarCliTest {
	@TempDir
	Path workspace;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	public void sampleAgency() throws Exception {
		SampleAgency.install(workspace);
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return PlaybookCli.run(List.of(args), workspace, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	public void theMonthOfEveryClientAsText() {
		assertEquals(0, run("calendar", "--from", "2026-03-01", "--to", "2026-03-31"));
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.matches("(?s)\\d+ entr(y|ies) from 2026-03-01 to 2026-03-31, \\d+ clients?\\..*"), text);
		assertTrue(text.contains("2026-03-02 mon"), "by day, with its weekday: " + text);
		assertTrue(text.contains("Northwind Dental Group"), text);
	}

	@Test
	public void jsonHasTheEntriesTheGapsAndTheLoad() {
		assertEquals(0, run("calendar", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "json"));
		JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
		JsonArray entries = json.getAsJsonArray("entries");
		assertTrue(entries.size() > 0);
		int perDay = json.getAsJsonObject("perDay").entrySet().stream().mapToInt(e -> e.getValue().getAsInt()).sum();
		assertEquals(entries.size(), perDay, "every entry counted on its day");
		for (var gap : json.getAsJsonArray("gaps")) {
			assertEquals("content.cadence", gap.getAsJsonObject().get("rule").getAsString());
		}
	}

	@Test
	public void oneClientAsIcalendarToAFile() throws Exception {
		Path ics = workspace.resolve("out/march.ics");
		assertEquals(0, run("calendar", "--from", "2026-03-01", "--client", "Northwind Dental Group", "--format", "ics", "--out", ics.toString()));
		String calendar = Files.readString(ics);
		assertTrue(calendar.startsWith("BEGIN:VCALENDAR"), calendar);
		assertTrue(calendar.contains("SUMMARY:Northwind Dental Group: "), calendar);
		assertTrue(calendar.contains("DTSTART;VALUE=DATE:202603"), calendar);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("as ics to"), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	public void onlyThePostsWaitingOnTheClient() throws Exception {
		Path file;
		try (var files = Files.walk(workspace)) {
			file = files.filter(f -> f.toString().endsWith(".playbook") && f.toString().contains("northwind")).findFirst().orElseThrow();
		}
		Strategy strategy = new ModelReader().read(file, Strategy.class).root();
		CalendarEntry sent = strategy.getContentPlan().getCalendarEntries().stream()
				.filter(e -> Days.of(e.getDate()).getMonthValue() == 3 && Days.of(e.getDate()).getYear() == 2026).findFirst().orElseThrow();
		sent.setApproval(ApprovalState.IN_REVIEW);
		strategy.eResource().save(null);

		assertEquals(0, run("calendar", "--from", "2026-03-01", "--to", "2026-03-31", "--approval", "in-review,changes-requested"));
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.startsWith("1 entry from 2026-03-01 to 2026-03-31, 1 client."), text);
		assertTrue(text.contains(sent.getTitle() + "  [inReview]"), text);
		assertEquals(0, run("calendar", "--from", "2026-03-01", "--to", "2026-03-31", "--approval", "draft"));
		assertTrue(!out.toString(StandardCharsets.UTF_8).contains(sent.getTitle() + "  [") && out.toString(StandardCharsets.UTF_8).contains("2026-03"),
				out.toString(StandardCharsets.UTF_8));
		assertEquals(2, run("calendar", "--approval", "signed"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown review state 'signed'"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	public void wrongArgumentsExitWithTwoAndSayWhy() {
		assertEquals(2, run("calendar", "--from", "March"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a date"), err.toString(StandardCharsets.UTF_8));
		assertEquals(2, run("calendar", "--from", "2026-03-10", "--to", "2026-03-01"));
		assertEquals(2, run("calendar", "--client", "Nobody Ltd"));
		assertEquals(2, run("calendar", "--format", "pdf"));
	}
}
