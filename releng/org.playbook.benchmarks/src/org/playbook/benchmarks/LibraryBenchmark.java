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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.playbook.library.index.LibraryAnalyzer;
import org.playbook.library.index.LibraryDocuments;
import org.playbook.library.search.IndexContent;
import org.playbook.library.search.LibraryIndex;
import org.playbook.library.search.SearchRequest;
import org.playbook.model.Practice;
import org.playbook.model.SourceRef;

/**
 * The library at scale: 100,000 practices generated from the corpus vocabulary. Indexing rate
 * and search latency (p50/p99 over a mix of queries a strategist types), side by side in one
 * process with:
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
	private static final String[] FACET_DIMENSIONS = { "category", "polarity", "source", "tag", "kind", "client" };

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		List<Practice> practices = new GeneratedLibrary(42).practices(count);
		Path folder = Files.createTempDirectory("playbook-library-bench");
		System.out.printf("%,d practices generated from the seed library's vocabulary; %d rounds of %d queries%n", count, rounds, QUERIES.length);

		// the first build is cold (JIT); the rebuilds after it show the steady rate
		long start = System.nanoTime();
		LibraryIndex playbook = LibraryIndex.open(folder.resolve("playbook"), content(practices));
		double playbookCold = (System.nanoTime() - start) / 1e9;
		double playbookWarm = Double.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			start = System.nanoTime();
			playbook.rebuild();
			playbookWarm = Math.min(playbookWarm, (System.nanoTime() - start) / 1e9);
		}
		double rawCold = 0, rawWarm = Double.MAX_VALUE;
		for (int i = 0; i < 4; i++) {
			start = System.nanoTime();
			indexRaw(folder.resolve("raw"), practices);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (i == 0) {
				rawCold = seconds;
			} else {
				rawWarm = Math.min(rawWarm, seconds);
			}
		}
		System.out.printf("indexing  Playbook  cold %,8.0f practices/s   warm (best of 3) %,8.0f practices/s (stemming, offsets, facets; two threads)%n",
				count / playbookCold, count / playbookWarm);
		System.out.printf("indexing  raw       cold %,8.0f practices/s   warm (best of 3) %,8.0f practices/s (StandardAnalyzer, text fields; one thread)%n",
				count / rawCold, count / rawWarm);
		System.out.printf("indexing  ratio raw / Playbook: cold %.2f, warm %.2f (goal: Playbook >= 20,000/s)%n", playbookCold / rawCold,
				playbookWarm / rawWarm);

		try (DirectoryReader sameReader = DirectoryReader.open(FSDirectory.open(folder.resolve("playbook")));
				DirectoryReader bareReader = DirectoryReader.open(FSDirectory.open(folder.resolve("raw")))) {
			SameWork same = new SameWork(new IndexSearcher(sameReader));
			IndexSearcher bare = new IndexSearcher(bareReader);
			String[] scanTexts = scanTexts(practices);
			Timings tPlaybook = new Timings("Playbook search (facets+snippets)", rounds * QUERIES.length);
			Timings tSame = new Timings("raw Lucene, same work", rounds * QUERIES.length);
			Timings tBare = new Timings("raw Lucene, bare top 10", rounds * QUERIES.length);
			Timings tScan = new Timings("naive substring scan", Math.max(1, rounds / 10) * QUERIES.length);
			Map<String, Timings> perQuery = new java.util.LinkedHashMap<>();
			Map<String, Long> matches = new HashMap<>();
			for (String query : QUERIES) {
				perQuery.put(query, new Timings(query, rounds));
				matches.put(query, playbook.search(SearchRequest.practices(query)).totalHits());
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
					same.search(query);
					long t2 = System.nanoTime();
					bareSearch(bare, query);
					long t3 = System.nanoTime();
					if (measured) {
						tPlaybook.add(t1 - t0);
						tSame.add(t2 - t1);
						tBare.add(t3 - t2);
					}
					if (measured && round % 10 == 0) { // the scan is slow; sample it
						long s0 = System.nanoTime();
						scan(scanTexts, query);
						tScan.add(System.nanoTime() - s0);
					}
				}
			}
			System.out.println("Playbook per query (matches of " + count + "):");
			perQuery.forEach((query, t) -> System.out.printf("  %-26s %6d matches   p50 %6.2f ms   p99 %6.2f ms%n", query, matches.get(query),
					t.percentileMillis(50), t.percentileMillis(99)));
			for (Timings t : new Timings[] { tPlaybook, tSame, tBare, tScan }) {
				System.out.printf("%s   p99 %8.2f ms%n", t, t.percentileMillis(99));
			}
			System.out.printf("p99 ratio Playbook / raw Lucene same work: %.2f (goal <= 1.3)%n", tPlaybook.percentileMillis(99) / tSame.percentileMillis(99));
			System.out.printf("p50 ratio Playbook / raw Lucene same work: %.2f%n", tPlaybook.percentileMillis(50) / tSame.percentileMillis(50));
			System.out.printf("p99 ratio Playbook / raw Lucene bare:      %.2f (what facets and snippets cost)%n", tPlaybook.percentileMillis(99) / tBare.percentileMillis(99));
			System.out.printf("p50 ratio naive scan / Playbook:           %.0f%n", tScan.percentileMillis(50) / tPlaybook.percentileMillis(50));
			System.out.printf("Playbook p99 %.2f ms (goal <= 5 ms)%n", tPlaybook.percentileMillis(99));
		}
		playbook.close();
	}

	private static IndexContent content(List<Practice> practices) {
		return new IndexContent() {
			@Override
			public Iterable<Practice> practices() {
				return practices;
			}

			@Override
			public void forEachStrategy(StrategyVisitor visitor) {
				// practices only
			}
		};
	}

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
		private final Map<String, Float> boosts = new HashMap<>();
		private final String[] fields = { "title", "text" };

		SameWork(IndexSearcher searcher) throws IOException {
			this.searcher = searcher;
			this.state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), LibraryDocuments.facetsConfig());
			boosts.putAll(Map.of("title", 3f));
		}

		void search(String text) throws Exception {
			MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, LibraryAnalyzer.forQueries(), boosts);
			parser.setSplitOnWhitespace(false);
			Query parsed = parser.parse(text);
			Query query = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
					.add(new TermQuery(new Term("kind", "practice")), BooleanClause.Occur.FILTER).build();
			TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(10, 1000));
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
			UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, LibraryAnalyzer.forQueries()).withMaxNoHighlightPassages(0)
					.withHighlightPhrasesStrictly(false).withFieldMatcher(field -> true).build();
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
					if (found[j] == null) {
						still.add(docIds[j]);
					}
				}
				missing = still;
			}
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc hit : top.scoreDocs) {
				stored.document(hit.doc);
			}
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
