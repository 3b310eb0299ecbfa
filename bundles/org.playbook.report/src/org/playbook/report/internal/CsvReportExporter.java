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
 * item, field, value), written as {@link SpreadsheetCsv}. UTF-8 with a byte order mark, so spreadsheets
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
			rows.row(List.of(r.client(), r.strategy(), "strategy", "", "score", String.valueOf(r.score())));
			rows.row(List.of(r.client(), r.strategy(), "strategy", "", "why", nullToEmpty(r.why())));
			for (StrategyReport.GoalLine goal : r.goals()) {
				rows.row(List.of(r.client(), r.strategy(), "goal", goal.name(), "metric", nullToEmpty(goal.metric())));
				rows.row(List.of(r.client(), r.strategy(), "goal", goal.name(), "target", goal.target() == null ? "" : String.valueOf(goal.target())));
				rows.row(List.of(r.client(), r.strategy(), "goal", goal.name(), "latest", goal.latestActual() == null ? "" : String.valueOf(goal.latestActual())));
			}
			for (StrategyReport.TacticLine tactic : r.tactics()) {
				rows.row(List.of(r.client(), r.strategy(), "tactic", tactic.name(), "network", tactic.network()));
				rows.row(List.of(r.client(), r.strategy(), "tactic", tactic.name(), "serves", String.join("; ", tactic.goals())));
			}
			rows.row(List.of(r.client(), r.strategy(), "content", "", "helpful share", String.valueOf(r.helpfulShare())));
			rows.row(List.of(r.client(), r.strategy(), "content", "", "promotional share", String.valueOf(r.promotionalShare())));
			for (StrategyReport.FindingLine finding : r.findings()) {
				rows.row(List.of(r.client(), r.strategy(), "finding", finding.section(), finding.severity(), finding.message()));
			}
		}
		rows.flush();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
