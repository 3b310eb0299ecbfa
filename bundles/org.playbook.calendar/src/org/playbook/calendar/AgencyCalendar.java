package org.playbook.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.playbook.audit.rules.NetworkPlan;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Client;
import org.playbook.model.ClientStatus;
import org.playbook.model.Strategy;

/**
 * The content calendar of a whole agency: the planned posts of every active client's
 * strategies that run in the days shown, how many fall on each day across clients, and the
 * gaps where a network's promise of posts a week is not kept. Read from the models as they
 * are when first asked (each strategy's entries indexed by day then); nothing here changes
 * them, and a changed model is read into a new calendar.
 */
public final class AgencyCalendar {
	private static final Comparator<ScheduledEntry> BY_DAY = Comparator.comparing(ScheduledEntry::day);

	/** One client's strategy. */
	public record Plan(Client client, Strategy strategy) {
	}

	private final List<Plan> plans;
	/** Each plan's entries by day, read on first use. */
	private final Map<Plan, PlanDays> byDay = new ConcurrentHashMap<>();

	private AgencyCalendar(List<Plan> plans) {
		// by client: the entries of a day then come out in the clients' order without comparing them again
		this.plans = plans.stream().sorted(Comparator.comparing((Plan plan) -> String.valueOf(plan.client().getName()), String.CASE_INSENSITIVE_ORDER)).toList();
	}

	private PlanDays days(Plan plan) {
		return byDay.computeIfAbsent(plan, p -> PlanDays.of(p.strategy()));
	}

	/** The calendar of these clients (their strategies as loaded with them). */
	public static AgencyCalendar of(Collection<Client> clients) {
		return new AgencyCalendar(clients.stream().flatMap(client -> client.getStrategies().stream().map(strategy -> new Plan(client, strategy))).toList());
	}

	/** The calendar of these strategies, each with its client (as the workbench reads them, one file each). */
	public static AgencyCalendar ofPlans(List<Plan> plans) {
		return new AgencyCalendar(plans);
	}

	/** The entries the filter shows, by day, then client, then title. */
	public List<ScheduledEntry> entries(CalendarFilter filter) {
		List<ScheduledEntry> shown = new ArrayList<>();
		for (Plan plan : shown(filter)) {
			days(plan).forEach(filter.from(), filter.to(), (entry, day) -> {
				if (filter.admitsEntry(entry)) {
					shown.add(new ScheduledEntry(plan.client(), plan.strategy(), entry, LocalDate.ofEpochDay(day)));
				}
			});
		}
		shown.sort(BY_DAY); // stable: within a day, the clients' order and each strategy's titles' order stay
		return shown;
	}

	/**
	 * The days the filter shows as a grid draws them: how many entries each day has and the
	 * first {@code perDay} of them (by client, then title). Only those get a record of their
	 * own: a month of 2,000 clients holds some 100,000 entries, of which a grid shows a few a day.
	 */
	public CalendarDays days(CalendarFilter filter, int perDay) {
		CalendarDays.Builder days = new CalendarDays.Builder(filter.from(), filter.to(), perDay);
		for (Plan plan : shown(filter)) {
			days(plan).forEach(filter.from(), filter.to(), (entry, day) -> {
				if (filter.admitsEntry(entry)) {
					days.add(plan.client(), plan.strategy(), entry, day);
				}
			});
		}
		return days.build();
	}

	/** What the days' entries offer to filter by: their clients, industries, networks, pillars and intents. */
	public CalendarChoices choices(CalendarFilter days) {
		CalendarChoices.Builder choices = new CalendarChoices.Builder();
		for (Plan plan : shown(days)) {
			days(plan).forEach(days.from(), days.to(), (entry, day) -> choices.add(plan.client(), entry));
		}
		return choices.build();
	}

	/** How many entries the filter shows on each day that has any, across clients: where a team's busy days are. */
	public static Map<LocalDate, Integer> load(List<ScheduledEntry> entries) {
		Map<LocalDate, Integer> perDay = new TreeMap<>();
		entries.forEach(entry -> perDay.merge(entry.day(), 1, Integer::sum));
		return perDay;
	}

	/**
	 * The gaps within the days shown: for each network a strategy's tactics post on (those the
	 * filter lets in), the runs of days longer than its posts a week allow without a planned
	 * post there. The posts just before and after the days shown count, so a gap that began
	 * before them is seen on its first day shown.
	 */
	public List<CadenceGap> gaps(CalendarFilter filter) {
		List<CadenceGap> gaps = new ArrayList<>();
		for (Plan shown : shown(filter)) {
			Strategy strategy = shown.strategy();
			LocalDate first = max(filter.from(), Days.of(strategy.getStartDate()));
			LocalDate last = min(filter.to(), Days.of(strategy.getEndDate()));
			for (NetworkPlan plan : NetworkPlan.of(strategy)) {
				if (plan.network() != null && plan.postsPerWeek() > 0 && (filter.networks().isEmpty() || filter.networks().contains(plan.network()))) {
					gaps.addAll(gaps(shown.client(), strategy, plan, days(shown).postDays(plan.network()), first, last));
				}
			}
		}
		gaps.sort(Comparator.comparing(CadenceGap::from)); // stable: within a day, the clients' order stays
		return gaps;
	}

	/** @param posts the epoch days of the network's entries, ascending */
	private static List<CadenceGap> gaps(Client client, Strategy strategy, NetworkPlan plan, long[] posts, LocalDate first, LocalDate last) {
		int allowed = (int) Math.ceil(7 / plan.postsPerWeek());
		long firstDay = first.toEpochDay(), lastDay = last.toEpochDay();
		int next = PlanDays.firstOnOrAfter(posts, firstDay);
		// the day before the first shown stands for "a post" when none came before: a gap is counted from the days shown
		long previous = next > 0 ? posts[next - 1] : firstDay - 1;
		List<CadenceGap> gaps = new ArrayList<>();
		for (;; next++) {
			long post = next < posts.length ? posts[next] : lastDay + 1; // no more posts: silent to the end of the days shown
			if (post - previous - 1 >= allowed) {
				long from = Math.max(previous + 1, firstDay), to = Math.min(post - 1, lastDay);
				if (to >= from) {
					gaps.add(new CadenceGap(client, strategy, plan.network(), plan.firstTactic(), plan.postsPerWeek(), allowed, LocalDate.ofEpochDay(from),
							LocalDate.ofEpochDay(to)));
				}
			}
			if (post > lastDay) {
				return gaps;
			}
			previous = post;
		}
	}

	/** The active clients' strategies that run on the day: those a new entry of that day can be for. */
	public List<Plan> plans(LocalDate day) {
		return shown(CalendarFilter.days(day, day));
	}

	/** The strategies of active clients the filter lets in that run during its days, each indexed by day. */
	private List<Plan> shown(CalendarFilter filter) {
		List<Plan> shown = plans.stream().filter(plan -> isActive(plan.client())
				&& filter.admitsClient(plan.client().getName(), plan.client().getIndustry()) && runsDuring(plan.strategy(), filter.from(), filter.to())).toList();
		if (shown.size() > 100 && shown.stream().anyMatch(plan -> !byDay.containsKey(plan))) {
			// a big agency's first look: indexing every strategy's dates is most of it, on every core (reading the models only)
			shown.parallelStream().forEach(this::days);
		}
		return shown;
	}

	private static boolean isActive(Client client) {
		return client.getStatus() == null || client.getStatus() == ClientStatus.ACTIVE;
	}

	/** Whether the strategy's dates (when it has them) overlap the days. */
	private static boolean runsDuring(Strategy strategy, LocalDate from, LocalDate to) {
		LocalDate start = Days.of(strategy.getStartDate()), end = Days.of(strategy.getEndDate());
		return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return b == null || a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return b == null || a.isBefore(b) ? a : b;
	}
}
