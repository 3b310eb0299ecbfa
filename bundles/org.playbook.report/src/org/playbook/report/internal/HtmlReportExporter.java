package org.playbook.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;


import org.playbook.audit.Citations;
import org.playbook.audit.Section;
import org.playbook.audit.export.Escaping;
import org.playbook.report.ChangesSinceReview;
import org.playbook.report.ReportExporter;
import org.playbook.report.StrategyReport;

/**
 * The client-facing report: one HTML file with its CSS and SVG charts inline, that prints
 * well (a page per strategy). Every text a strategist or a post wrote is escaped.
 */
public final class HtmlReportExporter implements ReportExporter {
	private static final String CSS = "body{font-family:Georgia,serif;margin:2em auto;max-width:48em;color:#222}"
			+ "h1{font-size:1.8em;margin-bottom:0}h2{border-bottom:1px solid #ccc;margin-top:1.6em}.client{color:#666}"
			+ ".score{font-size:2.4em;float:right}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3em;text-align:left}"
			+ ".error{color:#b00020}.warning{color:#a05a00}.info{color:#555}blockquote{margin:.2em 0 .6em 1.5em;color:#444;font-style:italic}"
			+ "article{page-break-after:always}@media print{body{margin:0}.chart{max-width:100%}}";

	@Override
	public String id() {
		return "html";
	}

	@Override
	public String label() {
		return "HTML report (one file, with charts)";
	}

	@Override
	public String fileExtension() {
		return "html";
	}

	@Override
	public void export(List<StrategyReport> reports, OutputStream out) throws IOException {
		Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		html.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Social media strategy</title><style>" + CSS
				+ "</style></head><body>\n");
		for (StrategyReport report : reports) {
			article(report, html);
		}
		html.write("</body></html>\n");
		html.flush();
	}

	private static void article(StrategyReport report, Writer html) throws IOException {
		html.write("<article>\n<div class=\"score\" title=\"Health score\">" + report.score() + "<small>/100</small></div>");
		html.write("<h1>" + Escaping.html(report.strategy()) + "</h1><p class=\"client\">" + Escaping.html(report.client()) + "</p>\n");
		html.write("<h2>Why</h2><p class=\"why\">" + (report.why() == null ? "<em>Not written yet.</em>" : Escaping.html(report.why())) + "</p>\n");
		if (report.positioning() != null) {
			html.write("<p class=\"positioning\">" + Escaping.html(report.positioning()) + "</p>\n");
		}
		goals(report, html);
		tactics(report, html);
		content(report, html);
		html.write("<h2>Governance</h2><p>The brand voice is owned by " + (report.voiceOwner() == null ? "<em>nobody yet</em>" : Escaping.html(report.voiceOwner()))
				+ ". Review: " + (report.reviewCadence() == null ? "<em>none planned</em>" : Escaping.html(report.reviewCadence())) + ".</p>\n");
		changes(report, html);
		health(report, html);
		html.write("</article>\n");
	}

	private static void goals(StrategyReport report, Writer html) throws IOException {
		html.write("<h2>Goals and KPIs</h2><table class=\"goals\"><tr><th>Goal</th><th>KPI</th><th>Baseline</th><th>Target</th><th>Latest</th><th>By</th></tr>\n");
		List<Svg.Bar> progress = new ArrayList<>();
		for (StrategyReport.GoalLine goal : report.goals()) {
			html.write("<tr><td>" + Escaping.html(goal.name()) + "</td><td>" + Escaping.html(goal.metric() == null ? "" : goal.metric()
					+ (goal.unit() == null ? "" : " (" + goal.unit() + ")")) + "</td><td>" + number(goal.baseline()) + "</td><td>" + number(goal.target())
					+ "</td><td>" + number(goal.latestActual()) + "</td><td>" + date(goal.deadline()) + "</td></tr>\n");
			if (goal.progress() != null) {
				progress.add(new Svg.Bar(goal.name(), goal.progress(), 1, Math.round(goal.progress() * 100) + "% of the way"));
			}
		}
		html.write("</table>\n");
		if (!progress.isEmpty()) {
			html.write(Svg.bars("Progress towards each goal's target", progress) + "\n");
		}
	}

	private static void tactics(StrategyReport report, Writer html) throws IOException {
		html.write("<h2>Tactics</h2><table class=\"tactics\"><tr><th>Tactic</th><th>Network</th><th>Posts a week</th><th>Serves</th></tr>\n");
		for (StrategyReport.TacticLine tactic : report.tactics()) {
			html.write("<tr><td>" + Escaping.html(tactic.name()) + (tactic.primary() ? " <strong>(primary)</strong>" : "") + "</td><td>"
					+ Escaping.html(tactic.network()) + "</td><td>" + number(tactic.postsPerWeek()) + "</td><td>"
					+ (tactic.goals().isEmpty() ? "<em>no goal</em>" : Escaping.html(String.join(", ", tactic.goals()))) + "</td></tr>\n");
		}
		html.write("</table>\n");
	}

	private static void content(StrategyReport report, Writer html) throws IOException {
		html.write("<h2>Content</h2>\n");
		int other = Math.max(0, 100 - report.helpfulShare() - report.promotionalShare());
		html.write(Svg.bars("Planned content mix", List.of(new Svg.Bar("Helpful", report.helpfulShare(), 100, report.helpfulShare() + "%"),
				new Svg.Bar("Promotional", report.promotionalShare(), 100, report.promotionalShare() + "%"),
				new Svg.Bar("Conversation and other", other, 100, other + "%"))) + "\n");
		if (!report.calendar().isEmpty()) {
			html.write("<table class=\"calendar\"><tr><th>Date</th><th>Post</th><th>Network</th><th>Intent</th></tr>\n");
			for (StrategyReport.CalendarLine entry : report.calendar()) {
				html.write("<tr><td>" + date(entry.date()) + "</td><td>" + Escaping.html(entry.title()) + "</td><td>" + Escaping.html(entry.network())
						+ "</td><td>" + Escaping.html(entry.intent()) + "</td></tr>\n");
			}
			html.write("</table>\n");
		}
	}

	private static void changes(StrategyReport report, Writer html) throws IOException {
		ChangesSinceReview changes = report.changesSinceReview();
		if (changes == null) {
			return;
		}
		html.write("<h2>What changed since the last review</h2>\n<p>Since " + date(changes.since()) + " (revision " + Escaping.html(changes.revision())
				+ ")" + (changes.changes().isEmpty() ? ": nothing." : ":") + "</p>\n");
		if (!changes.changes().isEmpty()) {
			html.write("<ul class=\"changes\">\n");
			for (String change : changes.changes()) {
				html.write("<li>" + Escaping.html(change) + "</li>\n");
			}
			html.write("</ul>\n");
		}
	}

	private static void health(StrategyReport report, Writer html) throws IOException {
		html.write("<h2>Health: " + report.score() + "/100</h2>\n");
		List<Svg.Bar> sections = new ArrayList<>();
		for (Map.Entry<Section, Integer> section : report.sectionScores().entrySet()) {
			if (section.getKey() != Section.FILE) {
				sections.add(new Svg.Bar(section.getKey().label(), section.getValue(), 100, String.valueOf(section.getValue())));
			}
		}
		html.write(Svg.bars("Health score by section", sections) + "\n<ul class=\"findings\">\n");
		for (StrategyReport.FindingLine finding : report.findings()) {
			html.write("<li class=\"" + Escaping.html(finding.severity()) + "\"><strong>" + Escaping.html(finding.severity()) + "</strong> "
					+ Escaping.html(finding.message()));
			for (Citations.Citation citation : finding.citations()) {
				html.write("<blockquote>" + Escaping.html(citation.text()) + "</blockquote>");
			}
			html.write("</li>\n");
		}
		html.write("</ul>\n");
	}

	private static String number(Double value) {
		return value == null ? "" : value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
	}

	private static String date(Date date) {
		return date == null ? "" : new SimpleDateFormat("yyyy-MM-dd").format(date);
	}
}
