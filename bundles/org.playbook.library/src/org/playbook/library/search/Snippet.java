package org.playbook.library.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A snippet as every engine gives it: plain text, its runs of white space made one space, and
 * where it shows the words that matched, as character offsets into that text (never markup,
 * so a post about HTML shows its tags as text and a view styles the marks as it likes).
 */
public record Snippet(String text, List<Hit.Mark> marks) {

	public Snippet {
		marks = List.copyOf(marks);
	}

	/** Text without marks (a summary shown where nothing matched). */
	public static Snippet plain(String text) {
		return new Builder().append(text).build();
	}

	/** The text with each mark wrapped, e.g. in "*" for a terminal. */
	public String marked(String before, String after) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (Hit.Mark mark : marks) {
			out.append(text, at, mark.start()).append(before).append(text, mark.start(), mark.end()).append(after);
			at = mark.end();
		}
		return out.append(text.substring(at)).toString();
	}

	/** Builds a snippet piece by piece, white space made single spaces as it comes. */
	public static final class Builder {
		private final StringBuilder text = new StringBuilder();
		private final List<Hit.Mark> marks = new ArrayList<>();

		public Builder append(CharSequence plain) {
			if (plain != null) {
				for (int i = 0; i < plain.length(); i++) {
					char c = plain.charAt(i);
					if (Character.isWhitespace(c)) {
						if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
							text.append(' ');
						}
					} else {
						text.append(c);
					}
				}
			}
			return this;
		}

		/** Appends words that matched: a mark, joined to the one before it when nothing stands between. */
		public Builder appendMarked(CharSequence matched) {
			int start = text.length();
			append(matched);
			if (text.length() > start) {
				Hit.Mark last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
				if (last != null && last.end() == start) {
					marks.set(marks.size() - 1, new Hit.Mark(last.start(), text.length()));
				} else {
					marks.add(new Hit.Mark(start, text.length()));
				}
			}
			return this;
		}

		public Snippet build() {
			int end = text.length();
			while (end > 0 && text.charAt(end - 1) == ' ') {
				end--;
			}
			List<Hit.Mark> kept = new ArrayList<>();
			for (Hit.Mark mark : marks) {
				if (mark.start() < end) {
					kept.add(new Hit.Mark(mark.start(), Math.min(end, mark.end())));
				}
			}
			return new Snippet(text.substring(0, end), kept);
		}
	}
}
