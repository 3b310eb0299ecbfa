package org.playbook.library.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.AbstractAnalysisFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.KStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ResourceLoader;

/**
 * The one owner of text analysis: English with stemming for full-text fields, one
 * lower-cased token for keyword fields, and, at query time only, synonyms of the trade
 * (ROI and return on investment, metrics and measurement...) and the words that only make
 * a question a question. Synonyms are expanded when searching rather than indexing, so the
 * list can change without a rebuild.
 * <p>
 * Each chain is a list of Lucene analysis factories with their arguments ({@link #textChain},
 * {@link #keywordChain}) and word lists in {@code analysis/} beside this class. The embedded
 * index's analyzers are built from those steps, and the SolrCloud configset is written from
 * the same steps and files, so the two libraries analyse text alike. Do not create analyzers
 * anywhere else.
 */
public final class LibraryAnalyzer {
	/** The word lists the chains name, in {@code analysis/}; a Solr configset carries the same files. */
	public static final String SYNONYMS = "synonyms.txt", QUESTION_WORDS = "question-words.txt";
	public static final List<String> WORD_LISTS = List.of(SYNONYMS, QUESTION_WORDS);
	/**
	 * The positions between two values of one field (a practice's quotes, the catch-all
	 * field's parts): a phrase does not run from the end of one value into the next.
	 */
	public static final int POSITION_INCREMENT_GAP = 100;

	/** One step of an analysis chain: a Lucene factory and the arguments it is made with. */
	public record Step(Class<? extends AbstractAnalysisFactory> factory, Map<String, String> arguments) {
		/** The factory's SPI name, the name a Solr schema gives it ("kStem"). */
		public String name() {
			return TokenizerFactory.class.isAssignableFrom(factory) ? TokenizerFactory.findSPIName(factory.asSubclass(TokenizerFactory.class))
					: TokenFilterFactory.findSPIName(factory.asSubclass(TokenFilterFactory.class));
		}
	}

	/** Analyzers are thread-safe and reuse their token streams per thread: one of each, shared. */
	private static final Analyzer INDEXING = perField(build(textChain(false)));
	private static final Analyzer QUERIES = perField(build(textChain(true)));

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
		return build(suggestionChain());
	}

	/** The chain type-ahead matches with: words lower-cased, nothing dropped or stemmed. */
	public static List<Step> suggestionChain() {
		return List.of(step(StandardTokenizerFactory.class), step(LowerCaseFilterFactory.class));
	}

	/**
	 * The chain of full-text fields: the tokenizer first, then the filters in order. Queries
	 * add synonyms (after folding, so "ROI" and "roi" both match) and drop question words.
	 */
	public static List<Step> textChain(boolean queries) {
		List<Step> steps = new java.util.ArrayList<>(List.of(step(StandardTokenizerFactory.class), step(EnglishPossessiveFilterFactory.class),
				step(LowerCaseFilterFactory.class), step(ASCIIFoldingFilterFactory.class)));
		if (queries) {
			steps.add(step(SynonymGraphFilterFactory.class, "synonyms", SYNONYMS, "expand", "true", "ignoreCase", "true"));
			steps.add(step(StopFilterFactory.class, "words", QUESTION_WORDS, "ignoreCase", "true"));
		}
		// without "words", Lucene's English stop words (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), in Solr too
		steps.add(step(StopFilterFactory.class));
		steps.add(step(KStemFilterFactory.class));
		return List.copyOf(steps);
	}

	/** The chain of keyword fields: the whole value as one lower-cased token. */
	public static List<Step> keywordChain() {
		return List.of(step(KeywordTokenizerFactory.class), step(LowerCaseFilterFactory.class));
	}

	/** A word list the chains name, as the configset and the embedded analyzers read it. */
	public static InputStream wordList(String name) throws IOException {
		InputStream in = LibraryAnalyzer.class.getResourceAsStream("analysis/" + name);
		if (in == null) {
			throw new IOException("analysis/" + name + " is missing from the library bundle");
		}
		return in;
	}

	/** Lower-cases a keyword value the way keyword fields are indexed. */
	public static String keyword(String value) {
		return value.toLowerCase(java.util.Locale.ROOT);
	}

	private static Step step(Class<? extends AbstractAnalysisFactory> factory, String... arguments) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < arguments.length; i += 2) {
			map.put(arguments[i], arguments[i + 1]);
		}
		return new Step(factory, java.util.Collections.unmodifiableMap(map));
	}

	/** An analyzer made of the steps, their word lists read from {@code analysis/}. */
	@SuppressWarnings("unchecked")
	public static Analyzer build(List<Step> steps) {
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer.builder(new ResourceLoader() {
				@Override
				public InputStream openResource(String resource) throws IOException {
					return wordList(resource);
				}

				/** A class a factory names (the synonym parser), from the factory's own bundle: Lucene's, not this one. */
				@Override
				public <T> Class<? extends T> findClass(String name, Class<T> expectedType) {
					try {
						return Class.forName(name, true, expectedType.getClassLoader()).asSubclass(expectedType);
					} catch (ClassNotFoundException e) {
						throw new IllegalArgumentException("no class " + name + " beside " + expectedType.getName(), e);
					}
				}
			});
			builder.withTokenizer((Class<? extends TokenizerFactory>) steps.get(0).factory(), new java.util.HashMap<>(steps.get(0).arguments()));
			builder.withPositionIncrementGap(POSITION_INCREMENT_GAP);
			for (Step step : steps.subList(1, steps.size())) {
				builder.addTokenFilter((Class<? extends TokenFilterFactory>) step.factory(), new java.util.HashMap<>(step.arguments()));
			}
			return builder.build();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Analyzer perField(Analyzer text) {
		Analyzer keyword = build(keywordChain());
		Map<String, Analyzer> keywordFields = new java.util.HashMap<>();
		for (Fields field : Fields.values()) {
			if (field.kind() == Fields.Kind.KEYWORD) {
				keywordFields.put(field.fieldName(), keyword);
			}
		}
		return new PerFieldAnalyzerWrapper(text, keywordFields);
	}
}
