package org.playbook.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.playbook.library.corpus.Corpus;
import org.playbook.library.importer.ImportException;
import org.playbook.library.importer.PostImporter;
import org.playbook.library.importer.PostReaders;
import org.playbook.library.learning.AdviceFeatures;
import org.playbook.library.learning.AdviceTraining.Example;
import org.playbook.library.learning.Candidate;
import org.playbook.library.learning.Standing;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.model.PracticeLibrary;
import org.playbook.model.Source;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;

import de.bwaldvogel.liblinear.Feature;

/**
 * The labelled posts the library's advice models learn from and are measured on, read where
 * they are, never copied: ../shared/corpus/train-posts (forty posts, every advice sentence
 * labelled with its category and polarity), the team's evaluation posts
 * (releng/org.playbook.benchmarks/eval, labelled the same way), and the seed library's five
 * posts with the quotes of its curated practices. Each post is cut into candidates exactly as an
 * import cuts it; a candidate is advice when it matches a labelled sentence of its post. Not
 * every piece of advice in a seed post was curated, so a seed post's sentences cannot be told
 * to be advice or not: the candidates that hold a curated quote teach the category and
 * polarity models only, and the seed posts are never judged in the figures.
 */
final class LabelledCorpus {
	static final Path TRAIN = Path.of("../shared/corpus/train-posts");
	static final Path TEAM = Path.of("releng/org.playbook.benchmarks/eval");
	static final Path DEVELOPMENT = Path.of("../shared/corpus/dev-posts");
	static final Path SEED = Path.of("bundles/org.playbook.library.corpus");
	static final Path DEFINITIONS = Path.of("bundles/org.playbook.library/src/org/playbook/library/learning/categories.properties");

	/** A labelled sentence of a post. */
	record Label(String file, String sentence, PracticeCategory category, Polarity polarity) {
	}

	/**
	 * A post's candidates with their features and labels, and the labelled sentences each
	 * candidate holds (a list item whole may hold several: its tip and its condition).
	 */
	record LabelledPost(Path file, List<Candidate> candidates, List<Example> examples, List<Label> labels, List<List<Label>> covered, int labelsNotCut) {
	}

	final List<LabelledPost> posts = new ArrayList<>();
	/** The seed posts' candidates that hold a curated quote: a category and a polarity, no judgement of advice. */
	final List<Example> curated = new ArrayList<>();
	/** Each candidate again as it would read alone, to train on (never judged in the figures). */
	final List<Example> alone = new ArrayList<>();
	private final MessageDigest digest;

	private LabelledCorpus() throws NoSuchAlgorithmException {
		digest = MessageDigest.getInstance("SHA-256");
	}

	static boolean available() {
		return Files.isDirectory(TRAIN);
	}

	static LabelledCorpus read() throws Exception {
		LabelledCorpus corpus = new LabelledCorpus();
		List<Label> labels = new ArrayList<>();
		for (String set : List.of("a", "b")) {
			for (String[] row : corpus.rows(TRAIN.resolve("labels-" + set + ".tsv"))) {
				labels.add(new Label(row[0], row[1], PracticeCategory.get(row[2]), Polarity.get(row[3])));
			}
		}
		for (String[] row : corpus.rows(TEAM.resolve("practices.tsv"))) {
			labels.add(new Label(row[0], row[3], PracticeCategory.get(row[1]), Polarity.get(row[2])));
		}
		// the category definitions are read by the models as features: part of what they are trained on
		corpus.digest.update(Files.readAllBytes(DEFINITIONS));
		PostImporter importer = new PostImporter(PostReaders.builtIn());
		for (Path file : corpus.files(TRAIN, TEAM.resolve("posts"))) {
			String name = file.getFileName().toString();
			List<Label> own = labels.stream().filter(l -> l.file().equals(name)).toList();
			List<Candidate> candidates = importer.candidates(file);
			List<Feature[]> features = AdviceFeatures.of(candidates);
			int[] peers = Standing.peers(candidates);
			List<Example> examples = new ArrayList<>();
			List<List<Label>> covered = new ArrayList<>();
			Set<Label> cut = new HashSet<>();
			for (int i = 0; i < candidates.size(); i++) {
				String text = candidates.get(i).text();
				List<Label> held = own.stream().filter(l -> matches(text, l.sentence())).toList();
				cut.addAll(held);
				covered.add(held);
				Label label = held.isEmpty() ? null : held.get(0);
				examples.add(new Example(name, features.get(i), label != null, label == null ? null : label.category(), label == null ? null : label.polarity(), false, peers[i]));
			}
			List<Feature[]> alone = AdviceFeatures.alone(candidates);
			for (int i = 0; i < candidates.size(); i++) {
				Example e = examples.get(i);
				corpus.alone.add(new Example(name, alone.get(i), e.advice(), e.category(), e.polarity(), true, -1));
			}
			corpus.posts.add(new LabelledPost(file, candidates, examples, own, covered, own.size() - cut.size()));
		}
		corpus.readSeed(importer);
		return corpus;
	}

	/** The seed posts' candidates that hold the quote of a curated practice, with its category and polarity, each also as it reads alone. */
	private void readSeed(PostImporter importer) throws IOException, ImportException {
		Path file = SEED.resolve(Corpus.SEED_LIBRARY);
		byte[] bytes = Files.readAllBytes(file);
		digest.update(bytes);
		LoadResult<PracticeLibrary> read = new ModelReader().read(file, URI.createFileURI(file.toAbsolutePath().toString()), bytes, PracticeLibrary.class);
		if (!read.isOk()) {
			throw new IOException(read.diagnostic().getMessage());
		}
		PracticeLibrary library = read.root();
		for (Source source : library.getSources()) {
			Path post = SEED.resolve(source.getDocument());
			try (InputStream in = Files.newInputStream(post)) {
				digest.update(in.readAllBytes());
			}
			List<Label> quotes = new ArrayList<>();
			for (Practice practice : library.getPractices()) {
				practice.getSourceRefs().stream().filter(ref -> ref.getSource() == source)
						.forEach(ref -> quotes.add(new Label(source.getId(), ref.getQuote(), practice.getCategory(), practice.getPolarity())));
			}
			List<Candidate> candidates = importer.candidates(post);
			List<Feature[]> features = AdviceFeatures.of(candidates), alone = AdviceFeatures.alone(candidates);
			for (int i = 0; i < candidates.size(); i++) {
				String text = candidates.get(i).text();
				Label label = quotes.stream().filter(q -> matches(text, q.sentence())).findFirst().orElse(null);
				if (label != null) { // never judged, so never read beside their peers
					curated.add(new Example(source.getId(), features.get(i), null, label.category(), label.polarity(), false, -1));
					curated.add(new Example(source.getId(), alone.get(i), null, label.category(), label.polarity(), true, -1));
				}
			}
		}
	}

	/** Every example: the posts' candidates, then each of them as it would read alone, then the seed posts' curated candidates. */
	List<Example> examples() {
		List<Example> all = new ArrayList<>();
		posts.forEach(p -> all.addAll(p.examples()));
		all.addAll(alone);
		all.addAll(curated);
		return all;
	}

	/** The SHA-256 of everything read, in the order read: the labels and the posts. */
	String checksum() {
		return HexFormat.of().formatHex(digest.digest());
	}

	private List<Path> files(Path... folders) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : folders) {
			try (Stream<Path> list = Files.list(folder)) {
				list.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().forEach(files::add);
			}
		}
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				digest.update(in.readAllBytes());
			}
		}
		return files;
	}

	private List<String[]> rows(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		digest.update(bytes);
		return new String(bytes, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t")).toList();
	}

	/** A quote matches a labelled sentence when one holds the other, or they share most of their words. */
	static boolean matches(String quote, String label) {
		String q = normal(quote), l = normal(label);
		if (q.contains(l) || l.contains(q) && q.split(" ").length >= 4) {
			return true;
		}
		Set<String> a = new HashSet<>(Arrays.asList(q.split(" "))), b = new HashSet<>(Arrays.asList(l.split(" ")));
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		return both.size() >= 0.6 * Math.max(a.size(), b.size());
	}

	static String normal(String text) {
		return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('“', '"').replace('”', '"').replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
	}
}
