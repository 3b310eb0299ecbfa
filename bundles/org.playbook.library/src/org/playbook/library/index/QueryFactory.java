package org.playbook.library.index;

import java.util.HashMap;
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
 * field:value, wildcards) over the default fields with their boosts. Text that is not valid
 * syntax never fails: it is searched as plain words, and the result says so.
 */
public final class QueryFactory {
	private final Analyzer analyzer = LibraryAnalyzer.forQueries();

	/** A parsed query and, when the text was not valid syntax, why it was read as plain words. */
	public record ParsedQuery(Query query, String notice) {
	}

	public ParsedQuery parse(String text) {
		if (text == null || text.isBlank()) {
			return new ParsedQuery(new MatchAllDocsQuery(), null);
		}
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

	private QueryParser parser() {
		String[] fields = new String[Fields.DEFAULT_SEARCH.length];
		Map<String, Float> boosts = new HashMap<>();
		for (int i = 0; i < fields.length; i++) {
			fields[i] = Fields.DEFAULT_SEARCH[i].fieldName();
			boosts.put(fields[i], Fields.DEFAULT_SEARCH[i].boost());
		}
		MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, boosts);
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
