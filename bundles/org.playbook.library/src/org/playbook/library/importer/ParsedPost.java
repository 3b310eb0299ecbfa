package org.playbook.library.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A post as a reader understood it: title, author and date when the post says them, its
 * plain text, and that text cut into blocks (headings, paragraphs, list items, comments),
 * each knowing where it stands in the text and under which heading.
 */
public record ParsedPost(String title, String author, LocalDate published, String origin, String text, List<Block> blocks) {

	public ParsedPost {
		blocks = List.copyOf(blocks);
	}

	public enum BlockKind {
		HEADING, PARAGRAPH, LIST_ITEM, COMMENT
	}

	/** A block of the text; {@code text.substring(start, end)} is its content, verbatim. */
	public record Block(BlockKind kind, String content, int start, int end, String section) {
	}

	/** Builds a post whose text is assembled from blocks (e.g. from HTML), keeping offsets right. */
	public static final class Builder {
		private final StringBuilder text = new StringBuilder();
		private final List<Block> blocks = new ArrayList<>();
		private String section;

		/** Appends a block on its own paragraph of the text (characters no file can hold are dropped). */
		public Builder add(BlockKind kind, String content) {
			String clean = PostText.clean(content).strip();
			if (clean.isEmpty()) {
				return this;
			}
			if (text.length() > 0) {
				text.append("\n\n");
			}
			int start = text.length();
			text.append(clean);
			if (kind == BlockKind.HEADING) {
				section = clean;
			}
			blocks.add(new Block(kind, clean, start, text.length(), kind == BlockKind.HEADING ? null : section));
			return this;
		}

		public boolean isEmpty() {
			return blocks.isEmpty();
		}

		public ParsedPost build(String title, String author, LocalDate published, String origin) {
			return new ParsedPost(title, author, published, origin, text.toString(), Collections.unmodifiableList(blocks));
		}
	}
}
