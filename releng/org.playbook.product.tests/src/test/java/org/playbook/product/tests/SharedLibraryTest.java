package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The shared library on a real SolrCloud (two nodes, a collection of 2 shards × 2 replicas
 * made from the generated configset), through ./playbook as a strategist types it: the same
 * top ten and the same facet counts as the embedded library for the strategists' queries; a
 * push twice sends nothing; a push killed halfway is finished by the next; a node killed
 * during a loop of searches fails none; the whole cluster down, search answers from the
 * embedded library and says so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class SharedLibraryTest {
	private static final String COLLECTION = "shared";
	private static final List<String> QUERIES = List.of("listen more than talk", "category:measurement AND roi", "how often should we post",
			"crisis plan", "return on investment", "engagement", "tag:roi", "polarity:failure", "intern", "sales pitch", "measur*",
			"\"social media\"", "why do negative comments snowball", "brand voice", "content calendar", "what should we measure");
	private static LibraryCluster cluster;
	private static Product product;
	private static String server;

	@BeforeAll
	static void startCluster() throws Exception {
		cluster = LibraryCluster.start(0);
		product = Product.fresh("shared-library");
		server = "--server " + cluster.url(0) + " --collection " + COLLECTION;
		Product.Run create = product.run("./playbook library create " + server + " --shards 2 --replicas 2");
		assertEquals(0, create.exitCode(), create.toString());
		assertTrue(create.output().contains("Created the collection " + COLLECTION), create.toString());
		cluster.waitForCollection(COLLECTION, 2, 2);
	}

	@AfterAll
	static void stopCluster() throws Exception {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	@Order(1)
	public void aPushTwiceSendsNothingTheSecondTime() {
		Product.Run first = product.run("./playbook library push " + server);
		assertEquals(0, first.exitCode(), first.toString());
		assertTrue(first.output().matches("(?s).*: [1-9]\\d* documents sent, 0 already there.*"), first.toString());
		Product.Run second = product.run("./playbook library push " + server);
		assertEquals(0, second.exitCode(), second.toString());
		assertTrue(second.output().contains(": 0 documents sent, "), second.toString());
		Product.report("shared library: first push: " + first.output().strip() + "; second: " + second.output().strip());
	}

	@Test
	@Order(2)
	public void theSharedLibraryFindsWhatTheEmbeddedOneFinds() {
		int sameTop = 0;
		for (String query : QUERIES) {
			// plain questions are searched by words and meaning on both engines, keywords and syntax by their words
			JsonObject embedded = json(product.run("./playbook search '" + query + "' --json --limit 10"));
			JsonObject shared = json(product.run("./playbook search '" + query + "' --json --limit 10 " + server));
			assertTrue(shared.get("library").getAsString().startsWith("SolrCloud collection " + COLLECTION), shared.toString());
			assertFalse(shared.has("notice") && shared.get("notice").getAsString().contains("cannot be reached"), shared.toString());
			assertEquals(embedded.get("totalHits").getAsLong(), shared.get("totalHits").getAsLong(), query + ": matches");
			assertEquals(ranked(embedded), ranked(shared), query + ": the top ten, best first (ties in any order; the ten cut the last tie anywhere)");
			assertEquals(facets(embedded), facets(shared), query + ": facet counts");
			sameTop++;
		}
		Product.report("shared library: " + sameTop + " of " + QUERIES.size()
				+ " strategists' queries with the same matches, top ten and facet counts on SolrCloud (2 shards x 2 replicas) as embedded");
	}

	@Test
	@Order(4)
	public void aNodeKilledDuringSearchesFailsNone() throws Exception {
		int searches = 8, failed = 0, fallbacks = 0;
		JettySolrRunner stopped = null;
		for (int i = 0; i < searches; i++) {
			if (i == 2) {
				stopped = cluster.stop(1); // the other node holds a replica of every shard
			}
			Product.Run run = product.run("./playbook search '" + QUERIES.get(i) + "' --json " + server);
			failed += run.exitCode() == 0 ? 0 : 1;
			fallbacks += run.output().contains("cannot be reached") ? 1 : 0;
		}
		cluster.restart(stopped);
		cluster.waitForCollection(COLLECTION, 2, 2);
		assertEquals(0, failed, "searches failed while a node was down");
		assertEquals(0, fallbacks, "searches fell back to the embedded library while a replica of every shard was up");
		Product.report("shared library: a node killed after 2 of " + searches + " searches: " + failed + " failed, " + fallbacks + " fell back");
	}

	@Test
	@Order(3)
	public void aPushKilledHalfwayIsFinishedByTheNext() throws Exception {
		long whole = count(product.run("./playbook library status " + server));
		// HTTP/1.1, as the product talks: over HTTP/2, a request one node proxied to another failed here
		try (SolrClient solr = new HttpJdkSolrClient.Builder(cluster.url(0)).useHttp1_1(true).withRequestTimeout(30, TimeUnit.SECONDS).build()) {
			for (int trial = 1;; trial++) {
				String collection = "interrupted" + trial, fresh = "--server " + cluster.url(0) + " --collection " + collection;
				assertEquals(0, product.run("./playbook library create " + fresh).exitCode());
				long left = pushKilledOnceSomethingArrived(solr, collection, trial);
				if ((left == 0 || left == whole) && trial < 5) {
					continue; // killed before anything was sent, or after all: try again
				}
				assertTrue(left > 0 && left < whole, "the push was killed halfway: " + left + " of " + whole + " documents there");
				Product.Run finish = product.run("./playbook library push " + fresh);
				assertEquals(0, finish.exitCode(), finish.toString());
				assertTrue(finish.output().contains(": " + (whole - left) + " documents sent, " + left + " already there"), finish.toString());
				Product.Run again = product.run("./playbook library push " + fresh);
				assertTrue(again.output().contains(": 0 documents sent, " + whole + " already there"), again.toString());
				assertEquals(whole, count(product.run("./playbook library status " + fresh)));
				Product.report("shared library: push killed -9 with " + left + " of " + whole + " documents sent (trial " + trial
						+ "); the next push sent the other " + (whole - left) + ", the one after none");
				return;
			}
		}
	}

	/** Starts a push of one document a request, each searchable within 100 ms, and kills it -9 as the first arrives; how many are there then. */
	private static long pushKilledOnceSomethingArrived(SolrClient solr, String collection, int trial) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(product.here.resolve("playbook").toString(), "library", "push", "--server", cluster.url(0),
				"--collection", collection).directory(product.here.toFile()).redirectErrorStream(true)
				.redirectOutput(product.here.resolve("push-killed-" + trial + ".log").toFile());
		builder.environment().put("HOME", product.home.toString());
		builder.environment().put("JAVA_TOOL_OPTIONS", "-Dplaybook.solr.batch=1 -Dplaybook.solr.commitWithin=100");
		Process push = builder.start();
		long seen = 0, deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (push.isAlive() && seen == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
			seen = solr.query(collection, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
		}
		push.descendants().forEach(ProcessHandle::destroyForcibly);
		push.destroyForcibly();
		push.waitFor(30, TimeUnit.SECONDS);
		// what reached the cluster before the kill becomes searchable, and a request the cluster
		// was still taking when the client died is counted too: commit until the count holds
		long counted = -1, now = committedCount(solr, collection);
		for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); now != counted && System.nanoTime() < until;) {
			counted = now;
			now = committedCount(solr, collection);
		}
		return now;
	}

	private static long committedCount(SolrClient solr, String collection) throws Exception {
		solr.commit(collection);
		return solr.query(collection, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
	}

	@Test
	@Order(5)
	public void withTheClusterDownSearchAnswersFromTheEmbeddedLibrary() throws Exception {
		cluster.close();
		JsonObject embedded = json(product.run("./playbook search 'listen more than talk' --json --limit 10"));
		Product.Run run = product.run("./playbook search 'listen more than talk' --json --limit 10 " + server);
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject fallback = json(run);
		assertTrue(fallback.get("notice").getAsString().contains("cannot be reached"), run.toString());
		assertEquals(ranked(embedded), ranked(fallback));
		Product.Run push = product.run("./playbook library push " + server);
		assertEquals(1, push.exitCode(), push.toString());
		assertTrue(push.output().contains("cannot be reached"), push.toString());
		cluster = null;
	}

	private static long count(Product.Run status) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("holds (\\d+) documents").matcher(status.output());
		assertTrue(matcher.find(), status.toString());
		return Long.parseLong(matcher.group(1));
	}

	private static JsonObject json(Product.Run run) {
		assertEquals(0, run.exitCode(), run.toString());
		String output = run.output();
		return JsonParser.parseString(output.substring(output.indexOf('{'))).getAsJsonObject();
	}

	/**
	 * The hits' ids best first, those of equal score (to six digits) as one set; of the last
	 * set only its size when the list is full, since which of many equal hits make the ten is
	 * the order the documents were indexed in.
	 */
	private static List<List<String>> ranked(JsonObject result) {
		List<List<String>> ranks = new ArrayList<>();
		double previous = Double.NaN;
		for (JsonElement hit : result.getAsJsonArray("hits")) {
			double score = hit.getAsJsonObject().get("score").getAsDouble();
			if (ranks.isEmpty() || Math.abs(score - previous) > 1e-5 * Math.max(1, Math.abs(score))) {
				ranks.add(new ArrayList<>());
			}
			ranks.get(ranks.size() - 1).add(hit.getAsJsonObject().get("id").getAsString());
			ranks.get(ranks.size() - 1).sort(null);
			previous = score;
		}
		if (result.getAsJsonArray("hits").size() == 10 && !ranks.isEmpty()) {
			List<String> last = ranks.remove(ranks.size() - 1);
			ranks.add(java.util.Collections.nCopies(last.size(), "(one of the equal hits)"));
		}
		return ranks;
	}

	private static Map<String, Map<String, Integer>> facets(JsonObject result) {
		Map<String, Map<String, Integer>> facets = new TreeMap<>();
		for (Map.Entry<String, JsonElement> dimension : result.getAsJsonObject("facets").entrySet()) {
			Map<String, Integer> counts = new TreeMap<>();
			JsonArray values = dimension.getValue().getAsJsonArray();
			values.forEach(v -> counts.put(v.getAsJsonObject().get("value").getAsString(), v.getAsJsonObject().get("count").getAsInt()));
			if (!counts.isEmpty()) {
				facets.put(dimension.getKey(), counts);
			}
		}
		return facets;
	}
}
