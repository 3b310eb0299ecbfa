package org.playbook.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.playbook.audit.export.Escaping;
import org.playbook.report.ReportExporter;
import org.playbook.report.StrategyReport;

/**
 * The report as one CSV table a spreadsheet opens: a row per fact (client, strategy, part,
 * item, field, value). Cells are quoted as RFC 4180 says; a cell a spreadsheet would run as
 * a formula is prefixed with an apostrophe. UTF-8 with a byte order mark, so spreadsheets
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
		row(csv, HEADER);
		for (StrategyReport r : reports) {
			row(csv, List.of(r.client(), r.strategy(), "strategy", "", "score", String.valueOf(r.score())));
			row(csv, List.of(r.client(), r.strategy(), "strategy", "", "why", nullToEmpty(r.why())));
			for (StrategyReport.GoalLine goal : r.goals()) {
				row(csv, List.of(r.client(), r.strategy(), "goal", goal.name(), "metric", nullToEmpty(goal.metric())));
				row(csv, List.of(r.client(), r.strategy(), "goal", goal.name(), "target", goal.target() == null ? "" : String.valueOf(goal.target())));
				row(csv, List.of(r.client(), r.strategy(), "goal", goal.name(), "latest", goal.latestActual() == null ? "" : String.valueOf(goal.latestActual())));
			}
			for (StrategyReport.TacticLine tactic : r.tactics()) {
				row(csv, List.of(r.client(), r.strategy(), "tactic", tactic.name(), "network", tactic.network()));
				row(csv, List.of(r.client(), r.strategy(), "tactic", tactic.name(), "serves", String.join("; ", tactic.goals())));
			}
			row(csv, List.of(r.client(), r.strategy(), "content", "", "helpful share", String.valueOf(r.helpfulShare())));
			row(csv, List.of(r.client(), r.strategy(), "content", "", "promotional share", String.valueOf(r.promotionalShare())));
			for (StrategyReport.FindingLine finding : r.findings()) {
				row(csv, List.of(r.client(), r.strategy(), "finding", finding.section(), finding.severity(), finding.message()));
			}
		}
		csv.flush();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static void row(Writer out, List<String> cells) throws IOException {
		out.write(cells.stream().map(Escaping::csvCell).collect(Collectors.joining(",")));
		out.write("\r\n");
	}
}
