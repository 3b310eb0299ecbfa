package org.playbook.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.playbook.audit.export.SpreadsheetCsv;
import org.playbook.report.ReportExporter;
import org.playbook.report.StrategyReport;

/**
 * The report as one CSV table a spreadsheet opens: a row per fact (client, strategy, part,
 * item, field, value) of everything the HTML and JSON reports hold, calendar included,
 * written as {@link SpreadsheetCsv}. UTF-8 with a byte order mark, so spreadsheets
 * read accents and non-Latin text right.
 */
public final class CsvReportExporter implements ReportExporter {
	static final List<String> HEADER = List.of("client", "strategy", "part", "item", "field", "value");

	@Override
	public String id() {
		return "csv";
	}

	@Override
	public String label() {
		return "CSV (for spreadsheets)";
	}

	@Override
	public String fileExtension() {
		return "csv";
	}

	@Override
	public void export(List<StrategyReport> reports, OutputStream out) throws IOException {
		Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		csv.write('\ufeff');
		SpreadsheetCsv rows = new SpreadsheetCsv(csv);
		rows.row(HEADER);
		for (StrategyReport r : reports) {
			Facts facts = new Facts(rows, r);
			facts.add("strategy", "", "score", r.score());
			facts.add("strategy", "", "why", r.why());
			facts.add("strategy", "", "positioning", r.positioning());
			for (var section : r.sectionScores().entrySet()) {
				facts.add("section", section.getKey().label(), "score", section.getValue());
			}
			for (StrategyReport.GoalLine goal : r.goals()) {
				facts.add("goal", goal.name(), "metric", goal.metric());
				facts.add("goal", goal.name(), "unit", goal.unit());
				facts.add("goal", goal.name(), "baseline", goal.baseline());
				facts.add("goal", goal.name(), "target", goal.target());
				facts.add("goal", goal.name(), "deadline", day(goal.deadline()));
				facts.add("goal", goal.name(), "latest", goal.latestActual());
			}
			for (StrategyReport.TacticLine tactic : r.tactics()) {
				facts.add("tactic", tactic.name(), "network", tactic.network());
				facts.add("tactic", tactic.name(), "posts a week", tactic.postsPerWeek());
				facts.add("tactic", tactic.name(), "primary", tactic.primary() ? "yes" : "no");
				facts.add("tactic", tactic.name(), "serves", String.join("; ", tactic.goals()));
			}
			facts.add("content", "", "helpful share", r.helpfulShare());
			facts.add("content", "", "promotional share", r.promotionalShare());
			for (StrategyReport.CalendarLine entry : r.calendar()) {
				facts.add("calendar", entry.title(), "date", day(entry.date()));
				facts.add("calendar", entry.title(), "network", entry.network());
				facts.add("calendar", entry.title(), "intent", entry.intent());
				facts.add("calendar", entry.title(), "text", entry.text());
				facts.add("calendar", entry.title(), "approval", entry.approval());
				facts.add("calendar", entry.title(), "reviewer", entry.reviewer());
				facts.add("calendar", entry.title(), "reviewed on", day(entry.reviewedOn()));
				facts.add("calendar", entry.title(), "review comment", entry.reviewComment());
			}
			if (r.changesSinceReview() != null) {
				facts.add("changes since review", r.changesSinceReview().revision(), "since", day(r.changesSinceReview().since()));
				for (String change : r.changesSinceReview().changes()) {
					facts.add("changes since review", r.changesSinceReview().revision(), "change", change);
				}
			}
			facts.add("governance", "", "voice owner", r.voiceOwner());
			facts.add("governance", "", "review cadence", r.reviewCadence());
			if (r.voice() != null) {
				facts.add("brand voice", "", "tone", r.voice().tone());
				facts.add("brand voice", "", "words to use", String.join("; ", r.voice().wordsToUse()));
				facts.add("brand voice", "", "words never to use", String.join("; ", r.voice().wordsToAvoid()));
				facts.add("brand voice", "", "sample post", r.voice().samplePost());
				facts.add("brand voice", "", "notes", r.voice().notes());
			}
			for (StrategyReport.FindingLine finding : r.findings()) {
				facts.add("finding", finding.section(), finding.severity(), finding.message());
			}
		}
		rows.flush();
	}

	/** The rows of one strategy: client and strategy, then part, item, field and value. */
	private record Facts(SpreadsheetCsv rows, StrategyReport report) {
		void add(String part, String item, String field, Object value) throws IOException {
			String text = value == null ? "" : value instanceof Double number && number == Math.rint(number) ? String.valueOf(number.longValue())
					: String.valueOf(value);
			rows.row(List.of(report.client(), report.strategy(), part, item == null ? "" : item, field, text));
		}
	}

	private static String day(java.util.Date date) {
		return date == null ? null : date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
	}
}
