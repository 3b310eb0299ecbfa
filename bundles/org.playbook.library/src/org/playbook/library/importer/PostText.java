package org.playbook.library.importer;

/**
 * A post's text made fit to keep: characters no file of the library can hold (control
 * characters but tab and line end, the non-characters U+FFFE and U+FFFF, halves of a
 * surrogate pair alone) are removed when a post is read, so that a post the dry run
 * accepts is one the import can store.
 */
public final class PostText {
	private PostText() {
	}

	public static String clean(String text) {
		if (text == null || firstUnstorable(text) < 0) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			int width = storableWidth(text, i);
			if (width > 0) {
				clean.append(text, i, i + width);
				i += width - 1;
			}
		}
		return clean.toString();
	}

	/** The index of the first character that {@link #clean} would remove, or -1. */
	public static int firstUnstorable(String text) {
		for (int i = 0; i < text.length(); i++) {
			int width = storableWidth(text, i);
			if (width == 0) {
				return i;
			}
			i += width - 1;
		}
		return -1;
	}

	/** 1 or 2 (a whole surrogate pair) for a character to keep at i, 0 for one to remove. */
	private static int storableWidth(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 0;
		}
		boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
		return control || Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' ? 0 : 1;
	}
}
