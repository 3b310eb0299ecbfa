package org.playbook.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.playbook.calendar.AgencyCalendar;
import org.playbook.calendar.CadenceGap;
import org.playbook.calendar.CalendarDays;
import org.playbook.calendar.CalendarFilter;
import org.playbook.calendar.Days;
import org.playbook.calendar.ScheduledEntry;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Client;
import org.playbook.model.ContentIntent;
import org.playbook.model.ContentPlan;
import org.playbook.model.Network;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/**
 * The agency calendar at scale: 2,000 clients, each with a year's strategy of 50 entries a
 * month on three networks. The month view's first paint (reading every client's entries of the
 * month, the gaps and the load, then drawing the grid) and switching to the next month,
 * against reading the same entries without a view, in the same run. Under a display (xvfb-run
 * on a server): the grid is the view's own widget on a plain SWT shell.
 *
 * Run from the project root: xvfb-run -a releng/org.playbook.benchmarks/run.sh org.playbook.calendar.ui.CalendarBenchmark [CLIENTS [PER-MONTH [ROUNDS]]]
 */
public final class CalendarBenchmark {
	private static final Network[] NETWORKS = { Network.INSTAGRAM, Network.FACEBOOK, Network.LINKEDIN };

	public static void main(String[] args) throws Exception {
		int clients = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
		int perMonth = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
		List<AgencyCalendar.Plan> plans = plans(clients, perMonth);
		AgencyCalendar calendar = AgencyCalendar.ofPlans(plans);
		// the models were read long before a strategist opens the calendar: their 1.2 million
		// objects are not to be copied by the collector during the first paint (a 0.7 s pause here)
		System.gc();
		System.out.printf("%,d clients, %d entries a month each for 2026 (%,d entries); %d cores, Java %s%n", clients, perMonth, clients * perMonth * 12,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1400, 900);
		MonthGrid grid = new MonthGrid(shell, new MonthGrid.Actions() {
			@Override
			public void moveOrCopy(ScheduledEntry entry, LocalDate day, boolean copy) {
			}

			@Override
			public void open(ScheduledEntry entry) {
			}

			@Override
			public void show(LocalDate day, boolean asWeek) {
			}

			@Override
			public void newEntry(LocalDate day) {
			}
		});
		shell.open();
		double firstPaint = show(calendar, grid, LocalDate.of(2026, 3, 1));
		List<Double> switches = new ArrayList<>(), reads = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			LocalDate month = LocalDate.of(2026, 1 + (round % 11), 1);
			switches.add(show(calendar, grid, month.plusMonths(1)));
			long start = System.nanoTime();
			int read = readWithoutAView(plans, filter(month.plusMonths(1)));
			reads.add((System.nanoTime() - start) / 1e6);
			if (read == 0) {
				throw new IllegalStateException("no entries read");
			}
		}
		switches.sort(null);
		reads.sort(null);
		System.out.printf("month view, first paint: %.0f ms (goal <= 1,000 ms)%n", firstPaint);
		System.out.printf("switching months: median %.0f ms, worst %.0f ms of %d (goal <= 200 ms)%n", switches.get(switches.size() / 2),
				switches.get(switches.size() - 1), rounds);
		System.out.printf("reading the month's entries from the models without a view: median %.0f ms, worst %.0f ms; switch / read (medians) %.2f%n",
				reads.get(reads.size() / 2), reads.get(reads.size() - 1), switches.get(switches.size() / 2) / reads.get(reads.size() / 2));
		display.dispose();
	}

	/** The baseline: every strategy's entries read from the model, those of the days kept (what any reader of the month does). */
	private static int readWithoutAView(List<AgencyCalendar.Plan> plans, CalendarFilter filter) {
		int read = 0;
		for (AgencyCalendar.Plan plan : plans) {
			for (CalendarEntry entry : plan.strategy().getContentPlan().getCalendarEntries()) {
				if (filter.contains(Days.of(entry.getDate()))) {
					read++;
				}
			}
		}
		return read;
	}

	/** Reads the month's entries, gaps and load, hands them to the grid and waits until it has painted: milliseconds. */
	private static double show(AgencyCalendar calendar, MonthGrid grid, LocalDate month) {
		long start = System.nanoTime();
		CalendarFilter filter = filter(month);
		calendar.choices(filter); // what the view's filters offer
		List<CadenceGap> gaps = calendar.gaps(filter);
		CalendarDays entries = calendar.days(filter, grid.linesPerDay());
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
			days.add(day);
		}
		grid.show(days, month, entries, gaps);
		grid.update(); // paints now
		return (System.nanoTime() - start) / 1e6;
	}

	private static CalendarFilter filter(LocalDate month) {
		LocalDate first = month.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		return CalendarFilter.days(first, last);
	}

	private static List<AgencyCalendar.Plan> plans(int clients, int perMonth) {
		Random random = new Random(42);
		List<AgencyCalendar.Plan> plans = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Client client = PlaybookFactory.eINSTANCE.createClient();
			client.setName("Client " + c);
			client.setIndustry(c % 3 == 0 ? "Retail" : c % 3 == 1 ? "Dental" : "B2B software");
			Strategy strategy = PlaybookFactory.eINSTANCE.createStrategy();
			strategy.setName("2026 plan");
			ContentPlan plan = PlaybookFactory.eINSTANCE.createContentPlan();
			strategy.setContentPlan(plan);
			List<Tactic> tactics = new ArrayList<>();
			for (Network network : NETWORKS) {
				Tactic tactic = PlaybookFactory.eINSTANCE.createTactic();
				tactic.setName(network.getLiteral() + " posts");
				tactic.setNetwork(network);
				tactic.setPostsPerWeek(4);
				strategy.getTactics().add(tactic);
				tactics.add(tactic);
			}
			for (int month = 1; month <= 12; month++) {
				for (int e = 0; e < perMonth; e++) {
					CalendarEntry entry = PlaybookFactory.eINSTANCE.createCalendarEntry();
					Tactic tactic = tactics.get(random.nextInt(tactics.size()));
					entry.setTitle("Post " + e + " of " + month);
					entry.setDate(Days.toDate(LocalDate.of(2026, month, 1 + random.nextInt(LocalDate.of(2026, month, 1).lengthOfMonth()))));
					entry.setTactic(tactic);
					entry.setNetwork(tactic.getNetwork());
					entry.setIntent(ContentIntent.HELPFUL);
					plan.getCalendarEntries().add(entry);
				}
			}
			plans.add(new AgencyCalendar.Plan(client, strategy));
		}
		return plans;
	}
}
