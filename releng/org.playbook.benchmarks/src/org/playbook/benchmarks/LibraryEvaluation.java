package org.playbook.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.playbook.library.LibraryService;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.importer.ProposalReview;
import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchRequest;
import org.playbook.model.Practice;

/**
 * How well the library learns from posts it has never seen, on labelled posts: the team's
 * own (releng/org.playbook.benchmarks/eval: every sentence a strategist would keep, with its
 * category, and two questions per post with the sentence that answers each) and, when the
 * folder is there, the development posts of ../shared/corpus/dev-posts (questions and key
 * sentences only; read from there, never copied here). It reports proposal precision (the
 * share of proposals a strategist would keep), recall of the key sentences, category
 * accuracy, and how often the post is among the top three search results for its questions,
 * beside a plain BM25 ranking of the whole posts (tags stripped, no stemming) as baseline.
 * The shipped advice models are trained on the team's posts (and ../shared/corpus/train-posts),
 * so the figures of the team's posts here are training figures; the development posts were
 * never trained on and are the held-out ones. It opens with the figures that count: the
 * labelled posts' cross-validated figures beside the training figures, as {@link TrainAdviceModels}
 * measured them when it trained the shipped models, or measured again with --cross-validate.
 *
 * Run from the project root: releng/org.playbook.benchmarks/run.sh LibraryEvaluation [-v] [--cross-validate]
 */
public final class LibraryEvaluation {
	private static final Path TEAM = Path.of("releng/org.playbook.benchmarks/eval");
	private static final Path DEVELOPMENT = Path.of("../shared/corpus/dev-posts");

	private record Labelled(String file, String category, String polarity, String sentence) {
	}

	private record Question(String file, String question, String key) {
	}

	private record Post(Path file, boolean team, boolean html) {
	}

	private final boolean verbose;
	private final List<Post> posts = new ArrayList<>();
	private final List<Labelled> keep = new ArrayList<>();
	private final List<Question> questions = new ArrayList<>();

	private LibraryEvaluation(boolean verbose) {
		this.verbose = verbose;
	}

	public static void main(String[] args) throws Exception {
		LibraryEvaluation evaluation = new LibraryEvaluation(Arrays.asList(args).contains("-v"));
		crossValidated(Arrays.asList(args).contains("--cross-validate"));
		evaluation.load();
		evaluation.run();
	}

	/**
	 * The figures that say how the advice finder does on posts it has never seen: leave one
	 * post out over the labelled posts, beside the same models on their own training data. As
	 * the shipped models' training measured them (models/advice.properties, with the data's
	 * checksum), or measured again here with {@code --cross-validate} (some eight minutes).
	 */
	private static void crossValidated(boolean again) throws Exception {
		java.util.Properties about = org.playbook.library.learning.AdviceModels.shipped().about();
		System.out.printf("advice models trained %s on data sha256 %s%n", about.getProperty("trained"), about.getProperty("data.sha256"));
		System.out.println("figure                      cross-validated (leave one post out)   on the training data");
		for (String figure : List.of("precision", "recall", "category", "polarity")) {
			System.out.printf("%-27s %-38s %s%n", figure, percent(about.getProperty("cv." + figure)), percent(about.getProperty("training." + figure)));
		}
		System.out.printf("%-27s %s%n", "key sentences", percent(about.getProperty("cv.keySentences")));
		if (again) {
			if (!LabelledCorpus.available()) {
				System.out.println("--cross-validate: the labelled posts are not at " + LabelledCorpus.TRAIN.toAbsolutePath().normalize());
				return;
			}
			LabelledCorpus corpus = LabelledCorpus.read();
			var held = org.playbook.library.learning.AdviceTraining.crossValidate(corpus.examples());
			System.out.println("measured again on data sha256 " + corpus.checksum() + ": " + TrainAdviceModels.Figures.of(corpus, held));
		}
		System.out.println();
	}

	private static String percent(String fraction) {
		return fraction == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f %%", 100 * Double.parseDouble(fraction));
	}

	private void load() throws IOException {
		addPosts(TEAM.resolve("posts"), true);
		for (String[] row : rows(TEAM.resolve("practices.tsv"))) {
			keep.add(new Labelled(row[0], row[1], row[2], row[3]));
		}
		for (String[] row : rows(TEAM.resolve("questions.tsv"))) {
			questions.add(new Question(row[0], row[1], row[2]));
		}
		if (Files.isDirectory(DEVELOPMENT)) {
			addPosts(DEVELOPMENT, false);
			for (String[] row : rows(DEVELOPMENT.resolve("queries.tsv"))) {
				questions.add(new Question(row[0], row[1], row[2]));
			}
		}
	}

	private void addPosts(Path folder, boolean team) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted()
					.forEach(f -> posts.add(new Post(f, team, f.toString().endsWith(".html"))));
		}
	}

	private void run() throws Exception {
		Path workspace = Files.createTempDirectory("playbook-evaluation");
		Map<String, ImportResult> read = new LinkedHashMap<>();
		Map<String, String> titles = new LinkedHashMap<>();
		long start = System.nanoTime();
		try (LibraryService service = LibraryService.open(workspace)) {
			for (Post post : posts) {
				ImportResult result = service.read(post.file());
				read.put(name(post), result);
				titles.put(name(post), result.source().getTitle());
			}
			long readMillis = (System.nanoTime() - start) / 1_000_000;
			proposals(read);
			for (ImportResult result : read.values()) {
				service.store(result, true);
			}
			search(service, titles);
			System.out.printf("%nread %d posts in %d ms%n", posts.size(), readMillis);
		}
		learning();
		sameAs();
	}

	/**
	 * Where "same as" should start: sentences as another post would say them, each labelled
	 * with the seed practice it repeats or with none, read one by one as posts by the seed
	 * library; for thresholds from 0.3 to 0.9, how many repeats are caught and how many new
	 * pieces of advice are wrongly called repeats.
	 */
	private void sameAs() throws Exception {
		List<String[]> pairs = rows(TEAM.resolve("same-as.tsv"));
		Path folder = Files.createTempDirectory("playbook-same-as");
		List<double[]> measured = new ArrayList<>(); // similarity, 1 if the nearest is the labelled practice, 1 if it is a repeat at all
		try (LibraryService service = LibraryService.open(null)) {
			int i = 0;
			for (String[] pair : pairs) {
				Path post = Files.writeString(folder.resolve("same-as-" + i++ + ".txt"), "A Post\n\n" + pair[0] + "\n");
				ImportResult result = service.read(post);
				if (result.proposals().isEmpty()) {
					System.out.println("  same-as sentence not proposed: " + pair[0]);
					continue;
				}
				Practice proposal = result.proposals().get(0);
				var classified = service.index().classify(proposal, result.review(proposal));
				boolean repeat = !"-".equals(pair[1]);
				measured.add(new double[] { classified.similarity(), pair[1].equals(classified.nearestId()) ? 1 : 0, repeat ? 1 : 0 });
				if (verbose) {
					System.out.printf("  same as %.2f %s (labelled %s): %s%n", classified.similarity(), classified.nearestId(), pair[1], pair[0]);
				}
			}
		}
		long repeats = measured.stream().filter(m -> m[2] == 1).count(), fresh = measured.size() - repeats;
		System.out.printf("same as: %d repeats and %d new pieces of advice (threshold in use %.2f)%n", repeats, fresh,
				org.playbook.library.index.ProposalClassifier.SAME_AS);
		for (int percent = 30; percent <= 90; percent += 5) {
			double t = percent / 100.0;
			long caught = measured.stream().filter(m -> m[2] == 1 && m[0] >= t && m[1] == 1).count();
			long wrong = measured.stream().filter(m -> m[0] >= t && (m[2] == 0 || m[1] == 0)).count();
			System.out.printf("  threshold %.2f: repeats caught %d of %d, wrongly called a repeat %d (of them new advice %d)%n", t, caught, repeats, wrong,
					measured.stream().filter(m -> m[0] >= t && m[2] == 0).count());
		}
	}

	/**
	 * How much the library learns: each team post read by a library that has accepted the
	 * practices of the other team posts, with the categories a reviewer gave them (the labels),
	 * the proposals not worth keeping dropped, as a reviewer would.
	 */
	private void learning() throws Exception {
		int right = 0, rightPolarity = 0, labelled = 0;
		List<Post> team = posts.stream().filter(Post::team).toList();
		for (Post heldOut : team) {
			Path workspace = Files.createTempDirectory("playbook-learning");
			try (LibraryService service = LibraryService.open(workspace)) {
				for (Post other : team) {
					if (other == heldOut) {
						continue;
					}
					ImportResult result = service.read(other.file());
					List<Practice> kept = new ArrayList<>();
					for (Practice practice : result.proposals()) {
						Labelled label = label(other, practice);
						if (label != null) {
							practice.setCategory(org.playbook.model.PracticeCategory.get(label.category()));
							practice.setPolarity(org.playbook.model.Polarity.get(label.polarity()));
							kept.add(practice);
						}
					}
					service.storeReviewed(result, kept);
				}
				for (Practice practice : service.read(heldOut.file()).proposals()) {
					Labelled label = label(heldOut, practice);
					if (label != null) {
						labelled++;
						right += label.category().equals(practice.getCategory().getLiteral()) ? 1 : 0;
						rightPolarity += label.polarity().equals(practice.getPolarity().getLiteral()) ? 1 : 0;
					}
				}
			}
		}
		printShare("category accuracy once the library has learned the other seven team posts (reviewed)", right, labelled);
		printShare("polarity accuracy once the library has learned the other seven team posts (reviewed)", rightPolarity, labelled);
	}

	/** One figure as "WHAT: RIGHT of ALL = PERCENT%". */
	private static void printShare(String what, int right, int of) {
		System.out.printf("%s: %d of %d = %.0f%%%n", what, right, of, 100.0 * right / Math.max(1, of));
	}

	private Labelled label(Post post, Practice practice) {
		String quote = practice.getSourceRefs().get(0).getQuote();
		return keep.stream().filter(l -> l.file().equals(name(post)) && matches(quote, l.sentence())).findFirst().orElse(null);
	}

	private void proposals(Map<String, ImportResult> read) {
		int proposed = 0, worthKeeping = 0, categorised = 0, rightCategory = 0, lowConfidence = 0;
		int[][] byConfidence = new int[5][2], byConfident = new int[2][2];
		int rightPolarity = 0;
		for (Post post : posts) {
			if (!post.team()) {
				continue;
			}
			List<Labelled> labels = keep.stream().filter(l -> l.file().equals(name(post))).toList();
			ImportResult result = read.get(name(post));
			checkVerbatim(result, labels);
			for (Practice practice : result.proposals()) {
				proposed++;
				String quote = practice.getSourceRefs().get(0).getQuote();
				Labelled label = labels.stream().filter(l -> matches(quote, l.sentence())).findFirst().orElse(null);
				ProposalReview review = result.review(practice);
				lowConfidence += review != null && review.isLowConfidence() ? 1 : 0;
				if (label != null) {
					worthKeeping++;
					categorised++;
					boolean right = label.category().equals(practice.getCategory().getLiteral());
					rightCategory += right ? 1 : 0;
					rightPolarity += label.polarity().equals(practice.getPolarity().getLiteral()) ? 1 : 0;
					if (review != null && review.category() != null) {
						int bucket = (int) Math.min(4, review.category().confidence() * 10);
						byConfidence[bucket][0]++;
						byConfidence[bucket][1] += right ? 1 : 0;
						byConfident[review.isLowConfidence() ? 1 : 0][0]++;
						byConfident[review.isLowConfidence() ? 1 : 0][1] += right ? 1 : 0;
					}
					if (verbose && !right) {
						System.out.println("  category " + practice.getCategory().getLiteral() + " (labelled " + label.category() + "): " + quote);
					}
				} else if (verbose) {
					System.out.println("  not worth keeping [" + name(post) + "]: " + practice.getTitle() + " | " + quote);
				}
			}
			if (verbose) {
				for (Labelled label : labels) {
					if (result.proposals().stream().noneMatch(p -> matches(p.getSourceRefs().get(0).getQuote(), label.sentence()))) {
						System.out.println("  missed [" + name(post) + "]: " + label.sentence());
					}
				}
			}
		}
		int keys = 0, keysProposed = 0, teamKeys = 0, teamKeysProposed = 0;
		for (Question question : questions) {
			ImportResult result = read.get(question.file());
			boolean found = result.proposals().stream().anyMatch(p -> matches(p.getSourceRefs().get(0).getQuote(), question.key()));
			boolean team = posts.stream().anyMatch(p -> p.team() && name(p).equals(question.file()));
			keys++;
			keysProposed += found ? 1 : 0;
			teamKeys += team ? 1 : 0;
			teamKeysProposed += team && found ? 1 : 0;
			if (verbose && !found) {
				System.out.println("  key not proposed [" + question.file() + "]: " + question.key());
			}
		}
		System.out.printf("proposals (team posts, TRAINED ON: not a measure of unseen posts): %d, worth keeping %d = precision %.0f%%; low confidence %d%n", proposed, worthKeeping,
				100.0 * worthKeeping / Math.max(1, proposed), lowConfidence);
		System.out.printf("category accuracy (team posts, proposals worth keeping): %d of %d = %.0f%%; said to be sure %d of %d right, said to be a guess %d of %d%n",
				rightCategory, categorised, 100.0 * rightCategory / Math.max(1, categorised), byConfident[0][1], byConfident[0][0], byConfident[1][1],
				byConfident[1][0]);
		printShare("polarity accuracy (team posts, proposals worth keeping)", rightPolarity, categorised);
		if (verbose) {
			for (int b = 0; b < 5; b++) {
				System.out.printf("  category confidence %s: %d of %d right%n", b == 4 ? ">=0.4" : "0." + b, byConfidence[b][1], byConfidence[b][0]);
			}
		}
		System.out.printf("key sentences proposed: %d of %d = %.0f%% (team, trained on, %d of %d; development, held out, %d of %d)%n", keysProposed, keys,
				100.0 * keysProposed / Math.max(1, keys), teamKeysProposed, teamKeys, keysProposed - teamKeysProposed, keys - teamKeys);
		if (verbose) {
			for (Post post : posts) {
				if (!post.team()) {
					System.out.println("  development post " + name(post) + ":");
					read.get(name(post)).proposals().forEach(p -> System.out.println("    - " + p.getTitle() + " | " + p.getSourceRefs().get(0).getQuote()));
				}
			}
		}
	}

	private void search(LibraryService service, Map<String, String> titles) throws Exception {
		WholePostBaseline baseline = new WholePostBaseline(posts.stream().map(Post::file).toList());
		int[] found = new int[4], asked = new int[4]; // 0 team text, 1 team html, 2 development text, 3 development html
		int baselineFound = 0;
		for (Question question : questions) {
			Post post = posts.stream().filter(p -> name(p).equals(question.file())).findFirst().orElseThrow();
			String title = titles.get(question.file());
			List<Hit> hits = service.index().search(SearchRequest.practices(question.question()).withLimit(3)).hits();
			boolean hit = hits.stream().anyMatch(h -> title.equals(h.source()));
			int group = (post.team() ? 0 : 2) + (post.html() ? 1 : 0);
			asked[group]++;
			found[group] += hit ? 1 : 0;
			boolean baselineHit = baseline.top3(question.question()).contains(name(post));
			baselineFound += baselineHit ? 1 : 0;
			if (verbose && !hit) {
				System.out.println("  not in the top 3 [" + question.file() + "] " + question.question() + " -> "
						+ hits.stream().map(h -> h.kind() + ":" + h.title() + " (" + h.source() + ")").toList());
			}
		}
		int total = Arrays.stream(found).sum(), questionsAsked = Arrays.stream(asked).sum();
		System.out.printf("post in the top 3: %d of %d (team text %d/%d, team html %d/%d, development text %d/%d, development html %d/%d); "
				+ "BM25 of whole posts: %d of %d%n", total, questionsAsked, found[0], asked[0], found[1], asked[1], found[2], asked[2], found[3], asked[3],
				baselineFound, questionsAsked);
	}

	/** Labels are verbatim: a label that is not in the post's text is a mistake in the labels. */
	private static void checkVerbatim(ImportResult result, List<Labelled> labels) {
		for (Labelled label : labels) {
			if (!normal(result.post().text()).contains(normal(label.sentence()))) {
				System.out.println("  LABEL NOT IN THE POST'S TEXT: " + label.sentence());
			}
		}
	}

	/** A quote matches a labelled sentence as the training corpus matches them. */
	static boolean matches(String quote, String label) {
		return LabelledCorpus.matches(quote, label);
	}

	private static String normal(String text) {
		return LabelledCorpus.normal(text);
	}

	private static String name(Post post) {
		return post.file().getFileName().toString();
	}

	private static List<String[]> rows(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t")).toList();
	}
}
