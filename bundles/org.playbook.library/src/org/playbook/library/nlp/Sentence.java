package org.playbook.library.nlp;

import java.util.Locale;

/**
 * A sentence of a post as OpenNLP read it: where it stands in the post's text, its tokens
 * (with their offsets in the sentence) and each token's part of speech, in the Universal
 * Dependencies tag set (VERB, AUX, NOUN, PRON, ADV, SCONJ...).
 */
public record Sentence(String text, int start, int end, String[] tokens, int[] tokenStarts, int[] tokenEnds, String[] tags) {

	public int size() {
		return tokens.length;
	}

	/** The token in lower case, with curly apostrophes straightened. */
	public String word(int i) {
		return tokens[i].toLowerCase(Locale.ROOT).replace('’', '\'');
	}

	public String tag(int i) {
		return tags[i];
	}

	public boolean is(int i, String... tagsOrWords) {
		if (i < 0 || i >= tokens.length) {
			return false;
		}
		for (String candidate : tagsOrWords) {
			if (candidate.equals(tags[i]) || candidate.equals(word(i))) {
				return true;
			}
		}
		return false;
	}

	/** How many tokens are words (not punctuation or symbols). */
	public int wordCount() {
		int words = 0;
		for (String tag : tags) {
			words += tag.equals("PUNCT") || tag.equals("SYM") ? 0 : 1;
		}
		return words;
	}

	/** The words from token {@code from} on, as they stand in the text. */
	public String textFrom(int from) {
		return from >= tokens.length ? "" : text.substring(tokenStarts[from]);
	}

	/** The token the character at this offset of the sentence belongs to (or the next one). */
	public int tokenAt(int offset) {
		for (int i = 0; i < tokens.length; i++) {
			if (tokenEnds[i] > offset) {
				return i;
			}
		}
		return tokens.length - 1;
	}

	/** "Increase Brand Awareness": most words capitalised, as in a heading or a label. */
	public boolean isTitleCased() {
		return isTitleCased(text);
	}

	static boolean isTitleCased(String text) {
		String[] words = text.split("\\s+");
		int capitalised = 0;
		for (String word : words) {
			capitalised += !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
		}
		return words.length >= 3 && capitalised >= words.length * 0.75;
	}

	/** Offset, in the post's text, of token i. */
	public int offsetOf(int i) {
		return start + tokenStarts[i];
	}
}
