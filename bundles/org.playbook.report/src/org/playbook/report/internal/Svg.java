package org.playbook.report.internal;

import java.util.List;
import java.util.Locale;

import org.playbook.audit.export.Escaping;

/**
 * Horizontal bar charts as inline SVG: they print, scale and need no script or library in
 * the report. Each bar has a label, a value from 0 to its maximum and the value's text.
 */
final class Svg {
	record Bar(String label, double value, double max, String text) {
	}

	private static final int WIDTH = 520, ROW = 22, LABEL = 190;

	private Svg() {
	}

	static String bars(String title, List<Bar> bars) {
		int height = ROW * bars.size() + 8;
		StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\"><title>%s</title>",
				WIDTH, height, WIDTH, height, Escaping.html(title)));
		int y = 4;
		for (Bar bar : bars) {
			double share = bar.max() <= 0 ? 0 : Math.max(0, Math.min(1, bar.value() / bar.max()));
			int length = (int) Math.round(share * (WIDTH - LABEL - 60));
			svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>", y + 14, Escaping.html(bar.label())))
					.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" fill=\"%s\"/>", LABEL, y + 3, length, colour(share)))
					.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>", LABEL + length + 6, y + 14, Escaping.html(bar.text())));
			y += ROW;
		}
		return svg.append("</svg>").toString();
	}

	/** Red for low, amber for middling, green for good: readable in print as three greys too. */
	private static String colour(double share) {
		return share < 0.5 ? "#c0392b" : share < 0.8 ? "#d68910" : "#1e8449";
	}
}
