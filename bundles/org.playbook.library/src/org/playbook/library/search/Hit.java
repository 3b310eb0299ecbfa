package org.playbook.library.search;

import java.util.List;

import org.playbook.model.Polarity;
import org.playbook.model.PracticeCategory;

/**
 * One result: a practice, a passage of a post, or an element of a client's strategy, as every
 * engine of the library gives it. The snippet is plain text; {@code marks} say where it shows
 * the words that matched (none when it is the summary shown for a hit found by meaning, or
 * by a filter). For practices, quote and source
 * are the first verbatim quote and the title of the post it comes from; for passages, source
 * is the post's title, and {@link #passage()} says where the passage stands and which
 * practices were drawn from it.
 */
public record Hit(String id, String kind, String title, String snippet, List<Mark> marks, String category, String polarity, String source,
		String quote, String client, String strategy, float score, Passage passage) {

	public Hit {
		marks = marks == null ? List.of() : List.copyOf(marks);
	}

	/** Where the snippet shows a matched word: characters {@code start} to {@code end} (exclusive). */
	public record Mark(int start, int end) {
	}

	/** The snippet with its marks. */
	public Snippet marked() {
		return new Snippet(snippet == null ? "" : snippet, marks);
	}

	/** Where a passage stands in its post, the post's author and date, and the practices drawn from it. */
	public record Passage(String post, String author, String published, int start, int end, List<Drawn> practices) {
	}

	/** A practice drawn from a passage. */
	public record Drawn(String id, String title) {
	}

	/** The practice's category, or null for a hit of another kind or a category this Playbook does not know. */
	public PracticeCategory categoryValue() {
		return category == null ? null : PracticeCategory.get(category);
	}

	/** The practice's polarity, read from the key the index keeps ("success", "failure", "principle"); null for other hits. */
	public Polarity polarityValue() {
		return polarityOf(polarity);
	}

	/** The polarity a key of the index stands for ("success", "failure", "principle"), or null. */
	public static Polarity polarityOf(String key) {
		if (key == null) {
			return null;
		}
		return switch (key) {
			case "success" -> Polarity.SUCCESS_PATTERN;
			case "failure" -> Polarity.FAILURE_PATTERN;
			case "principle" -> Polarity.PRINCIPLE;
			default -> Polarity.get(key);
		};
	}

	public boolean isPractice() {
		return "practice".equals(kind);
	}

	public boolean isPassage() {
		return "passage".equals(kind);
	}
}
