package org.playbook.library.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The one owner of text analysis: English with stemming for full-text fields, one
 * lower-cased token for keyword fields, and, at query time only, synonyms of the trade
 * (ROI and return on investment, metrics and measurement...). Synonyms are expanded when
 * searching rather than indexing, so the list can change without a rebuild.
 * Do not create analyzers anywhere else.
 */
public final class LibraryAnalyzer {
	/** Groups of words and phrases a strategist uses for the same thing. */
	private static final String[][] SYNONYMS = {
			{ "roi", "return on investment" },
			{ "metrics", "measurement", "measure", "measuring", "kpi", "analytics" },
			{ "engagement", "conversation", "dialogue", "interaction" },
			{ "intern", "junior" },
			{ "listening", "monitoring" },
			{ "crisis", "emergency" },
			{ "purpose", "mission" },
			{ "customer profile", "persona" },
			{ "network", "platform", "channel" },
			{ "promotional", "sales pitch" },
	};

	private static final SynonymMap SYNONYM_MAP = buildSynonyms();
	/** Analyzers are thread-safe and reuse their token streams per thread: one of each, shared. */
	private static final Analyzer INDEXING = perField(new EnglishText(false));
	private static final Analyzer QUERIES = perField(new EnglishText(true));

	private LibraryAnalyzer() {
	}

	/** The analyzer documents are indexed with. Shared; never close it. */
	public static Analyzer forIndexing() {
		return INDEXING;
	}

	/** The analyzer queries are parsed with: the indexing chain plus synonyms. Shared; never close it. */
	public static Analyzer forQueries() {
		return QUERIES;
	}

	/**
	 * The analyzer type-ahead suggestions are matched with: plain words, no stemming, so
	 * completions stay real words. A new one each time: the suggester closes it.
	 */
	public static Analyzer forSuggestions() {
		return new org.apache.lucene.analysis.standard.StandardAnalyzer(CharArraySet.EMPTY_SET);
	}

	private static Analyzer perField(Analyzer text) {
		Analyzer keyword = new Keyword();
		Map<String, Analyzer> keywordFields = new java.util.HashMap<>();
		for (Fields field : Fields.values()) {
			if (field.kind() == Fields.Kind.KEYWORD) {
				keywordFields.put(field.fieldName(), keyword);
			}
		}
		return new PerFieldAnalyzerWrapper(text, keywordFields);
	}

	/** Lower-cases a keyword value the way keyword fields are indexed. */
	public static String keyword(String value) {
		return value.toLowerCase(java.util.Locale.ROOT);
	}

	private static SynonymMap buildSynonyms() {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		for (String[] group : SYNONYMS) {
			for (String word : group) {
				for (String other : group) {
					if (!word.equals(other)) {
						builder.add(phrase(word), phrase(other), true);
					}
				}
			}
		}
		try {
			return builder.build();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static CharsRef phrase(String words) {
		return SynonymMap.Builder.join(words.split(" "), new CharsRefBuilder());
	}

	/**
	 * Words that make a strategist's question a question ("how often should we post") without
	 * saying what it is about: not searched for. At query time only, so a phrase typed in
	 * quotes still matches the text as it stands.
	 */
	private static final CharArraySet QUESTION_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(java.util.List.of("how", "what", "which", "when",
			"where", "who", "whom", "whose", "should", "would", "could", "can", "do", "does", "did", "we", "our", "us", "you", "your", "i", "me", "my",
			"am", "been", "being", "have", "has", "had", "shall", "may", "might", "must", "so", "just", "very", "really", "much", "many", "any", "some",
			"get", "got", "ok", "every"), true));

	private static final class EnglishText extends Analyzer {
		private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
		private final boolean synonyms;

		EnglishText(boolean synonyms) {
			this.synonyms = synonyms;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new EnglishPossessiveFilter(source);
			stream = new LowerCaseFilter(stream);
			stream = new ASCIIFoldingFilter(stream);
			if (synonyms) {
				stream = new SynonymGraphFilter(stream, SYNONYM_MAP, true);
				stream = new StopFilter(stream, QUESTION_WORDS);
			}
			stream = new StopFilter(stream, STOP_WORDS);
			stream = new KStemFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}
	}

	private static final class Keyword extends Analyzer {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new KeywordTokenizer();
			return new TokenStreamComponents(source, new LowerCaseFilter(source));
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new LowerCaseFilter(in);
		}
	}
}
