package org.playbook.audit.export;

/**
 * Text a strategist or a post wrote, made safe for the formats reports are written in: HTML
 * (content and quoted attributes) and CSV cells (RFC 4180 quoting; a cell a spreadsheet would
 * run as a formula, starting with =, +, - or @, gets an apostrophe first).
 */
public final class Escaping {
	private Escaping() {
	}

	public static String html(Object value) {
		if (value == null) {
			return "";
		}
		String text = String.valueOf(value);
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	public static String csvCell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
