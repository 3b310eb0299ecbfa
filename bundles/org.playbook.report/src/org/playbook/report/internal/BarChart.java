package org.playbook.report.internal;

import java.util.List;
import java.util.Locale;

import org.playbook.audit.export.Escaping;

/**
 * Horizontal bar charts as a plain HTML table whose bars are blocks as wide as their share:
 * they need no script, image or library, print from a browser, and come out the same in the
 * PDF, whose renderer lays out HTML and CSS but draws no SVG. Each bar has a label, a value
 * from 0 to its maximum and the value's text, which says the figure in words as well.
 */
final class BarChart {
	record Bar(String label, double value, double max, String text) {
	}

	/** The chart's rules, for the report's style sheet. */
	static final String CSS = "table.chart{width:100%;margin:.6em 0 1em;border-collapse:collapse}table.chart caption{text-align:left;font-style:italic;color:#555}"
			+ "table.chart th{width:36%;font-weight:normal;border:0;padding:.15em .3em}table.chart td{border:0;padding:.15em .3em}"
			+ "table.chart td.track{width:48%;background-color:#f2f2f2;padding:0}table.chart td.value{width:16%;font-size:.9em}"
			+ ".bar{height:.9em;-webkit-print-color-adjust:exact;print-color-adjust:exact}";

	private BarChart() {
	}

	static String bars(String title, List<Bar> bars) {
		StringBuilder chart = new StringBuilder("<table class=\"chart\"><caption>").append(Escaping.html(title)).append("</caption>");
		for (Bar bar : bars) {
			double share = bar.max() <= 0 ? 0 : Math.max(0, Math.min(1, bar.value() / bar.max()));
			chart.append("<tr><th>").append(Escaping.html(bar.label())).append("</th><td class=\"track\">")
					.append(String.format(Locale.ROOT, "<div class=\"bar\" style=\"width:%.1f%%;background-color:%s\"></div>", share * 100, colour(share)))
					.append("</td><td class=\"value\">").append(Escaping.html(bar.text())).append("</td></tr>");
		}
		return chart.append("</table>").toString();
	}

	/** Red for low, amber for middling, green for good: readable in print as three greys too. */
	static String colour(double share) {
		return share < 0.5 ? "#c0392b" : share < 0.8 ? "#d68910" : "#1e8449";
	}
}
