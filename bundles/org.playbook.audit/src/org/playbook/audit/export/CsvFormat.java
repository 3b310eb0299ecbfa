package org.playbook.audit.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import org.playbook.audit.AgencyAudit;
import org.playbook.audit.AuditRule;
import org.playbook.audit.Citations;
import org.playbook.audit.Elements;
import org.playbook.audit.Finding;

/**
 * One row per finding (a strategy with none gets one row with its score), written as
 * {@link SpreadsheetCsv}.
 */
final class CsvFormat implements AuditFormat {
	static final List<String> HEADER = List.of("client", "strategy", "file", "score", "rule", "severity", "section", "message", "element",
			"line", "practices");

	@Override
	public String id() {
		return "csv";
	}

	@Override
	public void write(List<AgencyAudit.Result> results, List<AuditRule> rules, Citations citations, Writer out) throws IOException {
		SpreadsheetCsv csv = new SpreadsheetCsv(out);
		csv.row(HEADER);
		for (AgencyAudit.Result result : results) {
			List<String> strategy = List.of(result.client(), result.strategy(), String.valueOf(result.file()), result.report().isReadable() ? String.valueOf(result.report().score()) : "");
			if (result.report().findings().isEmpty()) {
				csv.row(concat(strategy, List.of("", "", "", "", "", "", "")));
			}
			for (Finding finding : result.report().findings()) {
				csv.row(concat(strategy, List.of(finding.ruleId(), finding.severity().label(), finding.section().label(), finding.message(),
						Elements.describe(finding.element()), finding.line() > 0 ? String.valueOf(finding.line()) : "",
						citations.of(finding).stream().map(Citations.Citation::text).collect(Collectors.joining(" | ")))));
			}
		}
		csv.flush();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}
}
