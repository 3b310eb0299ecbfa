package org.playbook.library.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.library.search.SearchResult.FacetValue;
import org.playbook.library.search.Snippet;

/** Runs one search: the query, facet filters and counts (lucene-facet), snippets (UnifiedHighlighter). Thread-safe. */
public final class PracticeSearcher {
	/** Values counted of each facet dimension. Every engine of the library follows these rules (SolrLibrary too). */
	public static final int FACET_VALUES = 12;
	/** Characters of a field read for a snippet. */
	public static final int SNIPPET_LENGTH = 10_000;
	/** Up to this many matches the total is counted exactly while the top hits are scored. */
	private static final int EXACT_HIT_COUNT = 1_000;
	/** Facet counts are exact up to this many matches, and estimated from a sample of this size above. */
	private static final int FACET_SAMPLE = 5_000;
	private static final long SAMPLE_SEED = 0x5EED;
	/** At most this many of the best hits come from one post (or one strategy file). */
	public static final int PER_POST = 2;

	private final QueryFactory queries = new QueryFactory();
	private IndexReader facetStateReader;
	private SortedSetDocValuesReaderState facetState;
	/** How many documents of the reader have each facet value: the bound of a count scaled up from a sample. */
	private Facets facetTotals;
	private List<String> postTitles = List.of();

	/** A search by words alone (BM25 on the fields {@link QueryFactory} weighs). */
	public SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
		return search(searcher, request, null, null);
	}

	/**
	 * A search by words and, where the library's practices and passages are searched and the
	 * query has words, by meaning too: the words' best hits and the nearest in meaning are
	 * fused by their ranks ({@link RankFusion}); the facets and the total count the words'
	 * matches, as on every engine (a neighbour by meaning is ranked among them, not counted).
	 * The neighbours are found in the index's graph; without one, the search is by words alone.
	 */
	SearchResult search(IndexSearcher searcher, SearchRequest request, DocumentMeanings meanings, NearestMeanings graph) throws IOException {
		QueryFactory.ParsedQuery parsed = queries.parse(request.query());
		DrillDownQuery words = filtered(restrictKind(parsed.query(), request), request);
		boolean aboutOnePost = isAboutOnePost(searcher.getIndexReader(), parsed, request);
		String meaningText = request.practices() && request.meaning() && meanings != null && graph != null ? QueryFactory.meaningText(request.query())
				: null;
		// The meaning's side (the query's vector, then the practices and passages nearest to it)
		// runs on another thread while the words are ranked and counted on this one.
		CompletableFuture<TopDocs> nearest = meaningText == null ? CompletableFuture.completedFuture(null)
				: meanings.withQueryMeaning(meaningText,
						vector -> vector == null ? null : nearest(searcher, graph, vector, filtered(libraryOnly(), request), request.limit()));
		TopDocs byWords = meaningText == null ? null : HybridRanking.byWords(searcher, words, request.limit());
		RandomSamplingFacetsCollector matches = searcher.search(words, RandomSamplingFacetsCollector.createManager(FACET_SAMPLE, SAMPLE_SEED));
		long totalHits = matches.getOriginalMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
		Map<String, List<FacetValue>> facets = countFacets(searcher, matches, totalHits > FACET_SAMPLE);
		TopDocs byMeaning = join(nearest);
		TopDocs top;
		if (byMeaning == null) {
			// Two passes: the best hits, at most two of a post unless the search is about one post,
			// and the facets, collecting matches without scores.
			top = aboutOnePost ? searcher.search(words, new TopScoreDocCollectorManager(request.limit(), EXACT_HIT_COUNT))
					: diversified(searcher, words, request.limit());
		} else {
			top = HybridRanking.fuse(searcher, byWords, byMeaning, request.limit(), aboutOnePost ? request.limit() : PER_POST);
		}
		Snippet[] snippets = highlight(searcher, parsed.query(), top);
		List<Hit> hits = new ArrayList<>();
		StoredFields stored = searcher.storedFields();
		for (int i = 0; i < top.scoreDocs.length; i++) {
			ScoreDoc scoreDoc = top.scoreDocs[i];
			hits.add(toHit(stored.document(scoreDoc.doc), snippets[i], scoreDoc.score));
		}
		return new SearchResult(request.query(), totalHits, hits, facets, totalHits > FACET_SAMPLE, parsed.notice());
	}

	private static TopDocs nearest(IndexSearcher searcher, NearestMeanings graph, float[] meaning, Query filter, int limit) {
		try {
			return graph.nearest(searcher, meaning, filter, HybridRanking.depth(limit));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What the other thread found; what went wrong there is thrown here as it was thrown there. */
	private static <T> T join(CompletableFuture<T> future) throws IOException {
		try {
			return future.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw e;
		}
	}

	/** The query restricted by the request's facet filters. */
	private static DrillDownQuery filtered(Query query, SearchRequest request) {
		DrillDownQuery filtered = new DrillDownQuery(LibraryDocuments.facetsConfig(), query);
		request.filters().forEach((dimension, values) -> values.forEach(value -> filtered.add(dimension, value)));
		return filtered;
	}

	/** The documents that have a meaning: practices and passages. */
	private static Query libraryOnly() {
		return restrictKind(new org.apache.lucene.search.MatchAllDocsQuery(), new SearchRequest(null, null, true, false, 1, false));
	}

	/** The library is its practices and the passages of their posts; the strategies are the clients'. */
	private static Query restrictKind(Query query, SearchRequest request) {
		if (request.practices() == request.strategies()) {
			return query;
		}
		BooleanQuery.Builder kinds = new BooleanQuery.Builder();
		for (String kind : request.practices() ? List.of(LibraryDocuments.KIND_PRACTICE, LibraryDocuments.KIND_PASSAGE)
				: List.of(LibraryDocuments.KIND_STRATEGY)) {
			kinds.add(new TermQuery(new Term(Fields.KIND.fieldName(), kind)), BooleanClause.Occur.SHOULD);
		}
		return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(kinds.build(), BooleanClause.Occur.FILTER).build();
	}

	/**
	 * The best hits, at most {@value #PER_POST} of one group; when the matches come from too
	 * few groups to fill the list so, the best of the others follow them.
	 */
	private static TopDocs diversified(IndexSearcher searcher, Query query, int limit) throws IOException {
		TopDocs diverse = searcher.search(query, new DiversifiedTopHits(limit, PER_POST));
		if (diverse.scoreDocs.length == limit) {
			return diverse;
		}
		TopDocs best = searcher.search(query, new TopScoreDocCollectorManager(limit, EXACT_HIT_COUNT));
		Set<Integer> taken = new HashSet<>();
		List<ScoreDoc> hits = new ArrayList<>();
		for (ScoreDoc hit : diverse.scoreDocs) {
			taken.add(hit.doc);
			hits.add(hit);
		}
		for (ScoreDoc hit : best.scoreDocs) {
			if (hits.size() < limit && taken.add(hit.doc)) {
				hits.add(hit);
			}
		}
		return new TopDocs(best.totalHits, hits.toArray(ScoreDoc[]::new));
	}

	/**
	 * A search filtered by a post, on the post field, or whose words name a post, asks for that
	 * post: it is not diversified.
	 */
	private boolean isAboutOnePost(IndexReader reader, QueryFactory.ParsedQuery parsed, SearchRequest request) throws IOException {
		if (request.filters().containsKey(Fields.FACET_SOURCE) || parsed.query().toString().contains(Fields.SOURCE.fieldName() + ":")) {
			return true;
		}
		return namesAPost(request.query(), postTitles(reader));
	}

	/** Whether words typed (three or more) stand in one of the posts' titles (each as {@link #normal} makes it). */
	public static boolean namesAPost(String typed, List<String> normalTitles) {
		String words = normal(typed);
		return words.split(" ").length >= 3 && normalTitles.stream().anyMatch(title -> title.contains(words));
	}

	/** Text in lower-case words and single spaces, as post titles are compared. */
	public static String normal(String text) {
		return text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/**
	 * A snippet per hit from the first field, in order of preference, that shows a match; each
	 * field is only highlighted for the hits still without one.
	 */
	private static Snippet[] highlight(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
		Snippet[] snippets = new Snippet[top.scoreDocs.length];
		if (snippets.length == 0) {
			return snippets;
		}
		MarkingFormatter.Highlighter highlighter = new MarkingFormatter.Highlighter(UnifiedHighlighter.builder(searcher, LibraryAnalyzer.forQueries())
				.withFormatter(new MarkingFormatter())
				.withMaxLength(SNIPPET_LENGTH).withMaxNoHighlightPassages(0)
				// a phrase's words are marked one by one: checking positions per hit costs more than it shows
				.withHighlightPhrasesStrictly(false)
				// a plain query's words are on the title and the catch-all field: mark them in any field shown
				.withFieldMatcher(field -> true));
		for (Fields field : Fields.HIGHLIGHTED) {
			int[] missing = IntStream.range(0, snippets.length).filter(i -> snippets[i] == null).toArray();
			if (missing.length == 0) {
				break;
			}
			int[] docIds = IntStream.of(missing).map(i -> top.scoreDocs[i].doc).toArray();
			int[] passages = new int[] { 1 };
			Object[] found = highlighter.snippets(new String[] { field.fieldName() }, query, docIds, passages)
					.get(field.fieldName());
			for (int j = 0; j < missing.length; j++) {
				if (found != null && found[j] instanceof Snippet snippet && !snippet.marks().isEmpty()) {
					snippets[missing[j]] = snippet;
				}
			}
		}
		return snippets;
	}

	/** A stored document's values by field: a Lucene document here, a Solr document in the shared library. */
	public interface StoredValues {
		/** The field's first value, or null. */
		String first(Fields field);

		/** All of the field's values, in order. */
		List<String> all(Fields field);
	}

	private static Hit toHit(Document doc, Snippet snippet, float score) {
		return toHit(new StoredValues() {
			@Override
			public String first(Fields field) {
				return doc.get(field.fieldName());
			}

			@Override
			public List<String> all(Fields field) {
				return List.of(doc.getValues(field.fieldName()));
			}
		}, snippet, score);
	}

	/**
	 * A result as the search API gives it, from a document's stored values: the title (a
	 * passage's heading when it has none), the snippet or else the summary or body, and where a
	 * passage stands with the practices drawn from it.
	 */
	public static Hit toHit(StoredValues doc, Snippet snippet, float score) {
		String summary = doc.first(Fields.SUMMARY);
		String body = doc.first(Fields.BODY);
		String title = doc.first(Fields.TITLE) != null ? doc.first(Fields.TITLE) : doc.first(Fields.HEADING);
		Snippet shown = snippet != null ? snippet : Snippet.plain(summary != null ? summary : body);
		return new Hit(doc.first(Fields.ID), doc.first(Fields.KIND), title, shown.text(), shown.marks(),
				doc.first(Fields.CATEGORY), doc.first(Fields.POLARITY), doc.first(Fields.SOURCE), doc.first(Fields.QUOTES),
				doc.first(Fields.CLIENT), doc.first(Fields.STRATEGY), score, passage(doc));
	}

	private static Hit.Passage passage(StoredValues doc) {
		if (!LibraryDocuments.KIND_PASSAGE.equals(doc.first(Fields.KIND))) {
			return null;
		}
		List<Hit.Drawn> drawn = new ArrayList<>();
		for (String practice : doc.all(Fields.PRACTICES)) {
			int tab = practice.indexOf('\t');
			drawn.add(new Hit.Drawn(practice.substring(0, tab), practice.substring(tab + 1)));
		}
		return new Hit.Passage(doc.first(Fields.POST), doc.first(Fields.AUTHOR), doc.first(Fields.PUBLISHED),
				Integer.parseInt(doc.first(Fields.START)), Integer.parseInt(doc.first(Fields.END)), drawn);
	}

	/** Exact counts up to {@value #FACET_SAMPLE} matches; above, counted on a random sample and scaled up. */
	private Map<String, List<FacetValue>> countFacets(IndexSearcher searcher, RandomSamplingFacetsCollector matches, boolean sampled)
			throws IOException {
		SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
		Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
		if (state == null) {
			return counts;
		}
		Facets facets = new SortedSetDocValuesFacetCounts(state, matches);
		Facets totals = sampled ? facetTotals(searcher.getIndexReader()) : null;
		for (String dimension : Fields.FACET_DIMENSIONS) {
			FacetResult result;
			try {
				result = facets.getTopChildren(FACET_VALUES, dimension);
			} catch (IllegalArgumentException noSuchDimension) {
				continue; // no document of this index has that dimension
			}
			if (result != null) {
				List<FacetValue> values = new ArrayList<>();
				for (LabelAndValue value : result.labelValues) {
					values.add(new FacetValue(value.label,
							totals == null ? value.value.intValue() : scaledUp(value, dimension, matches.getSamplingRate(), totals)));
				}
				counts.put(dimension, values);
			}
		}
		return counts;
	}

	/**
	 * A value's count in the sample scaled up to all the matches, at most the number of documents
	 * that have it, as {@link RandomSamplingFacetsCollector#amortizeFacetCounts} scales it; that
	 * number is counted once per reader instead of looked up in the terms for every value of every
	 * search, which allocated a fifth of a large library's search.
	 */
	private static int scaledUp(LabelAndValue value, String dimension, double samplingRate, Facets totals) throws IOException {
		int scaled = (int) (value.value.doubleValue() / samplingRate);
		Number documents = totals.getSpecificValue(dimension, value.label);
		return documents.intValue() < 0 ? scaled : Math.min(scaled, documents.intValue());
	}

	/** Each facet value's number of documents in the reader, counted the first time a search is sampled. */
	private synchronized Facets facetTotals(IndexReader reader) throws IOException {
		facetState(reader);
		if (facetTotals == null) {
			facetTotals = new SortedSetDocValuesFacetCounts(facetState);
		}
		return facetTotals;
	}

	/** Building the facet ordinals costs as much as many searches: once per reader. */
	private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
		if (reader != facetStateReader) {
			facetStateReader = reader;
			facetTotals = null;
			try {
				facetState = new DefaultSortedSetDocValuesReaderState(reader, LibraryDocuments.facetsConfig());
			} catch (IllegalArgumentException noFacetsYet) {
				facetState = null;
			}
			postTitles = postTitles(facetState);
		}
		return facetState;
	}

	/** The titles of the posts in the index, in lower case words, once per reader. */
	private synchronized List<String> postTitles(IndexReader reader) throws IOException {
		facetState(reader);
		return postTitles;
	}

	private static List<String> postTitles(SortedSetDocValuesReaderState state) throws IOException {
		if (state == null || state.getOrdRange(Fields.FACET_SOURCE) == null) {
			return List.of();
		}
		List<String> titles = new ArrayList<>();
		var range = state.getOrdRange(Fields.FACET_SOURCE);
		var values = state.getDocValues();
		for (int ord = range.start(); ord <= range.end(); ord++) {
			String[] path = org.apache.lucene.facet.FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
			if (path.length > 1) {
				titles.add(normal(path[1]));
			}
		}
		return titles;
	}
}
