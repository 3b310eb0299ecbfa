package org.playbook.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.playbook.library.index.IndexContent;
import org.playbook.library.index.LibraryIndex;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.library.solr.CollectionSetup;
import org.playbook.library.solr.LibraryPush;
import org.playbook.library.solr.LibraryServer;
import org.playbook.library.solr.SolrLibrary;
import org.playbook.model.Practice;

/**
 * The shared library at an agency network's scale: 1,000,000 generated practices pushed to a
 * SolrCloud collection of 2 shards × 2 replicas (releng/org.playbook.benchmarks/solrcloud.sh
 * starts one on loopback), then the strategists' query mix searched through SolrJ with
 * facets and snippets, side by side in one run with the embedded index of the same practices.
 *   releng/org.playbook.benchmarks/run.sh SolrBenchmark http://localhost:8983/solr [practices] [rounds] [shards] [replicas] [NRT|TLOG]
 */
public final class SolrBenchmark {
	private static final String[] QUERIES = { "listen more than talk", "intern", "return on investment", "sales pitch", "commitment",
			"category:measurement", "measur*", "crisis AND media", "\"customer profile\"", "engage conversations", "why purpose cause",
			"abandoned accounts" };

	public static void main(String[] args) throws Exception {
		String url = args.length > 0 ? args[0] : "http://localhost:8983/solr";
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
		int shards = args.length > 3 ? Integer.parseInt(args[3]) : 2, replicas = args.length > 4 ? Integer.parseInt(args[4]) : 2;
		CollectionSetup.ReplicaType type = args.length > 5 ? CollectionSetup.ReplicaType.valueOf(args[5]) : CollectionSetup.ReplicaType.NRT;
		List<Practice> practices = new GeneratedLibrary(42).practices(count);
		IndexContent content = IndexContent.library(practices, List.of());
		System.out.printf("%,d generated practices; %d rounds of %d queries; %d cores, %s%n", count, rounds, QUERIES.length,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

		String collection = "bench" + System.currentTimeMillis();
		try (SolrLibrary shared = new SolrLibrary(new LibraryServer(List.of(url), collection))) {
			System.out.println(CollectionSetup.create(shared, shards, replicas, type));
			long start = System.nanoTime();
			LibraryPush.Result pushed = LibraryPush.push(shared, content, null);
			double pushSeconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("SolrCloud push  %s in %.1f s: %,.0f practices/s (%d shards x %d replicas, batches of %d, %d in flight)%n", pushed,
					pushSeconds, count / pushSeconds, shards, replicas, LibraryPush.BATCH, LibraryPush.SENDERS);

			Path folder = Files.createTempDirectory("playbook-solr-bench");
			start = System.nanoTime();
			try (LibraryIndex embedded = LibraryIndex.open(folder.resolve("index"), content, null)) {
				double indexSeconds = (System.nanoTime() - start) / 1e9;
				System.out.printf("embedded index  %,d practices in %.1f s: %,.0f practices/s%n", count, indexSeconds, count / indexSeconds);
				System.out.printf("indexing ratio SolrCloud / embedded: %.2f%n", indexSeconds / pushSeconds);

				int same = 0;
				for (String query : QUERIES) {
					SearchResult a = shared.search(SearchRequest.practices(query)), b = embedded.search(SearchRequest.practices(query));
					if (a.totalHits() == b.totalHits()) {
						same++;
					} else {
						System.out.printf("  %s: %,d matches on SolrCloud, %,d embedded%n", query, a.totalHits(), b.totalHits());
					}
				}
				System.out.printf("same number of matches on both for %d of %d queries%n", same, QUERIES.length);
				Timings solr = new Timings("SolrCloud search via SolrJ", rounds * QUERIES.length);
				Timings lucene = new Timings("embedded search", rounds * QUERIES.length);
				for (int round = -10; round < rounds; round++) {
					for (String query : QUERIES) {
						long t0 = System.nanoTime();
						shared.search(SearchRequest.practices(query));
						long t1 = System.nanoTime();
						embedded.search(SearchRequest.practices(query));
						long t2 = System.nanoTime();
						if (round >= 0) {
							solr.add(t1 - t0);
							lucene.add(t2 - t1);
						}
					}
				}
				for (Timings t : new Timings[] { solr, lucene }) {
					System.out.printf("%s   p99 %8.2f ms%n", t, t.percentileMillis(99));
				}
				System.out.printf("p50 ratio SolrCloud / embedded %.1f, p99 ratio %.1f; SolrCloud p99 %.1f ms (goal <= 50 ms)%n",
						solr.percentileMillis(50) / lucene.percentileMillis(50), solr.percentileMillis(99) / lucene.percentileMillis(99),
						solr.percentileMillis(99));
			} finally {
				shared.send(org.apache.solr.client.solrj.request.CollectionAdminRequest.deleteCollection(collection), false);
			}
		}
	}
}
