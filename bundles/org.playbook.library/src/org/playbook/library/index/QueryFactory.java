package org.playbook.library.index;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Reads what a person typed with Lucene's classic query syntax (phrases, AND/OR/NOT,
 * field:value, wildcards) over the default fields. Text that is not valid
 * syntax never fails: it is searched as plain words, and the result says so.
 */
public final class QueryFactory {
	/**
	 * What a match in a passage weighs against the same match in a practice: a practice that
	 * matches as well as the passage it was drawn from ranks above it. A weight of the field
	 * rather than of the document, so that block-max WAND keeps skipping what cannot make the
	 * list (measured with the library evaluation and LibraryBenchmark, BENCHMARKS.md).
	 */
	public static final float PASSAGE_WEIGHT = 0.85f;
	private static final Map<String, Float> WEIGHTS = Map.of(Fields.PASSAGE_TEXT.fieldName(), PASSAGE_WEIGHT);
	private final Analyzer analyzer = LibraryAnalyzer.forQueries();

	/** A parsed query and, when the text was not valid syntax, why it was read as plain words. */
	public record ParsedQuery(Query query, String notice) {
	}

	public ParsedQuery parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return new ParsedQuery(new MatchAllDocsQuery(), null);
		}
		String text = withoutInterrogative(typed);
		try {
			return new ParsedQuery(parser().parse(text), null);
		} catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
			String plain = QueryParser.escape(text);
			try {
				return new ParsedQuery(parser().parse(plain), "The query is not valid search syntax (" + firstLine(e.getMessage())
						+ "); searched for its words instead.");
			} catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException again) {
				return new ParsedQuery(new MatchAllDocsQuery(), "The query could not be read; showing everything.");
			}
		}
	}

	/**
	 * The text a search engine with the same query syntax should parse for what was typed: the
	 * question word dropped, and, when the text is not valid syntax, its words escaped; "*:*"
	 * when even those cannot be read. With the notice {@link #parse} gives.
	 */
	public ParsedText searchedText(String typed) {
		if (typed == null || typed.isBlank()) {
			return new ParsedText("*:*", null);
		}
		String text = withoutInterrogative(typed);
		ParsedQuery parsed = parse(typed);
		if (parsed.notice() == null) {
			return new ParsedText(text, null);
		}
		return parsed.query() instanceof MatchAllDocsQuery ? new ParsedText("*:*", parsed.notice())
				: new ParsedText(QueryParser.escape(text), parsed.notice());
	}

	/** Fewer words than this are keywords, searched by their words alone: a word or two means too little on its own. */
	static final int MEANING_WORDS = 3;

	/**
	 * What was typed, when its meaning is searched as well as its words: plain words, at least
	 * {@value #MEANING_WORDS} of them (a question, a sentence); null for keywords and for search
	 * syntax (a quoted phrase, a field, AND, OR, NOT, a wildcard), whose author asked for exact
	 * words and gets them.
	 */
	public static String meaningText(String typed) {
		if (typed == null || !isPlainWords(typed.strip().replaceAll("\\?+$", ""))) {
			return null;
		}
		String text = typed.strip();
		return text.split("\\s+").length >= MEANING_WORDS ? text : null;
	}

	/** Whether the text is plain words, without any of the classic syntax. */
	private static boolean isPlainWords(String text) {
		return !text.matches("(?s).*([\":()*?~^\\[\\]{}\\\\]|\\bAND\\b|\\bOR\\b|\\bNOT\\b|\\+|\\B-|&&|\\|\\|).*");
	}

	/** What to send to another engine, and why it differs from what was typed. */
	public record ParsedText(String text, String notice) {
	}

	/**
	 * A question in plain words opens with a word that only makes it one ("why do negative
	 * comments snowball"): searching for it would find practices about "why" instead.
	 */
	private static String withoutInterrogative(String text) {
		String[] words = text.strip().split("\\s+");
		boolean plain = isPlainWords(text);
		if (plain && words.length >= 3 && words[0].toLowerCase(java.util.Locale.ROOT).matches("why|how|what|which|when|where|who|is|are|does|do|should|can")) {
			return text.strip().substring(words[0].length()).strip();
		}
		return text;
	}

	private QueryParser parser() {
		String[] fields = new String[Fields.DEFAULT_SEARCH.length];
		for (int i = 0; i < fields.length; i++) {
			fields[i] = Fields.DEFAULT_SEARCH[i].fieldName();
		}
		MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, WEIGHTS);
		// multi-word synonyms ("return on investment") need the whole text in one analysis
		parser.setSplitOnWhitespace(false);
		parser.setAutoGeneratePhraseQueries(false);
		parser.setAllowLeadingWildcard(true);
		parser.setDefaultOperator(QueryParser.Operator.OR);
		return parser;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "syntax error";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}
}
