package org.playbook.calendar.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.calendar.AgencyCalendar;
import org.playbook.calendar.CadenceGap;
import org.playbook.calendar.CalendarExport;
import org.playbook.calendar.CalendarChoices;
import org.playbook.calendar.CalendarDays;
import org.playbook.calendar.CalendarFilter;
import org.playbook.calendar.Days;
import org.playbook.calendar.ScheduledEntry;
import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Client;
import org.playbook.model.ClientStatus;
import org.playbook.model.ContentIntent;
import org.playbook.model.ContentPlan;
import org.playbook.model.Network;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.SampleAgency;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

public class AgencyCalendarTest {
	private static final LocalDate MARCH = LocalDate.of(2026, 3, 1), END_OF_MARCH = LocalDate.of(2026, 3, 31);

	@TempDir
	Path workspace;

	@Test
	public void theSampleAgencysEntriesOfEveryActiveClientByDay() throws Exception {
		SampleAgency.install(workspace);
		Agency agency = new AgencyLoader().load(workspace);
		AgencyCalendar calendar = AgencyCalendar.of(agency.getClients());
		List<ScheduledEntry> march = calendar.entries(CalendarFilter.days(MARCH, END_OF_MARCH));
		assertFalse(march.isEmpty());
		for (int i = 1; i < march.size(); i++) {
			assertFalse(march.get(i).day().isBefore(march.get(i - 1).day()), "by day");
		}
		assertTrue(march.stream().allMatch(e -> !e.day().isBefore(MARCH) && !e.day().isAfter(END_OF_MARCH)));
		String first = march.get(0).clientName();
		List<ScheduledEntry> one = calendar.entries(CalendarFilter.days(MARCH, END_OF_MARCH).withClients(Set.of(first.toUpperCase())));
		assertTrue(!one.isEmpty() && one.stream().allMatch(e -> e.clientName().equals(first)), "a client by its name, in any case");
		Network network = march.get(0).network();
		assertTrue(calendar.entries(CalendarFilter.days(MARCH, END_OF_MARCH).withNetworks(Set.of(network))).stream()
				.allMatch(e -> e.network() == network));

		agency.findClient(first).setStatus(ClientStatus.PAUSED);
		assertTrue(calendar.entries(CalendarFilter.days(MARCH, END_OF_MARCH)).stream().noneMatch(e -> e.clientName().equals(first)),
				"a paused client's posts are not planned to go out");
	}

	@Test
	public void aGapIsTheDaysANetworkGoesWithoutThePostsItsTacticPromises() {
		Client client = client("Kestrel Bikes", "retail");
		Strategy strategy = strategy(client);
		Tactic reels = tactic(strategy, "Weekly how-to reels", Network.INSTAGRAM, 3); // at least one every 3 days
		tactic(strategy, "Replies only", Network.FACEBOOK, 0); // nothing promised: no gap (the audit says so itself)
		entry(strategy, reels, "Chain care in 60 s", LocalDate.of(2026, 3, 2));
		entry(strategy, reels, "Saddle height", LocalDate.of(2026, 3, 4));
		entry(strategy, reels, "Spring tune-up", LocalDate.of(2026, 3, 12));

		List<CadenceGap> gaps = AgencyCalendar.of(List.of(client)).gaps(CalendarFilter.days(MARCH, END_OF_MARCH));
		assertEquals(2, gaps.size(), gaps.toString());
		CadenceGap middle = gaps.get(0), end = gaps.get(1);
		assertEquals(LocalDate.of(2026, 3, 5), middle.from());
		assertEquals(LocalDate.of(2026, 3, 11), middle.to());
		assertEquals(7, middle.days());
		assertEquals(3, middle.allowedDays());
		assertEquals(Network.INSTAGRAM, middle.network());
		assertTrue(middle.message().contains("Kestrel Bikes") && middle.message().contains("instagram") && middle.message().contains("3 a week"),
				middle.message());
		assertEquals(LocalDate.of(2026, 3, 13), end.from());
		assertEquals(END_OF_MARCH, end.to(), "silent to the end of the days shown");

		// a post on the 8th keeps the promise in the middle: 3 silent days at most, then 3 again
		entry(strategy, reels, "Tyre pressure", LocalDate.of(2026, 3, 8));
		List<CadenceGap> kept = AgencyCalendar.of(List.of(client)).gaps(CalendarFilter.days(MARCH, END_OF_MARCH));
		assertEquals(List.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13)), kept.stream().map(CadenceGap::from).toList(),
				"3 silent days are as many as allowed: each run of them is shown");
		assertTrue(AgencyCalendar.of(List.of(client)).gaps(CalendarFilter.days(MARCH, END_OF_MARCH).withNetworks(Set.of(Network.FACEBOOK))).isEmpty());
	}

	@Test
	public void theLoadCountsEveryClientsPostsOfADay() {
		Client a = client("A", "retail"), b = client("B", "dental");
		Strategy sa = strategy(a), sb = strategy(b);
		LocalDate day = LocalDate.of(2026, 3, 10);
		entry(sb, null, "four", day.plusDays(1));
		entry(sa, null, "two", day);
		entry(sb, null, "three", day);
		entry(sa, null, "one", day);
		List<ScheduledEntry> entries = AgencyCalendar.of(List.of(b, a)).entries(CalendarFilter.days(MARCH, END_OF_MARCH));
		assertEquals(Map.of(day, 3, day.plusDays(1), 1), AgencyCalendar.load(entries));
		assertEquals(List.of("one", "two", "three", "four"), entries.stream().map(ScheduledEntry::title).toList(), "by day, client, then title");
		assertEquals(1, AgencyCalendar.of(List.of(a, b)).entries(CalendarFilter.days(MARCH, END_OF_MARCH).withIndustries(Set.of("Dental")))
				.stream().filter(e -> e.day().equals(day)).count());
	}

	@Test
	public void theReviewStateFilterLetsInOnlyThoseStatesAndTheExportsSayIt() throws Exception {
		Client client = client("A", "retail");
		Strategy strategy = strategy(client);
		LocalDate day = LocalDate.of(2026, 3, 10);
		entry(strategy, null, "never sent", day);
		entry(strategy, null, "sent", day).setApproval(ApprovalState.IN_REVIEW);
		entry(strategy, null, "sent back", day.plusDays(1)).setApproval(ApprovalState.CHANGES_REQUESTED);
		entry(strategy, null, "agreed", day.plusDays(2)).setApproval(ApprovalState.APPROVED);
		AgencyCalendar calendar = AgencyCalendar.of(List.of(client));
		CalendarFilter month = CalendarFilter.days(MARCH, END_OF_MARCH);
		assertEquals(List.of("sent", "sent back"), calendar.entries(month.withApprovals(Set.of(ApprovalState.IN_REVIEW, ApprovalState.CHANGES_REQUESTED)))
				.stream().map(ScheduledEntry::title).toList(), "what still waits on the client");
		assertEquals(List.of("never sent"), calendar.entries(month.withApprovals(Set.of(ApprovalState.DRAFT))).stream().map(ScheduledEntry::title).toList());
		assertEquals(4, calendar.entries(month.withApprovals(Set.of())).size(), "no state chosen: all of them");
		assertEquals(calendar.gaps(month), calendar.gaps(month.withApprovals(Set.of(ApprovalState.APPROVED))), "a gap is about what is planned, reviewed or not");

		StringWriter json = new StringWriter();
		CalendarExport.json(calendar.entries(month), List.of(), json);
		assertEquals(List.of("draft", "inReview", "changesRequested", "approved"), JsonParser.parseString(json.toString()).getAsJsonObject()
				.getAsJsonArray("entries").asList().stream().map(e -> e.getAsJsonObject().get("approval").getAsString()).toList());
	}

	@Test
	public void theDaysAtAGlanceCountEveryEntryAndKeepTheFirstOfEachDay() throws Exception {
		SampleAgency.install(workspace);
		AgencyCalendar calendar = AgencyCalendar.of(new AgencyLoader().load(workspace).getClients());
		for (CalendarFilter filter : List.of(CalendarFilter.days(MARCH, END_OF_MARCH),
				CalendarFilter.days(MARCH, END_OF_MARCH).withNetworks(Set.of(Network.INSTAGRAM)))) {
			List<ScheduledEntry> entries = calendar.entries(filter);
			assertFalse(entries.isEmpty());
			CalendarDays days = calendar.days(filter, 2);
			assertEquals(entries.size(), days.total());
			assertEquals(entries.stream().map(ScheduledEntry::clientName).distinct().count(), days.clients());
			assertEquals(AgencyCalendar.load(entries), days.load());
			for (LocalDate day = MARCH; !day.isAfter(END_OF_MARCH); day = day.plusDays(1)) {
				LocalDate of = day;
				List<ScheduledEntry> ofDay = entries.stream().filter(e -> e.day().equals(of)).toList();
				assertEquals(ofDay.size(), days.count(day));
				assertEquals(ofDay.stream().limit(2).map(ScheduledEntry::key).toList(), days.first(day).stream().map(ScheduledEntry::key).toList(),
						"the day's first two, in the order of the whole list");
			}
			assertEquals(0, days.count(END_OF_MARCH.plusDays(1)), "a day not shown");
		}
		CalendarChoices choices = calendar.choices(CalendarFilter.days(MARCH, END_OF_MARCH));
		List<ScheduledEntry> march = calendar.entries(CalendarFilter.days(MARCH, END_OF_MARCH));
		assertEquals(march.stream().map(ScheduledEntry::clientName).collect(java.util.stream.Collectors.toSet()), Set.copyOf(choices.clients()));
		assertEquals(march.stream().map(e -> e.network().getLiteral()).collect(java.util.stream.Collectors.toSet()), Set.copyOf(choices.networks()));
	}

	@Test
	public void theIcalendarExportReadsBackAndAMovedEntryKeepsItsUid() throws Exception {
		Client client = client("Harbor Roast", "coffee");
		Strategy strategy = strategy(client);
		CalendarEntry moved = entry(strategy, null, "Latte art <live> & more", LocalDate.of(2026, 3, 3));
		entry(strategy, null, "Bean of the month", LocalDate.of(2026, 3, 20));
		AgencyCalendar calendar = AgencyCalendar.of(List.of(client));

		Calendar before = ics(calendar.entries(CalendarFilter.days(MARCH, END_OF_MARCH)));
		List<VEvent> events = before.getComponents("VEVENT");
		assertEquals(2, events.size());
		VEvent latte = event(before, "Latte");
		assertEquals("Harbor Roast: Latte art <live> & more", value(latte, "SUMMARY"), "text as it is");
		assertEquals("20260303", value(latte, "DTSTART"), "an all-day event on its day");
		assertEquals("DATE", latte.getProperty("DTSTART").orElseThrow().getParameter("VALUE").map(p -> p.getValue()).orElse(null));

		moved.setDate(Days.toDate(LocalDate.of(2026, 3, 5)));
		// a changed model is read into a new calendar
		VEvent again = event(ics(AgencyCalendar.of(List.of(client)).entries(CalendarFilter.days(MARCH, END_OF_MARCH))), "Latte");
		assertEquals(value(latte, "UID"), value(again, "UID"), "moved, the same event: calendar apps update it");
		assertEquals("20260305", value(again, "DTSTART"));
		assertNotEquals(value(events.get(0), "UID"), value(events.get(1), "UID"));
	}

	private static VEvent event(Calendar calendar, String summary) {
		return calendar.<VEvent>getComponents("VEVENT").stream().filter(e -> value(e, "SUMMARY").contains(summary)).findFirst().orElseThrow();
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(p -> p.getValue()).orElse(null);
	}

	@Test
	public void theCsvIsSafeInASpreadsheetAndTheJsonHasTheGaps() throws Exception {
		Client client = client("Kestrel Bikes", "retail");
		Strategy strategy = strategy(client);
		Tactic reels = tactic(strategy, "Reels", Network.INSTAGRAM, 2);
		entry(strategy, reels, "=HYPERLINK(\"http://x\")", LocalDate.of(2026, 3, 2));
		AgencyCalendar calendar = AgencyCalendar.of(List.of(client));
		CalendarFilter filter = CalendarFilter.days(MARCH, END_OF_MARCH);
		StringWriter csv = new StringWriter();
		CalendarExport.csv(calendar.entries(filter), csv);
		assertTrue(csv.toString().startsWith(String.join(",", CalendarExport.COLUMNS)), csv.toString());
		assertTrue(csv.toString().contains("'=HYPERLINK"), "a formula stays text: " + csv);

		StringWriter json = new StringWriter();
		CalendarExport.json(calendar.entries(filter), calendar.gaps(filter), json);
		JsonObject read = JsonParser.parseString(json.toString()).getAsJsonObject();
		assertEquals(1, read.getAsJsonArray("entries").size());
		assertEquals("2026-03-02", read.getAsJsonArray("entries").get(0).getAsJsonObject().get("date").getAsString());
		assertEquals("2026-03-03", read.getAsJsonArray("gaps").get(0).getAsJsonObject().get("from").getAsString());
		assertEquals(CadenceGap.RULE, read.getAsJsonArray("gaps").get(0).getAsJsonObject().get("rule").getAsString());
		assertEquals(1, read.getAsJsonObject("perDay").get("2026-03-02").getAsInt());
	}

	@Test
	public void aStrategyThatHasEndedShowsNothing() {
		Client client = client("Northwind", "dental");
		Strategy strategy = strategy(client);
		strategy.setEndDate(Days.toDate(LocalDate.of(2026, 2, 28)));
		Tactic tactic = tactic(strategy, "Offers", Network.FACEBOOK, 5);
		entry(strategy, tactic, "late", LocalDate.of(2026, 3, 10));
		AgencyCalendar calendar = AgencyCalendar.of(List.of(client));
		assertTrue(calendar.entries(CalendarFilter.days(MARCH, END_OF_MARCH)).isEmpty());
		assertTrue(calendar.gaps(CalendarFilter.days(MARCH, END_OF_MARCH)).isEmpty(), "no promise after the strategy's end");
	}

	private static Calendar ics(List<ScheduledEntry> entries) throws Exception {
		StringWriter text = new StringWriter();
		CalendarExport.ics(entries, text);
		assertTrue(text.toString().startsWith("BEGIN:VCALENDAR"), text.toString());
		return new CalendarBuilder().build(new StringReader(text.toString()));
	}

	private static Client client(String name, String industry) {
		Client client = PlaybookFactory.eINSTANCE.createClient();
		client.setName(name);
		client.setIndustry(industry);
		return client;
	}

	private static Strategy strategy(Client client) {
		Strategy strategy = PlaybookFactory.eINSTANCE.createStrategy();
		strategy.setName("2026 plan");
		ContentPlan plan = PlaybookFactory.eINSTANCE.createContentPlan();
		strategy.setContentPlan(plan);
		client.getStrategies().add(strategy);
		return strategy;
	}

	private static Tactic tactic(Strategy strategy, String name, Network network, double postsPerWeek) {
		Tactic tactic = PlaybookFactory.eINSTANCE.createTactic();
		tactic.setName(name);
		tactic.setNetwork(network);
		tactic.setPostsPerWeek(postsPerWeek);
		strategy.getTactics().add(tactic);
		return tactic;
	}

	private static CalendarEntry entry(Strategy strategy, Tactic tactic, String title, LocalDate day) {
		CalendarEntry entry = PlaybookFactory.eINSTANCE.createCalendarEntry();
		entry.setTitle(title);
		entry.setDate(Days.toDate(day));
		entry.setTactic(tactic);
		entry.setNetwork(tactic == null ? Network.INSTAGRAM : tactic.getNetwork());
		entry.setIntent(ContentIntent.HELPFUL);
		strategy.getContentPlan().getCalendarEntries().add(entry);
		return entry;
	}
}
