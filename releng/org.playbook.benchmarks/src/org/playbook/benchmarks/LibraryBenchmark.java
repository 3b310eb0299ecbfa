package org.playbook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.misc.search.DiversifiedTopDocsCollector;
import org.apache.lucene.misc.search.DiversifiedTopDocsCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchResult;
import org.apache.lucene.store.FSDirectory;
import org.playbook.library.index.LibraryAnalyzer;
import org.playbook.library.index.LibraryDocuments;
import org.playbook.library.index.IndexContent;
import org.playbook.library.index.LibraryIndex;
import org.playbook.library.search.SearchRequest;
import org.playbook.model.Practice;
import org.playbook.model.SourceRef;

/**
 * The library at scale, searched by its words (MeaningBenchmark measures words and meaning): 100,000 practices generated from the corpus vocabulary, drawn from
 * 5,000 generated posts whose passages are indexed beside them. Indexing rate (with the
 * passages, and of the practices alone as the library was before it had passages) and search
 * latency (p50/p99 over a mix of queries a strategist types), side by side in one process with:
 * <ul>
 * <li>raw Lucene, bare: StandardAnalyzer, plain text fields, top 10 and the titles;</li>
 * <li>raw Lucene, the same work: Playbook's index searched with Lucene's own calls for the
 * query, facet counts and highlighted snippets, without Playbook's code around them;</li>
 * <li>a naive scan: every practice's text searched for every word of the query.</li>
 * </ul>
 */
public final class LibraryBenchmark {
	private static final String[] QUERIES = { "listen more than talk", "intern", "return on investment", "sales pitch", "commitment",
			"category:measurement", "measur*", "crisis AND media", "\"customer profile\"", "engage conversations", "why purpose cause",
			"abandoned accounts" };
	private static final String[] FIELDS = { "title", "summary", "body", "quote" };
	private static final int PRACTICES_PER_POST = 20, PARAGRAPHS_PER_POST = 30;
	private static final String[] FACET_DIMENSIONS = { "category", "polarity", "source", "tag", "kind", "client" };

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		GeneratedLibrary generated = new GeneratedLibrary(42);
		List<Practice> practices = generated.practices(count);
		List<IndexContent.Post> posts = generated.posts(practices, PRACTICES_PER_POST, PARAGRAPHS_PER_POST);
		Path folder = Files.createTempDirectory("playbook-library-bench");
		System.out.printf("%,d practices generated from the seed library's vocabulary, drawn from %,d posts of %d paragraphs; %d rounds of %d queries%n",
				count, posts.size(), PARAGRAPHS_PER_POST, rounds, QUERIES.length);

		// practices alone, as the library was indexed before it had passages: the rate to keep 0.7 of
		Rate alone = indexRate(folder.resolve("practices-only"), IndexContent.library(practices, List.of()), count);
		LibraryIndex playbook = LibraryIndex.open(folder.resolve("playbook"), IndexContent.library(practices, posts), null);
		Rate withPassages = indexRate(playbook);
		long passages;
		try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder.resolve("playbook")))) {
			passages = reader.docFreq(new Term("kind", "passage"));
		}
		long documents = count + passages;
		double rawCold = 0, rawWarm = Double.MAX_VALUE;
		for (int i = 0; i < 4; i++) {
			long start = System.nanoTime();
			indexRaw(folder.resolve("raw"), practices);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (i == 0) {
				rawCold = seconds;
			} else {
				rawWarm = Math.min(rawWarm, seconds);
			}
		}
		System.out.printf("indexing  practices only         cold %,8.0f documents/s   warm (best of 3) %,8.0f documents/s (%,d documents)%n",
				count / alone.cold, count / alone.warm, count);
		System.out.printf("indexing  practices + passages   cold %,8.0f documents/s   warm (best of 3) %,8.0f documents/s (%,d documents: %,d passages)%n",
				documents / withPassages.cold, documents / withPassages.warm, documents, passages);
		System.out.printf("indexing  ratio of rates, with passages / practices only (documents/s): cold %.2f, warm %.2f (goal >= 0.7)%n",
				documents / withPassages.cold / (count / alone.cold), documents / withPassages.warm / (count / alone.warm));
		System.out.printf("indexing  whole library with passages: %.1f s warm (%,.0f practices/s with their posts)%n", withPassages.warm,
				count / withPassages.warm);
		System.out.printf("indexing  raw bare, practices     cold %,8.0f documents/s   warm (best of 3) %,8.0f documents/s (StandardAnalyzer, text fields; one thread)%n",
				count / rawCold, count / rawWarm);

		try (DirectoryReader sameReader = DirectoryReader.open(FSDirectory.open(folder.resolve("playbook")));
				DirectoryReader bareReader = DirectoryReader.open(FSDirectory.open(folder.resolve("raw")))) {
			SameWork same = new SameWork(new IndexSearcher(sameReader));
			IndexSearcher bare = new IndexSearcher(bareReader);
			String[] scanTexts = scanTexts(practices);
			Timings tPlaybook = new Timings("Playbook search (facets+snippets)", rounds * QUERIES.length);
			Timings tSame = new Timings("raw Lucene, same work", rounds * QUERIES.length);
			Timings tBare = new Timings("raw Lucene, bare top 10", rounds * QUERIES.length);
			Timings tUndiversified = new Timings("raw Lucene, same work, not diverse", rounds * QUERIES.length);
			Timings tScan = new Timings("naive substring scan", Math.max(1, rounds / 10) * QUERIES.length);
			Map<String, Timings> perQuery = new java.util.LinkedHashMap<>();
			Map<String, Long> matches = new HashMap<>();
			Map<String, Long> passageHits = new HashMap<>();
			for (String query : QUERIES) {
				perQuery.put(query, new Timings(query, rounds));
				SearchResult result = playbook.search(SearchRequest.practices(query));
				matches.put(query, result.totalHits());
				passageHits.put(query, result.hits().stream().filter(hit -> hit.passage() != null).count());
				checkSameWork(result, same.search(query, true), query);
			}
			for (int round = -20; round < rounds; round++) {
				for (String query : QUERIES) {
					boolean measured = round >= 0;
					long t0 = System.nanoTime();
					playbook.search(SearchRequest.practices(query));
					long t1 = System.nanoTime();
					if (measured) {
						perQuery.get(query).add(t1 - t0);
					}
					same.search(query, true);
					long t2 = System.nanoTime();
					bareSearch(bare, query);
					long t3 = System.nanoTime();
					same.search(query, false);
					long t4 = System.nanoTime();
					if (measured) {
						tPlaybook.add(t1 - t0);
						tSame.add(t2 - t1);
						tBare.add(t3 - t2);
						tUndiversified.add(t4 - t3);
					}
					if (measured && round % 10 == 0) { // the scan is slow; sample it
						long s0 = System.nanoTime();
						scan(scanTexts, query);
						tScan.add(System.nanoTime() - s0);
					}
				}
			}
			System.out.println("Playbook per query (matches of " + documents + " practices and passages; passages in the top 10):");
			perQuery.forEach((query, t) -> System.out.printf("  %-26s %7d matches  %2d passages   p50 %6.2f ms   p99 %6.2f ms%n", query,
					matches.get(query), passageHits.get(query), t.percentileMillis(50), t.percentileMillis(99)));
			for (Timings t : new Timings[] { tPlaybook, tSame, tUndiversified, tBare, tScan }) {
				System.out.printf("%s   p99 %8.2f ms%n", t, t.percentileMillis(99));
			}
			System.out.printf("p99 ratio Playbook / raw Lucene same work: %.2f (goal <= 1.3)%n", tPlaybook.percentileMillis(99) / tSame.percentileMillis(99));
			System.out.printf("p50 ratio Playbook / raw Lucene same work: %.2f%n", tPlaybook.percentileMillis(50) / tSame.percentileMillis(50));
			System.out.printf("p99 ratio Playbook / raw Lucene same work without diversity (top 10 by WAND): %.2f; p50 %.2f%n",
					tPlaybook.percentileMillis(99) / tUndiversified.percentileMillis(99), tPlaybook.percentileMillis(50) / tUndiversified.percentileMillis(50));
			System.out.printf("p99 ratio Playbook / raw Lucene bare:      %.2f (what passages, facets and snippets cost; bare has practices only)%n",
					tPlaybook.percentileMillis(99) / tBare.percentileMillis(99));
			System.out.printf("p50 ratio naive scan / Playbook:           %.0f (the scan reads practices only)%n", tScan.percentileMillis(50) / tPlaybook.percentileMillis(50));
			System.out.printf("Playbook p99 %.2f ms, interleaved with the baselines (their garbage is collected in its time too)%n", tPlaybook.percentileMillis(99));

			// each on its own, as a strategist's searches run: one side's garbage no longer lands in the other's time
			Timings soloPlaybook = solo("Playbook search, on its own", rounds, query -> playbook.search(SearchRequest.practices(query)));
			Timings soloSame = solo("raw Lucene, same work, on its own", rounds, query -> same.search(query, true));
			Timings soloUndiversified = solo("raw, not diverse, on its own", rounds, query -> same.search(query, false));
			for (Timings t : new Timings[] { soloPlaybook, soloSame, soloUndiversified }) {
				System.out.printf("%s   p99 %8.2f ms%n", t, t.percentileMillis(99));
			}
			System.out.printf("on its own: p99 ratio Playbook / raw same work %.2f, / raw not diverse %.2f (goal <= 1.3)%n",
					soloPlaybook.percentileMillis(99) / soloSame.percentileMillis(99), soloPlaybook.percentileMillis(99) / soloUndiversified.percentileMillis(99));
			System.out.printf("Playbook p99 %.2f ms on its own (goal <= 5 ms)%n", soloPlaybook.percentileMillis(99));
		}
		playbook.close();
	}

	private interface Search {
		void run(String query) throws Exception;
	}

	/** The query mix, 20 rounds to warm up, then {@code rounds} measured, nothing else running between. */
	private static Timings solo(String name, int rounds, Search search) throws Exception {
		Timings timings = new Timings(name, rounds * QUERIES.length);
		System.gc();
		for (int round = -20; round < rounds; round++) {
			for (String query : QUERIES) {
				long start = System.nanoTime();
				search.run(query);
				if (round >= 0) {
					timings.add(System.nanoTime() - start);
				}
			}
		}
		return timings;
	}

	/** Seconds of the first build (cold: the JIT has not compiled the analysis yet) and of the best of three rebuilds. */
	private record Rate(double cold, double warm) {
	}

	private static Rate indexRate(Path folder, IndexContent content, int count) throws IOException {
		try (LibraryIndex index = LibraryIndex.open(folder, content, null)) {
			return indexRate(index);
		}
	}

	/** The index was just built by opening it; rebuilt three times more. */
	private static Rate indexRate(LibraryIndex index) throws IOException {
		long start = System.nanoTime();
		index.rebuild();
		double cold = (System.nanoTime() - start) / 1e9;
		double warm = Double.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			start = System.nanoTime();
			index.rebuild();
			warm = Math.min(warm, (System.nanoTime() - start) / 1e9);
		}
		return new Rate(cold, warm);
	}

	/** The same work gives the same hits, or the comparison would mean nothing. */
	private static void checkSameWork(SearchResult playbook, List<String> same, String query) {
		List<String> ids = playbook.hits().stream().map(Hit::id).toList();
		if (!ids.equals(same)) {
			throw new IllegalStateException("raw Lucene's same work found other hits for " + query + ": " + same + " against " + ids);
		}
	}

	/** The practices indexed by plain Lucene, as the baseline's searches read them. */
	private static void indexRaw(Path folder, List<Practice> practices) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
		try (IndexWriter writer = new IndexWriter(FSDirectory.open(folder), config)) {
			for (Practice practice : practices) {
				Document doc = new Document();
				doc.add(new StringField("id", practice.getId(), Field.Store.YES));
				doc.add(new StringField("category", practice.getCategory().getLiteral(), Field.Store.YES));
				doc.add(new TextField("title", practice.getTitle(), Field.Store.YES));
				doc.add(new TextField("summary", practice.getSummary(), Field.Store.YES));
				doc.add(new TextField("body", practice.getBody(), Field.Store.YES));
				for (SourceRef ref : practice.getSourceRefs()) {
					doc.add(new TextField("quote", ref.getQuote(), Field.Store.YES));
				}
				writer.addDocument(doc);
			}
			writer.commit();
		}
	}

	private static void bareSearch(IndexSearcher searcher, String text) throws Exception {
		Query query = new MultiFieldQueryParser(FIELDS, new StandardAnalyzer()).parse(text);
		TopDocs top = searcher.search(query, 10);
		StoredFields stored = searcher.storedFields();
		for (ScoreDoc hit : top.scoreDocs) {
			stored.document(hit.doc).get("title");
		}
	}

	/** The Lucene calls a Playbook search makes, made directly. */
	private static final class SameWork {
		private final IndexSearcher searcher;
		private final SortedSetDocValuesReaderState state;
		private final String[] fields = { "title", "text", "passage" };
		private final UnifiedHighlighter highlighter;

		SameWork(IndexSearcher searcher) throws IOException {
			this.searcher = searcher;
			this.state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), LibraryDocuments.facetsConfig());
			this.highlighter = UnifiedHighlighter.builder(searcher, LibraryAnalyzer.forQueries()).withMaxNoHighlightPassages(0)
					.withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false)).withMaxLength(10_000)
					.withHighlightPhrasesStrictly(false).withFieldMatcher(field -> true).build();
		}

		/** The ids of the top hits, at most two of a post when diversified (by Lucene's own collector, which scores every match). */
		List<String> search(String text, boolean diversified) throws Exception {
			MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, LibraryAnalyzer.forQueries(), Map.of("passage", 0.85f));
			parser.setSplitOnWhitespace(false);
			parser.setAllowLeadingWildcard(true);
			Query parsed = parser.parse(text.startsWith("why ") ? text.substring(4) : text);
			Query kinds = new BooleanQuery.Builder().add(new TermQuery(new Term("kind", "practice")), BooleanClause.Occur.SHOULD)
					.add(new TermQuery(new Term("kind", "passage")), BooleanClause.Occur.SHOULD).build();
			Query query = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST).add(kinds, BooleanClause.Occur.FILTER).build();
			Query ranked = query;
			TopDocs top = diversified ? searcher.search(ranked, new DiversifiedTopDocsCollectorManager<>(10, 2) {
				@Override
				public DiversifiedTopDocsCollector newCollector() {
					return new DiversifiedTopDocsCollector(10, 2) {
						@Override
						protected NumericDocValues getKeys(LeafReaderContext context) {
							try {
								return DocValues.getNumeric(context.reader(), "group");
							} catch (IOException e) {
								throw new java.io.UncheckedIOException(e);
							}
						}
					};
				}
			}) : searcher.search(ranked, new TopScoreDocCollectorManager(10, 1000));
			RandomSamplingFacetsCollector matches = searcher.search(query, RandomSamplingFacetsCollector.createManager(5_000, 1));
			Facets facets = new SortedSetDocValuesFacetCounts(state, matches);
			for (String dimension : FACET_DIMENSIONS) {
				try {
					matches.amortizeFacetCounts(facets.getTopChildren(12, dimension), LibraryDocuments.facetsConfig(), searcher);
				} catch (IllegalArgumentException absent) {
					// the generated library has no clients
				}
			}
			// a snippet per hit from the first field that shows a match, each field only for hits still without one
			List<Integer> missing = new ArrayList<>();
			for (int i = 0; i < top.scoreDocs.length; i++) {
				missing.add(top.scoreDocs[i].doc);
			}
			for (String field : new String[] { "summary", "quote", "body", "title" }) {
				if (missing.isEmpty()) {
					break;
				}
				int[] docIds = missing.stream().mapToInt(Integer::intValue).toArray();
				String[] found = highlighter.highlightFields(new String[] { field }, parsed, docIds, new int[] { 1 }).get(field);
				List<Integer> still = new ArrayList<>();
				for (int j = 0; j < docIds.length; j++) {
					if (found[j] == null || !found[j].contains("<b>")) {
						still.add(docIds[j]);
					}
				}
				missing = still;
			}
			StoredFields stored = searcher.storedFields();
			List<String> ids = new ArrayList<>();
			for (ScoreDoc hit : top.scoreDocs) {
				ids.add(stored.document(hit.doc).get("id"));
			}
			return ids;
		}
	}

	private static String[] scanTexts(List<Practice> practices) {
		String[] texts = new String[practices.size()];
		for (int i = 0; i < texts.length; i++) {
			Practice p = practices.get(i);
			StringBuilder text = new StringBuilder(p.getTitle()).append(' ').append(p.getSummary()).append(' ').append(p.getBody())
					.append(' ').append(p.getCategory().getLiteral());
			p.getSourceRefs().forEach(ref -> text.append(' ').append(ref.getQuote()));
			texts[i] = text.toString().toLowerCase(Locale.ROOT);
		}
		return texts;
	}

	/** Every practice whose text holds every word of the query (syntax stripped), first ten kept. */
	private static List<Integer> scan(String[] texts, String query) {
		List<String> words = new ArrayList<>();
		for (String word : query.toLowerCase(Locale.ROOT).replaceAll("[\"*():]|category|\\band\\b|\\bor\\b|\\bnot\\b", " ").split("\\s+")) {
			if (!word.isBlank()) {
				words.add(word);
			}
		}
		List<Integer> hits = new ArrayList<>();
		int total = 0;
		for (int i = 0; i < texts.length; i++) {
			boolean all = true;
			for (String word : words) {
				if (!texts[i].contains(word)) {
					all = false;
					break;
				}
			}
			if (all && total++ < 10) {
				hits.add(i);
			}
		}
		return hits;
	}

	private LibraryBenchmark() {
	}
}
