package org.playbook.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.playbook.report.ReportExporter;
import org.playbook.report.StrategyReport;

/** An agency's own report format: a Markdown summary to paste into a client email or a wiki. */
public class MarkdownReportExporter implements ReportExporter {

	@Override
	public String id() {
		return "markdown";
	}

	@Override
	public String label() {
		return "Markdown summary (for an email or a wiki)";
	}

	@Override
	public String fileExtension() {
		return "md";
	}

	@Override
	public void export(List<StrategyReport> reports, OutputStream out) throws IOException {
		Writer md = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		for (StrategyReport report : reports) {
			md.write("# " + plain(report.strategy()) + " (" + plain(report.client()) + ")\n\n");
			md.write("Health: **" + report.score() + "/100**\n\n");
			md.write("## Why\n\n" + (report.why() == null ? "_Not written yet._" : plain(report.why())) + "\n\n## Goals\n\n");
			for (StrategyReport.GoalLine goal : report.goals()) {
				md.write("- " + plain(goal.name()) + (goal.target() == null ? "" : ": target " + goal.target()) + "\n");
			}
			md.write("\n## To fix first\n\n");
			for (StrategyReport.FindingLine finding : report.findings().stream().limit(5).toList()) {
				md.write("- " + finding.severity() + ": " + plain(finding.message()) + "\n");
			}
			md.write("\n");
		}
		md.flush();
	}

	/** Markdown's own characters in names and messages are shown, not read as markup. */
	static String plain(String text) {
		return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]#<>|])", "\\\\$1");
	}
}
