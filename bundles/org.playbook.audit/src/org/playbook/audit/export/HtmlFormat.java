package org.playbook.audit.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.playbook.audit.AgencyAudit;
import org.playbook.audit.AuditRule;
import org.playbook.audit.Citations;
import org.playbook.audit.Elements;
import org.playbook.audit.Finding;

/** A page a team lead reads: every strategy, worst first, with its findings and the practices they cite. All text is escaped. */
final class HtmlFormat implements AuditFormat {

	@Override
	public String id() {
		return "html";
	}

	@Override
	public void write(List<AgencyAudit.Result> results, List<AuditRule> rules, Citations citations, Writer out) throws IOException {
		out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Playbook audit</title><style>"
				+ "body{font-family:sans-serif;margin:2em;max-width:60em}h2{margin-top:2em}.score{float:right;font-size:1.4em}"
				+ ".error{color:#b00020}.warning{color:#a05a00}.info{color:#555}blockquote{margin:.3em 0 .6em 1.5em;color:#444}"
				+ "</style></head><body>\n<h1>Playbook audit</h1>\n<p>" + results.size() + " strategies, " + rules.size()
				+ " rules, worst first.</p>\n");
		for (AgencyAudit.Result result : results) {
			out.write("<h2>" + Escaping.html(result.client()) + " \u2014 " + Escaping.html(result.strategy()) + "<span class=\"score\">"
					+ result.report().scoreText() + "</span></h2>\n");
			if (result.report().findings().isEmpty()) {
				out.write("<p>Nothing found.</p>\n");
				continue;
			}
			out.write("<ul>\n");
			for (Finding finding : result.report().findings()) {
				out.write("<li class=\"" + finding.severity().label() + "\"><strong>" + finding.severity().label() + "</strong> "
						+ Escaping.html(finding.message()) + (finding.element() != null ? " <em>(" + Escaping.html(Elements.describe(finding.element())) + ")</em>" : "")
						+ (finding.line() > 0 ? " <em>(line " + finding.line() + ")</em>" : ""));
				for (Citations.Citation citation : citations.of(finding)) {
					out.write("<blockquote>" + Escaping.html(citation.text()) + "</blockquote>");
				}
				out.write("</li>\n");
			}
			out.write("</ul>\n");
		}
		out.write("</body></html>\n");
		out.flush();
	}
}
