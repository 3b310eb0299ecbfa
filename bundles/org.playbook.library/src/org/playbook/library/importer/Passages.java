package org.playbook.library.importer;

import java.util.ArrayList;
import java.util.List;

import org.playbook.library.importer.ParsedPost.Block;
import org.playbook.library.importer.ParsedPost.BlockKind;
import org.playbook.library.nlp.SentenceAnalyzer;

/**
 * A post's text cut into the passages the library indexes, so that every post is
 * searchable, not only the practices drawn from it: each paragraph and reader's comment,
 * the items of a list together (up to a paragraph's length), each with the heading it stands
 * under. A paragraph longer than {@value #MAX_WORDS} words is cut between sentences. The
 * text is read as a plain-text post (the form every post is kept in), so offsets are the
 * quotes' offsets.
 */
public final class Passages {
	private static final int MAX_WORDS = 160, LIST_WORDS = 90, SHORT_WORDS = 8;
	private static final SentenceAnalyzer SENTENCES = new SentenceAnalyzer();

	/** A passage: where it stands in the post's text, and its heading (null before the first one). */
	public record Passage(int start, int end, String heading, boolean comment) {
	}

	private Passages() {
	}

	/** The passages of a post's text; a text that cannot be read as a post is one passage. */
	public static List<Passage> of(String name, String text) {
		return paragraphs(name, text);
	}

	private static List<Passage> paragraphs(String name, String text) {
		List<Block> blocks;
		try {
			blocks = new PlainTextPostReader().read(name, text).blocks();
		} catch (PostFormatException e) {
			return text.isBlank() ? List.of() : List.of(new Passage(0, text.length(), null, false));
		}
		List<Passage> passages = new ArrayList<>();
		Passage open = null;
		for (Block block : blocks) {
			if (block.kind() == BlockKind.HEADING) {
				open = close(passages, open);
				continue;
			}
			boolean comment = block.kind() == BlockKind.COMMENT;
			boolean joins = open != null && same(open.heading(), block.section()) && open.comment() == comment
					&& (block.kind() == BlockKind.LIST_ITEM && words(text, open.start(), block.end()) <= LIST_WORDS
							|| words(text, open.start(), open.end()) < SHORT_WORDS);
			if (joins) {
				open = new Passage(open.start(), block.end(), open.heading(), comment);
			} else {
				close(passages, open);
				open = new Passage(block.start(), block.end(), block.section(), comment);
			}
		}
		close(passages, open);
		return split(text, passages);
	}

	private static Passage close(List<Passage> passages, Passage open) {
		if (open != null) {
			passages.add(open);
		}
		return null;
	}

	/** Paragraphs longer than a passage should be, cut between sentences. */
	private static List<Passage> split(String text, List<Passage> passages) {
		List<Passage> cut = new ArrayList<>();
		for (Passage passage : passages) {
			if (words(text, passage.start(), passage.end()) <= MAX_WORDS) {
				cut.add(passage);
				continue;
			}
			int from = passage.start();
			for (int[] sentence : SENTENCES.bounds(text.substring(passage.start(), passage.end()))) {
				int end = passage.start() + sentence[1];
				if (words(text, from, end) >= MAX_WORDS / 2) {
					cut.addAll(byWords(text, new Passage(from, end, passage.heading(), passage.comment())));
					from = end;
				}
			}
			if (from < passage.end() && !text.substring(from, passage.end()).isBlank()) {
				cut.addAll(byWords(text, new Passage(from, passage.end(), passage.heading(), passage.comment())));
			}
		}
		return cut;
	}

	/** A run of text without sentences (a 4 MB line), cut every {@value #MAX_WORDS} words. */
	private static List<Passage> byWords(String text, Passage passage) {
		List<Passage> cut = new ArrayList<>();
		int from = passage.start(), words = 0;
		boolean inWord = false;
		for (int i = passage.start(); i < passage.end(); i++) {
			boolean letter = !Character.isWhitespace(text.charAt(i));
			if (letter && !inWord && ++words > MAX_WORDS) {
				cut.add(new Passage(from, i, passage.heading(), passage.comment()));
				from = i;
				words = 1;
			}
			inWord = letter;
		}
		cut.add(new Passage(from, passage.end(), passage.heading(), passage.comment()));
		return cut;
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equals(b);
	}

	private static int words(String text, int start, int end) {
		int words = 0;
		boolean inWord = false;
		for (int i = start; i < end; i++) {
			boolean letter = !Character.isWhitespace(text.charAt(i));
			words += letter && !inWord ? 1 : 0;
			inWord = letter;
		}
		return words;
	}
}
