package org.playbook.benchmarks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.playbook.library.learning.AdviceModels;
import org.playbook.library.learning.AdviceTraining;
import org.playbook.library.learning.AdviceTraining.Example;
import org.playbook.library.learning.AdviceTraining.Verdict;
import org.playbook.library.learning.Candidate;
import org.playbook.library.learning.Judgement;
import org.playbook.library.nlp.ListKinds;
import org.playbook.model.Polarity;

/**
 * Trains the library's advice models (advice or not, category, polarity) from the labelled
 * corpus ({@link LabelledCorpus}) and writes them into the library bundle's models/ folder with
 * the data's checksum and the figures measured. The figures that count are cross-validated,
 * each post judged by models that never saw it (leave one post out, the proposing threshold
 * chosen without it); the models' figures on their own training data are written beside them
 * so the difference shows.
 *
 * Run from the project root (the labelled posts are read from ../shared/corpus):
 *   releng/org.playbook.benchmarks/run.sh TrainAdviceModels [--check]
 * With --check it measures and compares the checksum with the committed models, writing nothing; with
 * --reviews it measures the agency's reviews' vote ({@link ReviewedImports}) under several settings, writing nothing.
 */
public final class TrainAdviceModels {
	static final Path MODELS = Path.of("bundles/org.playbook.library/models");

	private TrainAdviceModels() {
	}

	public static void main(String[] args) throws Exception {
		if (!LabelledCorpus.available()) {
			System.err.println("TrainAdviceModels: the labelled posts are not at " + LabelledCorpus.TRAIN.toAbsolutePath().normalize());
			System.exit(2);
		}
		long start = System.nanoTime();
		LabelledCorpus corpus = LabelledCorpus.read();
		List<Example> examples = corpus.examples();
		String checksum = corpus.checksum();
		int candidates = corpus.posts.stream().mapToInt(p -> p.candidates().size()).sum(), curated = (int) corpus.curated.stream().filter(e -> !e.alone()).count();
		System.out.printf("read %d posts, %d candidates (%d labelled advice) and %d curated candidates of the seed posts in %d ms; data sha256 %s%n",
				corpus.posts.size(), candidates, examples.stream().filter(e -> !e.alone() && Boolean.TRUE.equals(e.advice())).count(), curated,
				(System.nanoTime() - start) / 1_000_000, checksum);
		int notCut = corpus.posts.stream().mapToInt(LabelledCorpus.LabelledPost::labelsNotCut).sum();
		int labels = corpus.posts.stream().mapToInt(p -> p.labels().size()).sum();
		System.out.printf("labelled sentences no candidate matches (cut otherwise by the importer): %d of %d%n", notCut, labels);
		if (args.length > 0 && args[0].equals("--check")) {
			Properties committed = new Properties();
			try (var in = java.nio.file.Files.newBufferedReader(MODELS.resolve("advice.properties"))) {
				committed.load(in);
			}
			boolean same = checksum.equals(committed.getProperty("data.sha256"));
			System.out.println(same ? "the committed models were trained on this data" : "the committed models were trained on other data: "
					+ committed.getProperty("data.sha256"));
			System.exit(same ? 0 : 1);
		}

		long cvStart = System.nanoTime();
		Map<Example, Verdict> held = AdviceTraining.crossValidate(examples);
		Figures crossValidated = Figures.of(corpus, held);
		System.out.printf("cross-validated, leave one post out (%d s): %s%n", (System.nanoTime() - cvStart) / 1_000_000_000, crossValidated);
		StringBuilder frontier = new StringBuilder();
		for (int percent = 30; percent <= 70; percent += 5) {
			Figures at = Figures.of(corpus, held, percent / 100.0);
			frontier.append(String.format(java.util.Locale.ROOT, " %.2f P%.0f R%.0f", percent / 100.0, 100 * at.precision(), 100 * at.recall()));
		}
		System.out.println("the same along the threshold:" + frontier);
		int[] keys = keySentences(corpus, held);
		System.out.printf("key sentences of the strategists' questions proposed, cross-validated: %d of %d = %.0f%%%n", keys[0], keys[1],
				100.0 * keys[0] / Math.max(1, keys[1]));
		boolean sweep = args.length > 0 && args[0].equals("--reviews");
		ReviewedImports.report(corpus, held, sweep);
		if (sweep) {
			return; // the settings of the reviews' vote measured; no model written
		}

		Properties about = new Properties();
		about.setProperty("data.sha256", checksum);
		about.setProperty("trained", LocalDate.now().toString());
		about.setProperty("data", "train-posts (labels-a.tsv, labels-b.tsv), the team's evaluation posts (practices.tsv), "
				+ "the seed posts' curated practices (seed.practices: category and polarity only), the category definitions (categories.properties)");
		about.setProperty("examples", candidates + " candidates of the labelled posts and " + curated + " of the seed posts, each also as it reads alone");
		AdviceModels models = AdviceTraining.train(examples, about);
		Map<Example, Verdict> self = new java.util.IdentityHashMap<>();
		for (LabelledCorpus.LabelledPost post : corpus.posts) {
			List<Judgement> judged = AdviceTraining.judgePost(models, post.examples());
			for (int i = 0; i < judged.size(); i++) {
				self.put(post.examples().get(i), new Verdict(judged.get(i), models.threshold()));
			}
		}
		Figures training = Figures.of(corpus, self);
		System.out.printf("on the training data itself (not a measure of unseen posts): %s%n", training);
		crossValidated.into(about, "cv.");
		about.setProperty("cv.keySentences", String.format(java.util.Locale.ROOT, "%.3f", (double) keys[0] / Math.max(1, keys[1])));
		training.into(about, "training.");
		models.save(MODELS);
		System.out.printf("wrote %s (threshold %.2f)%n", MODELS, models.threshold());
	}

	/**
	 * Of the questions asked of the labelled posts (queries-a.tsv, queries-b.tsv, the team's
	 * questions.tsv), how many have their key sentence proposed by models that never saw the post.
	 */
	static int[] keySentences(LabelledCorpus corpus, Map<Example, Verdict> held) throws java.io.IOException {
		List<String[]> questions = new ArrayList<>();
		for (Path file : List.of(LabelledCorpus.TRAIN.resolve("queries-a.tsv"), LabelledCorpus.TRAIN.resolve("queries-b.tsv"),
				LabelledCorpus.TEAM.resolve("questions.tsv"))) {
			java.nio.file.Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).forEach(questions::add);
		}
		int found = 0;
		for (String[] question : questions) {
			String file = question[0], key = question[question.length - 1];
			boolean proposed = corpus.posts.stream().filter(p -> p.file().getFileName().toString().equals(file)).anyMatch(p -> {
				for (int i = 0; i < p.candidates().size(); i++) {
					if (held.get(p.examples().get(i)).proposed() && LabelledCorpus.matches(p.candidates().get(i).text(), key)) {
						return true;
					}
				}
				return false;
			});
			found += proposed ? 1 : 0;
		}
		return new int[] { found, questions.size() };
	}

	/**
	 * Proposal precision (of the candidates proposed, those that hold a labelled sentence) and
	 * recall (of the labelled sentences, those a proposed candidate holds: a list item proposed
	 * whole holds its tip and its condition; a labelled sentence the importer cuts into no
	 * candidate counts as missed), and category and polarity accuracy on the labelled advice, the
	 * polarity as the importer gives it (a list item under a heading of mistakes or habits takes
	 * the heading's).
	 */
	record Figures(int proposed, int right, int advice, int found, int categorised, int rightCategory, int rightPolarity, int polarised) {
		static Figures of(LabelledCorpus corpus, Map<Example, Verdict> verdicts) {
			return of(corpus, verdicts, Double.NaN);
		}

		/** The figures with every candidate held against one threshold instead of its fold's (NaN: its fold's). */
		static Figures of(LabelledCorpus corpus, Map<Example, Verdict> verdicts, double threshold) {
			int proposed = 0, right = 0, advice = 0, found = 0, categorised = 0, rightCategory = 0, rightPolarity = 0, polarised = 0;
			for (LabelledCorpus.LabelledPost post : corpus.posts) {
				java.util.Set<LabelledCorpus.Label> recalled = new java.util.HashSet<>();
				for (int i = 0; i < post.examples().size(); i++) {
					Example e = post.examples().get(i);
					Verdict v = verdicts.get(e);
					v = Double.isNaN(threshold) ? v : new Verdict(v.judgement(), threshold);
					Judgement j = v.judgement();
					proposed += v.proposed() ? 1 : 0;
					right += v.proposed() && e.advice() ? 1 : 0;
					if (v.proposed()) {
						recalled.addAll(post.covered().get(i));
					}
					if (e.category() != null) {
						categorised++;
						rightCategory += j.category() == e.category() ? 1 : 0;
						Candidate candidate = post.candidates().get(i);
						Polarity structural = candidate.listItem() ? ListKinds.of(candidate.context()) : null;
						polarised++;
						rightPolarity += (structural != null ? structural : j.polarity()) == e.polarity() ? 1 : 0;
					}
				}
				advice += post.labels().size();
				found += recalled.size();
			}
			return new Figures(proposed, right, advice, found, categorised, rightCategory, rightPolarity, polarised);
		}

		double precision() {
			return (double) right / Math.max(1, proposed);
		}

		double recall() {
			return (double) found / Math.max(1, advice);
		}

		double category() {
			return (double) rightCategory / Math.max(1, categorised);
		}

		double polarity() {
			return (double) rightPolarity / Math.max(1, polarised);
		}

		void into(Properties about, String prefix) {
			about.setProperty(prefix + "precision", String.format(java.util.Locale.ROOT, "%.3f", precision()));
			about.setProperty(prefix + "recall", String.format(java.util.Locale.ROOT, "%.3f", recall()));
			about.setProperty(prefix + "category", String.format(java.util.Locale.ROOT, "%.3f", category()));
			about.setProperty(prefix + "polarity", String.format(java.util.Locale.ROOT, "%.3f", polarity()));
		}

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT,
					"proposal precision %d/%d = %.0f%%, recall of labelled advice %d/%d = %.0f%%, category %d/%d = %.0f%%, polarity %d/%d = %.0f%%", right,
					proposed, 100 * precision(), found, advice, 100 * recall(), rightCategory, categorised, 100 * category(), rightPolarity, polarised,
					100 * polarity());
		}
	}
}
