package org.playbook.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.playbook.library.index.LibraryAnalyzer;

/**
 * The words of a text as the library reads them: split, folded and stemmed by the library's
 * own analysis chain, so "cheapest" and "cheap" are one word here as they are in search. Stop
 * words are kept: a brand may well never say "no" or "just". For checks outside the library
 * (the audit's brand voice) that must agree with what search calls the same word.
 */
public final class Words {
	/** One word of a text: its stem and where it stands in the text. */
	public record Word(String stem, int start, int end) {
	}

	private static final Analyzer STEMS = LibraryAnalyzer
			.build(LibraryAnalyzer.textChain(false).stream().filter(step -> step.factory() != StopFilterFactory.class).toList());

	private Words() {
	}

	/** The text's words in order; none for null or blank text. */
	public static List<Word> of(String text) {
		List<Word> words = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return words;
		}
		try (TokenStream stream = STEMS.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a string reader does not fail
		}
		return words;
	}

	/** The stems alone, e.g. of a phrase to look for. */
	public static List<String> stems(String text) {
		return of(text).stream().map(Word::stem).toList();
	}
}
