package org.playbook.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
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
import org.playbook.branding.Brand;
import org.playbook.report.ChangesSinceReview;
import org.playbook.report.ReportExporter;
import org.playbook.report.StrategyReport;

/**
 * The client-facing report: one HTML file with its CSS, charts and logo inline, that prints
 * well (a page per strategy) in the brand of the agency or the client. Every text a
 * strategist or a post wrote is escaped. The PDF is this same page laid out on paper.
 */
public final class HtmlReportExporter implements ReportExporter {
	private static final String CSS = "body{font-family:Georgia,serif;margin:2em auto;max-width:48em;color:#222}"
			+ "h1{font-size:1.8em;margin-bottom:0}h2{border-bottom:1px solid #ccc;margin-top:1.6em}.client{color:#666}"
			+ ".score{font-size:2.4em;float:right}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3em;text-align:left;vertical-align:top}"
			+ ".error{color:#b00020}.warning{color:#a05a00}.info{color:#555}blockquote{margin:.2em 0 .6em 1.5em;color:#444;font-style:italic}"
			+ "header.brand{border-bottom:4px solid;padding-bottom:.4em;margin-bottom:1em}header.brand img{height:2.6em;vertical-align:middle;margin-right:.6em}"
			+ ".agency{font-size:1.1em;vertical-align:middle}.post-text{color:#555;font-size:.9em}.approval{white-space:nowrap}.comment{font-style:italic}"
			+ "dl.voice dt{font-weight:bold;margin-top:.4em}dl.voice dd{margin-left:1.5em}"
			+ "article{page-break-after:always}@page{size:A4;margin:16mm}@media print{body{margin:0}}" + BarChart.CSS;

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
		html.write(document(reports));
		html.flush();
	}

	/** The whole page: its style sheet, each brand's colours among it, and an article per strategy. */
	static String document(List<StrategyReport> reports) throws IOException {
		List<Brand> brands = reports.stream().map(StrategyReport::brand).distinct().toList();
		StringWriter html = new StringWriter();
		html.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Social media strategy</title><style>" + CSS);
		for (int i = 0; i < brands.size(); i++) {
			html.write(brandCss(".brand-" + i, brands.get(i)));
		}
		html.write("</style></head><body>\n");
		for (StrategyReport report : reports) {
			article(report, brands.indexOf(report.brand()), html);
		}
		html.write("</body></html>\n");
		return html.toString();
	}

	/** A brand's colours for what is inside the element the selector names; the colours were checked to be {@code #rrggbb}. */
	private static String brandCss(String scope, Brand brand) {
		return scope + " h1," + scope + " h2{color:" + brand.primary() + "}" + scope + " header.brand{border-color:" + brand.primary() + "}" + scope
				+ " h2{border-bottom-color:" + brand.accent() + "}" + scope + " .score{color:" + brand.accent() + "}";
	}

	private static void article(StrategyReport report, int brand, Writer html) throws IOException {
		html.write("<article class=\"brand-" + brand + "\">\n");
		brandHeader(report.brand(), html);
		html.write("<div class=\"score\" title=\"Health score\">" + report.score() + "<small>/100</small></div>");
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
		voice(report.voice(), html);
		changes(report, html);
		health(report, html);
		html.write("</article>\n");
	}

	private static void goals(StrategyReport report, Writer html) throws IOException {
		html.write("<h2>Goals and KPIs</h2><table class=\"goals\"><tr><th>Goal</th><th>KPI</th><th>Baseline</th><th>Target</th><th>Latest</th><th>By</th></tr>\n");
		List<BarChart.Bar> progress = new ArrayList<>();
		for (StrategyReport.GoalLine goal : report.goals()) {
			html.write("<tr><td>" + Escaping.html(goal.name()) + "</td><td>" + Escaping.html(goal.metric() == null ? "" : goal.metric()
					+ (goal.unit() == null ? "" : " (" + goal.unit() + ")")) + "</td><td>" + number(goal.baseline()) + "</td><td>" + number(goal.target())
					+ "</td><td>" + number(goal.latestActual()) + "</td><td>" + date(goal.deadline()) + "</td></tr>\n");
			if (goal.progress() != null) {
				progress.add(new BarChart.Bar(goal.name(), goal.progress(), 1, Math.round(goal.progress() * 100) + "% of the way"));
			}
		}
		html.write("</table>\n");
		if (!progress.isEmpty()) {
			html.write(BarChart.bars("Progress towards each goal's target", progress) + "\n");
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
		html.write(BarChart.bars("Planned content mix", List.of(new BarChart.Bar("Helpful", report.helpfulShare(), 100, report.helpfulShare() + "%"),
				new BarChart.Bar("Promotional", report.promotionalShare(), 100, report.promotionalShare() + "%"),
				new BarChart.Bar("Conversation and other", other, 100, other + "%"))) + "\n");
		if (!report.calendar().isEmpty()) {
			html.write("<table class=\"calendar\"><tr><th>Date</th><th>Post</th><th>Network</th><th>Intent</th><th>Client review</th></tr>\n");
			for (StrategyReport.CalendarLine entry : report.calendar()) {
				html.write("<tr><td>" + date(entry.date()) + "</td><td>" + Escaping.html(entry.title())
						+ (entry.text() == null || entry.text().isBlank() ? "" : "<div class=\"post-text\">" + Escaping.html(entry.text()) + "</div>") + "</td><td>"
						+ Escaping.html(entry.network()) + "</td><td>" + Escaping.html(entry.intent()) + "</td><td>" + review(entry) + "</td></tr>\n");
			}
			html.write("</table>\n");
		}
	}

	/** Where the client's review of a post stands: the state, who and when, and what they said. */
	private static String review(StrategyReport.CalendarLine entry) {
		StringBuilder review = new StringBuilder("<span class=\"approval\">").append(Escaping.html(entry.approval())).append("</span>");
		if (entry.reviewer() != null || entry.reviewedOn() != null) {
			review.append("<br><small>").append(Escaping.html(entry.reviewer() == null ? "" : entry.reviewer()))
					.append(entry.reviewer() != null && entry.reviewedOn() != null ? ", " : "").append(date(entry.reviewedOn())).append("</small>");
		}
		if (entry.reviewComment() != null && !entry.reviewComment().isBlank()) {
			review.append("<div class=\"comment\">").append(Escaping.html(entry.reviewComment())).append("</div>");
		}
		return review.toString();
	}

	/** The agency's (or the client's own) name and logo atop the strategy, when set. */
	private static void brandHeader(Brand brand, Writer html) throws IOException {
		if (brand.name() == null && brand.logo() == null) {
			return;
		}
		html.write("<header class=\"brand\">");
		if (brand.logo() != null) {
			html.write("<img class=\"logo\" src=\"" + brand.logo().dataUri() + "\" alt=\"" + Escaping.html(brand.name() == null ? "logo" : brand.name()) + "\">");
		}
		if (brand.name() != null) {
			html.write("<span class=\"agency\">" + Escaping.html(brand.name()) + "</span>");
		}
		html.write("</header>\n");
	}

	/** The brand voice guide the posts are checked against, when one is written. */
	private static void voice(StrategyReport.VoiceGuide voice, Writer html) throws IOException {
		if (voice == null) {
			return;
		}
		html.write("<h3>Brand voice</h3><dl class=\"voice\">");
		definition("Tone", voice.tone(), html);
		definition("Words and phrases to use", voice.wordsToUse().isEmpty() ? null : String.join(", ", voice.wordsToUse()), html);
		definition("Words never to use", voice.wordsToAvoid().isEmpty() ? null : String.join(", ", voice.wordsToAvoid()), html);
		if (voice.samplePost() != null && !voice.samplePost().isBlank()) {
			html.write("<dt>A post in the voice</dt><dd><blockquote class=\"sample\">" + Escaping.html(voice.samplePost()) + "</blockquote></dd>");
		}
		definition("Notes", voice.notes(), html);
		html.write("</dl>\n");
	}

	private static void definition(String term, String value, Writer html) throws IOException {
		if (value != null && !value.isBlank()) {
			html.write("<dt>" + term + "</dt><dd>" + Escaping.html(value) + "</dd>");
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
		List<BarChart.Bar> sections = new ArrayList<>();
		for (Map.Entry<Section, Integer> section : report.sectionScores().entrySet()) {
			if (section.getKey() != Section.FILE) {
				sections.add(new BarChart.Bar(section.getKey().label(), section.getValue(), 100, String.valueOf(section.getValue())));
			}
		}
		html.write(BarChart.bars("Health score by section", sections) + "\n<ul class=\"findings\">\n");
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
