package org.playbook.library.search;

import java.util.List;

/**
 * One result: a practice, a passage of a post, or an element of a client's strategy. The
 * snippet marks the matched words with &lt;b&gt;...&lt;/b&gt;. For practices, quote and source
 * are the first verbatim quote and the title of the post it comes from; for passages, source
 * is the post's title, and {@link #passage()} says where the passage stands and which
 * practices were drawn from it.
 */
public record Hit(String id, String kind, String title, String snippet, String category, String polarity, String source,
		String quote, String client, String strategy, float score, Passage passage) {

	/** Where a passage stands in its post, the post's author and date, and the practices drawn from it. */
	public record Passage(String post, String author, String published, int start, int end, List<Drawn> practices) {
	}

	/** A practice drawn from a passage. */
	public record Drawn(String id, String title) {
	}

	public boolean isPractice() {
		return "practice".equals(kind);
	}

	public boolean isPassage() {
		return "passage".equals(kind);
	}
}
