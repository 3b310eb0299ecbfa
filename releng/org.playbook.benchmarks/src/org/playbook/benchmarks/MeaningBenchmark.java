package org.playbook.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.util.IOUtils;
import org.playbook.library.Library;
import org.playbook.library.embedding.SentenceEmbeddings;
import org.playbook.library.embedding.StoredEmbeddings;
import org.playbook.library.index.IndexContent;
import org.playbook.library.index.LibraryDocuments;
import org.playbook.library.index.LibraryIndex;
import org.playbook.library.search.SearchRequest;
import org.playbook.model.Practice;
import org.playbook.model.Source;

/**
 * What searching by meaning costs, beside the library searched by its words alone in the same
 * run: the sentence model's throughput on real passages (the seed posts' and the team's) and
 * its latency for one question; then, on a generated library of practices drawn from posts,
 * the first build (every text embedded), a rebuild of the words that keeps the meanings' graph,
 * one of both that reads the stored vectors back into a new graph, and the
 * hybrid search's p50/p99 with the question's embedding included, interleaved with the same
 * questions searched by words on an index of words alone (the build before meanings).
 *
 * Run from the project root: releng/org.playbook.benchmarks/run.sh MeaningBenchmark [PRACTICES [ROUNDS [FOLDER]]]
 * FOLDER keeps the indexes and the stored vectors for the next run of the same size, which then
 * builds its indexes anew from the stored vectors instead of embedding every text again.
 */
public final class MeaningBenchmark {
	/** Questions as strategists type them: plain words, so both words and meaning answer them. */
	private static final String[] QUESTIONS = { "how often should we post on each network", "who should answer angry comments at night",
			"is it worth paying to reach more people", "what should a crisis plan include", "how do we know the money spent on social pays off",
			"should a junior employee run our company accounts", "which metric for an awareness campaign", "can we repost a customer photo",
			"how long should the monthly report be", "do the people running our accounts need a style guide" };
	private static final int PRACTICES_PER_POST = 20, PARAGRAPHS_PER_POST = 30;

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		System.out.printf("%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		throughput();

		GeneratedLibrary generated = new GeneratedLibrary(42);
		List<Practice> practices = generated.practices(count);
		List<IndexContent.Post> posts = generated.posts(practices, PRACTICES_PER_POST, PARAGRAPHS_PER_POST);
		IndexContent content = IndexContent.library(practices, posts);
		Path folder = args.length > 2 ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("playbook-meaning-bench");
		boolean embedded = Files.exists(folder.resolve("meanings"));
		Path hybridFolder = folder.resolve("hybrid");
		IOUtils.rm(folder.resolve("words"), hybridFolder, LibraryIndex.graphFolder(hybridFolder)); // an earlier run's indexes: each is built here
		try (LibraryIndex words = LibraryIndex.open(folder.resolve("words"), content, null)) {
			double wordsRebuild = bestRebuild(words);
			long start = System.nanoTime();
			try (LibraryIndex hybrid = LibraryIndex.open(hybridFolder, content, StoredEmbeddings.open(folder.resolve("meanings")))) {
				double firstBuild = (System.nanoTime() - start) / 1e9;
				int documents = hybrid.size();
				double hybridRebuild = bestRebuild(hybrid);
				System.out.printf("library: %,d practices and %,d passages (%,d documents)%n", count, documents - count, documents);
				System.out.printf("first build with meanings (%s): %.1f s (%,.0f documents/s)%n",
						embedded ? "the vectors stored by an earlier run" : "every text embedded", firstBuild, documents / firstBuild);
				System.out.printf("rebuild, words alone: %.1f s; with meanings, their graph kept: %.1f s; ratio %.2f (goal <= 1.5)%n",
						wordsRebuild, hybridRebuild, hybridRebuild / wordsRebuild);
			}
			// the graph lost too (deleted, damaged): both built again, the vectors read back from the stored ones
			IOUtils.rm(hybridFolder, LibraryIndex.graphFolder(hybridFolder));
			start = System.nanoTime();
			try (LibraryIndex hybrid = LibraryIndex.open(hybridFolder, content, StoredEmbeddings.open(folder.resolve("meanings")))) {
				double both = (System.nanoTime() - start) / 1e9;
				System.out.printf("rebuild with the graph lost too, vectors read back: %.1f s; ratio %.2f%n", both, both / wordsRebuild);
			}
		} // closing waits for the merges the rebuilds started: the searches below meet a library at rest
		try (LibraryIndex words = LibraryIndex.open(folder.resolve("words"), content, null);
				LibraryIndex hybrid = LibraryIndex.open(folder.resolve("hybrid"), content, StoredEmbeddings.open(folder.resolve("meanings")))) {
			search(words, hybrid, rounds);
		}
	}

	/** The model on real passages: passages per second, batched as the index embeds them, and one question's latency. */
	private static void throughput() throws Exception {
		List<String> texts = new ArrayList<>();
		Library seeds = Library.load(null);
		for (Source source : seeds.sources().values()) {
			IndexContent.Post post = new IndexContent.Post(source, seeds.postText(source), List.of());
			for (Document passage : LibraryDocuments.passages(post)) {
				texts.add(LibraryDocuments.meaningText(passage));
			}
		}
		SentenceEmbeddings model = SentenceEmbeddings.shared();
		model.embed(texts); // warm
		double best = Double.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			model.embed(texts);
			best = Math.min(best, (System.nanoTime() - start) / 1e9);
		}
		int characters = texts.stream().mapToInt(String::length).sum();
		System.out.printf("embedding: %,.0f passages/s (%d passages of the seed posts, %,d characters on average, best of 3)%n", texts.size() / best,
				texts.size(), characters / texts.size());
		Timings one = new Timings("embedding of one question", 20 * QUESTIONS.length);
		for (int round = -5; round < 20; round++) {
			for (String question : QUESTIONS) {
				long t0 = System.nanoTime();
				model.embed(question);
				if (round >= 0) {
					one.add(System.nanoTime() - t0);
				}
			}
		}
		System.out.printf("%s   p99 %.2f ms%n", one, one.percentileMillis(99));
	}

	private static double bestRebuild(LibraryIndex index) throws Exception {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < 2; i++) {
			long start = System.nanoTime();
			index.rebuild();
			best = Math.min(best, (System.nanoTime() - start) / 1e9);
		}
		return best;
	}

	/** The same questions, interleaved: hybrid search (its embedding included), the words alone, the embedding alone. */
	private static void search(LibraryIndex words, LibraryIndex hybrid, int rounds) throws Exception {
		SentenceEmbeddings model = SentenceEmbeddings.shared();
		Timings tHybrid = new Timings("hybrid search (words + meaning)", rounds * QUESTIONS.length);
		Timings tWords = new Timings("search by words alone", rounds * QUESTIONS.length);
		Timings tEmbed = new Timings("the question's embedding alone", rounds * QUESTIONS.length);
		for (int round = -10; round < rounds; round++) {
			for (String question : QUESTIONS) {
				SearchRequest request = SearchRequest.practices(question);
				long t0 = System.nanoTime();
				hybrid.search(request);
				long t1 = System.nanoTime();
				words.search(request);
				long t2 = System.nanoTime();
				model.embed(question);
				long t3 = System.nanoTime();
				if (round >= 0) {
					tHybrid.add(t1 - t0);
					tWords.add(t2 - t1);
					tEmbed.add(t3 - t2);
				}
			}
		}
		for (Timings t : new Timings[] { tHybrid, tWords, tEmbed }) {
			System.out.printf("%s   p99 %8.2f ms%n", t, t.percentileMillis(99));
		}
		double budget = tWords.percentileMillis(99) + 1.2 * tEmbed.percentileMillis(99);
		System.out.printf("hybrid p99 %.2f ms against the goal: words p99 + 1.2 x embedding p99 = %.2f ms (%s)%n", tHybrid.percentileMillis(99), budget,
				tHybrid.percentileMillis(99) <= budget ? "met" : "not met");
	}
}
