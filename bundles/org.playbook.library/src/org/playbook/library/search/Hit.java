package org.playbook.library.search;

/**
 * One result: a practice, or an element of a client's strategy. The snippet marks the
 * matched words with &lt;b&gt;...&lt;/b&gt;. For practices, quote and source are the first
 * verbatim quote and the title of the post it comes from.
 */
public record Hit(String id, String kind, String title, String snippet, String category, String polarity, String source,
		String quote, String client, String strategy, float score) {

	public boolean isPractice() {
		return "practice".equals(kind);
	}
}
