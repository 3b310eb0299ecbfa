package org.playbook.cli;

/**
 * Text from files (a post's title, a file name, a CSV cell) made safe to print on a terminal:
 * control characters, which could move the cursor, change colours or retitle the window,
 * are shown as escapes instead of being sent.
 */
final class Terminal {
	private Terminal() {
	}

	static String safe(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder safe = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = Character.isISOControl(c) && c != '\n' && c != '\t' || c == '\u2028' || c == '\u2029'
					|| c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
			if (control && safe == null) {
				safe = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (safe != null) {
				safe.append(control ? String.format("\\u%04X", (int) c) : String.valueOf(c));
			}
		}
		return safe == null ? text : safe.toString();
	}
}
