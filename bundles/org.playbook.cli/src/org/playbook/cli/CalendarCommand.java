package org.playbook.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.playbook.calendar.AgencyCalendar;
import org.playbook.calendar.CadenceGap;
import org.playbook.calendar.CalendarExport;
import org.playbook.calendar.CalendarFilter;
import org.playbook.calendar.ScheduledEntry;
import org.playbook.model.ApprovalState;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.AtomicFileWriter;

/** playbook calendar [WORKSPACE] [--from DATE] [--to DATE] [--client NAME] [--approval STATE] [--format ics|csv|json] [--out FILE] */
final class CalendarCommand implements Command {
	private static final List<String> FORMATS = List.of("ics", "csv", "json");

	@Override
	public String name() {
		return "calendar";
	}

	@Override
	public String summary() {
		return "the content calendar of every client: what goes out, for whom, and where the gaps are";
	}

	@Override
	public String usage() {
		return "[WORKSPACE] [--from DATE] [--to DATE] [--client NAME] [--approval STATE] [--format ics|csv|json] [--out FILE]";
	}

	@Override
	public String description() {
		return """
				Lists the planned posts of every active client's strategies from --from to --to
				(dates as 2026-03-02; both included; by default the current month, or the month
				from --from), by day, with how many go out each day across clients and the gaps:
				the days a network goes longer without a planned post than its tactics' posts a
				week allow (the audit's content.cadence rule).

				  --client NAME   only this client's entries and gaps
				  --approval S    only the entries whose client review stands so: draft, in-review,
				                  approved or changes-requested (a comma between several)
				  --format ics    iCalendar, one all-day event an entry, for the agency's calendar
				                  apps (an entry keeps its UID when moved, so a re-import updates)
				  --format csv    one row an entry, for spreadsheets (cells that would run as
				                  formulas stay text)
				  --format json   the entries, the gaps and the posts per day
				  --out FILE      write the export to FILE instead of the terminal

				Exit codes: 0 done, 2 a wrong argument (a date that is not one, --to before
				--from, an unknown client, review state or format).
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("calendar --from 2026-03-01 --to 2026-03-31", "calendar --from 2026-03-01 --to 2026-03-31 --client \"Northwind Dental Group\" --format csv",
				"calendar --from 2026-03-01 --format ics --out march.ics",
				"calendar --from 2026-03-01 --approval in-review,changes-requested");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of("from", "to", "client", "approval", "format", "out"));
		Path folder = arguments.workspaceFolder(workspace, "calendar");
		String format = arguments.option("format");
		if (format != null && !FORMATS.contains(format)) {
			throw new Arguments.UsageException("unknown format '" + format + "'; use one of " + String.join(", ", FORMATS));
		}
		if (arguments.option("out") != null && format == null) {
			throw new Arguments.UsageException("--out needs a --format");
		}
		LocalDate from = arguments.date("from");
		LocalDate to = arguments.date("to");
		if (from == null) {
			from = (to != null ? to : LocalDate.now()).withDayOfMonth(1);
		}
		if (to == null) {
			to = from.plusMonths(1).minusDays(1);
		}
		if (to.isBefore(from)) {
			throw new Arguments.UsageException("--to " + to + " is before --from " + from);
		}
		Agency agency = new AgencyLoader().load(folder);
		for (Diagnostic problem : agency.getProblems()) {
			err.println(Help.launcher() + " calendar: " + Terminal.safe(problem.getMessage()) + " (left out)");
		}
		CalendarFilter filter = CalendarFilter.days(from, to);
		String client = arguments.option("client");
		if (client != null) {
			if (agency.findClient(client) == null) {
				throw new Arguments.UsageException("no client named '" + client + "' in " + folder);
			}
			filter = filter.withClients(Set.of(client));
		}
		if (arguments.option("approval") != null) {
			filter = filter.withApprovals(approvals(arguments.option("approval")));
		}
		AgencyCalendar calendar = AgencyCalendar.of(agency.getClients());
		List<ScheduledEntry> entries = calendar.entries(filter);
		List<CadenceGap> gaps = calendar.gaps(filter);
		if (format == null) {
			print(entries, gaps, from, to, out);
			return OK;
		}
		StringWriter text = new StringWriter();
		write(format, entries, gaps, text);
		if (arguments.option("out") == null) {
			Writer console = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			console.write(text.toString());
			console.flush();
		} else {
			new AtomicFileWriter().replace(Arguments.path(arguments.option("out")), text.toString().getBytes(StandardCharsets.UTF_8));
			out.println("Wrote " + Arguments.count(entries.size(), "entry", "entries") + " from " + from + " to " + to + " as " + format + " to "
					+ arguments.option("out") + ".");
		}
		return OK;
	}

	/** The review states named, as the help writes them ("in-review") or as the model does ("inReview"). */
	private static Set<ApprovalState> approvals(String names) throws Arguments.UsageException {
		Set<ApprovalState> states = EnumSet.noneOf(ApprovalState.class);
		for (String name : names.split(",")) {
			String key = name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
			ApprovalState state = ApprovalState.VALUES.stream().filter(s -> s.getLiteral().toLowerCase(Locale.ROOT).equals(key)).findFirst().orElse(null);
			if (state == null) {
				throw new Arguments.UsageException("unknown review state '" + name.strip() + "'; use draft, in-review, approved or changes-requested");
			}
			states.add(state);
		}
		return states;
	}

	private static void write(String format, List<ScheduledEntry> entries, List<CadenceGap> gaps, Writer text) throws java.io.IOException {
		switch (format) {
			case "ics" -> CalendarExport.ics(entries, text);
			case "csv" -> CalendarExport.csv(entries, text);
			default -> CalendarExport.json(entries, gaps, text);
		}
	}

	private static void print(List<ScheduledEntry> entries, List<CadenceGap> gaps, LocalDate from, LocalDate to, PrintStream out) {
		Map<LocalDate, Integer> perDay = AgencyCalendar.load(entries);
		out.println(Arguments.count(entries.size(), "entry", "entries") + " from " + from + " to " + to + ", "
				+ Arguments.count(entries.stream().map(ScheduledEntry::clientName).distinct().count(), "client", "clients") + ".");
		LocalDate shown = null;
		for (ScheduledEntry entry : entries) {
			if (!entry.day().equals(shown)) {
				shown = entry.day();
				out.println(shown + " " + shown.getDayOfWeek().toString().substring(0, 3).toLowerCase(java.util.Locale.ROOT) + "  ("
						+ Arguments.count(perDay.get(shown), "post", "posts") + ")");
			}
			out.println("  " + Terminal.safe(entry.clientName()) + "  " + (entry.network() == null ? "-" : entry.network().getLiteral()) + "  "
					+ Terminal.safe(entry.title()) + (entry.approval() == ApprovalState.DRAFT ? "" : "  [" + entry.approval().getLiteral() + "]"));
		}
		if (!gaps.isEmpty()) {
			out.println("Gaps (" + CadenceGap.RULE + "):");
			gaps.forEach(gap -> out.println("  " + Terminal.safe(gap.message())));
		}
	}
}
