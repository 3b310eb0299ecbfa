package org.playbook.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.playbook.library.LibraryService;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;

/**
 * How well the library's search answers a strategist's questions, by words alone and by words
 * and meaning fused, on every labelled question: the team's (releng/org.playbook.benchmarks/eval),
 * the development posts' and the training posts' (../shared/corpus, read from there). All their
 * posts are imported into one library, their proposals accepted, and each question is asked in
 * plain words. For each way of ranking it reports how often the question's post is among the
 * first three hits, how often the key sentence itself is (a passage that holds it, or a practice
 * that quotes it), the mean reciprocal rank of the key sentence in the first ten, and which kind
 * of hit comes first; beside BM25 over the whole posts. The ranking has no parameter fitted to
 * these questions but the fusion's constants, which are reported with the figures.
 *
 * Run from the project root: releng/org.playbook.benchmarks/run.sh SearchEvaluation [-v]
 */
public final class SearchEvaluation {
	private record Question(Path post, String question, String key) {
	}

	/** The figures of one way of ranking. */
	private static final class Figures {
		int postInTop3, keyInTop3, passageFirst, practiceFirst;
		double reciprocalRanks;
	}

	public static void main(String[] args) throws Exception {
		boolean verbose = List.of(args).contains("-v");
		List<Path> posts = new ArrayList<>();
		List<Question> questions = new ArrayList<>();
		add(posts, questions, LabelledCorpus.TEAM.resolve("posts"), LabelledCorpus.TEAM.resolve("questions.tsv"));
		add(posts, questions, LabelledCorpus.DEVELOPMENT, LabelledCorpus.DEVELOPMENT.resolve("queries.tsv"));
		add(posts, questions, LabelledCorpus.TRAIN, LabelledCorpus.TRAIN.resolve("queries-a.tsv"));
		add(posts, questions, LabelledCorpus.TRAIN, LabelledCorpus.TRAIN.resolve("queries-b.tsv"));
		Path workspace = Files.createTempDirectory("playbook-search-evaluation");
		Map<Path, ImportResult> read = new HashMap<>();
		try (LibraryService service = LibraryService.open(workspace)) {
			for (Path post : posts.stream().distinct().toList()) {
				ImportResult result = service.read(post);
				service.store(result, true);
				read.put(post, result);
			}
			service.index().commit();
			WholePostBaseline baseline = new WholePostBaseline(posts.stream().distinct().toList());
			Figures words = new Figures(), hybrid = new Figures();
			int baselineTop3 = 0;
			for (Question question : questions) {
				ImportResult post = read.get(question.post());
				SearchRequest request = SearchRequest.practices(question.question()).withLimit(10);
				score(words, service.index().searchByWords(request), post, question, verbose ? "words " : null);
				score(hybrid, service.index().search(request), post, question, verbose ? "hybrid" : null);
				baselineTop3 += baseline.top3(question.question()).contains(question.post().getFileName().toString()) ? 1 : 0;
			}
			int n = questions.size();
			System.out.printf("%d questions on %d posts; library of %d documents%n", n, read.size(), service.index().size());
			print("words (BM25, fields weighted)", words, n);
			print("words and meaning (reciprocal rank fusion)", hybrid, n);
			System.out.printf("  BM25 over whole posts: post in the top 3 %d (%.0f%%)%n", baselineTop3, 100.0 * baselineTop3 / n);
		}
	}

	private static void score(Figures figures, SearchResult result, ImportResult post, Question question, String trace) {
		List<Hit> hits = result.hits();
		String title = post.source().getTitle();
		String key = LabelledCorpus.normal(question.key());
		int keyRank = 0;
		for (int i = 0; i < hits.size(); i++) {
			Hit hit = hits.get(i);
			if (keyRank == 0 && title.equals(hit.source()) && holds(hit, post, key)) {
				keyRank = i + 1;
			}
		}
		boolean postInTop3 = hits.stream().limit(3).anyMatch(h -> title.equals(h.source()));
		figures.postInTop3 += postInTop3 ? 1 : 0;
		figures.keyInTop3 += keyRank > 0 && keyRank <= 3 ? 1 : 0;
		figures.reciprocalRanks += keyRank > 0 ? 1.0 / keyRank : 0;
		if (!hits.isEmpty()) {
			figures.passageFirst += hits.get(0).isPassage() ? 1 : 0;
			figures.practiceFirst += hits.get(0).isPractice() ? 1 : 0;
		}
		if (trace != null && (keyRank == 0 || keyRank > 3)) {
			System.out.println("  " + trace + " key at " + (keyRank == 0 ? "-" : keyRank) + " [" + question.post().getFileName() + "] "
					+ question.question() + " -> " + hits.stream().limit(3).map(h -> h.kind() + ":" + h.title()).toList());
		}
	}

	/** Whether the hit holds the key sentence: a passage of the post around it, or a practice quoting it. */
	private static boolean holds(Hit hit, ImportResult post, String key) {
		if (hit.isPassage() && hit.passage() != null) {
			String text = post.post().text();
			int start = Math.max(0, hit.passage().start()), end = Math.min(text.length(), hit.passage().end());
			return start < end && LabelledCorpus.normal(text.substring(start, end)).contains(key);
		}
		return hit.quote() != null && LabelledCorpus.matches(hit.quote(), key);
	}

	private static void print(String name, Figures f, int n) {
		System.out.printf("  %s: post in the top 3 %d (%.0f%%), key sentence in the top 3 %d (%.0f%%), key sentence's mean reciprocal rank %.3f; "
				+ "first hit a passage %d, a practice %d%n", name, f.postInTop3, 100.0 * f.postInTop3 / n, f.keyInTop3, 100.0 * f.keyInTop3 / n,
				f.reciprocalRanks / n, f.passageFirst, f.practiceFirst);
	}

	private static void add(List<Path> posts, List<Question> questions, Path folder, Path tsv) throws Exception {
		if (!Files.isRegularFile(tsv)) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().forEach(posts::add);
		}
		for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
			String[] row = line.split("\t");
			if (row.length >= 3 && !line.startsWith("#")) {
				questions.add(new Question(folder.resolve(row[0]), row[1], row[2]));
			}
		}
	}
}
