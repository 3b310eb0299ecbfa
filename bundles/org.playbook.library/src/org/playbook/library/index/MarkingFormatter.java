package org.playbook.library.index;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.playbook.library.search.Snippet;

/**
 * The unified highlighter's passages as a {@link Snippet}: the passages' text, " … " between
 * passages that do not touch, and the offsets of the matched words (overlapping matches made
 * one) instead of markup.
 */
final class MarkingFormatter extends PassageFormatter {
	private static final String ELLIPSIS = " … ";

	@Override
	public Snippet format(Passage[] passages, String content) {
		Snippet.Builder snippet = new Snippet.Builder();
		int at = 0;
		for (Passage passage : passages) {
			if (at > 0 && passage.getStartOffset() > at) {
				snippet.append(ELLIPSIS);
			}
			at = passage.getStartOffset();
			int[] starts = passage.getMatchStarts(), ends = passage.getMatchEnds();
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = Math.max(at, starts[i]), end = ends[i];
				while (i + 1 < passage.getNumMatches() && starts[i + 1] < end) {
					end = Math.max(end, ends[++i]);
				}
				end = Math.min(end, passage.getEndOffset());
				if (end <= start) {
					continue;
				}
				snippet.append(content.substring(at, start)).appendMarked(content.substring(start, end));
				at = end;
			}
			if (passage.getEndOffset() > at) {
				snippet.append(content.substring(at, passage.getEndOffset()));
			}
			at = Math.max(at, passage.getEndOffset());
		}
		return snippet.build();
	}

	/** The unified highlighter, giving the formatter's snippets as they are rather than as strings. */
	static final class Highlighter extends UnifiedHighlighter {
		Highlighter(UnifiedHighlighter.Builder builder) {
			super(builder);
		}

		/** Per field, a {@link Snippet} (or null) for each document, as {@link UnifiedHighlighter#highlightFields} gives strings. */
		Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
			return highlightFieldsAsObjects(fields, query, docIds, passages);
		}
	}
}
