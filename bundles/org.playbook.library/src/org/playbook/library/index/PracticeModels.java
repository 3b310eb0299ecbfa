package org.playbook.library.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.playbook.library.embedding.StoredEmbeddings;
import org.playbook.library.learning.CategoryDefinitions;

/**
 * Category and polarity votes learned from the library's accepted practices: one centroid of
 * TF-IDF vectors (the library's own statistics, its analyzer's words) per category, to which a
 * proposal is compared by cosine (Rocchio's classifier, which learns well from few examples),
 * and the accepted practices nearest in meaning. Each category's definition
 * ({@code categories.properties}) is one more example of it. Trained again whenever the index
 * has changed, so each practice a person accepts or corrects teaches the next import; never
 * shipped as a fixed file.
 * <p>
 * The nearest in meaning vote only when they say the same advice again: practices merely on
 * the proposal's topic outvoted the models on posts they never saw. A library's success
 * patterns on a topic ("brands that win...") turned a post's orders on it ("Commit to...")
 * into success patterns, a fifth of the right polarities, and the practices a library had
 * accepted from other posts pulled the category toward their own (BENCHMARKS.md).
 */
final class PracticeModels {
	/** Enough practices to learn from; a very large library is sampled evenly. */
	private static final int MAX_TRAINING = 20_000;
	private static final Set<String> STORED = Set.of(Fields.TITLE.fieldName(), Fields.SUMMARY.fieldName(), Fields.BODY.fieldName(),
			Fields.QUOTES.fieldName(), Fields.TAGS.fieldName(), Fields.CATEGORY.fieldName(), Fields.POLARITY.fieldName());
	private static final Properties DEFINITIONS = CategoryDefinitions.all();

	/**
	 * The most accepted practices compared by meaning, their vectors read back from the index's
	 * stored vectors: enough for the libraries agencies keep; a larger one is sampled evenly.
	 */
	private static final int MAX_NEIGHBOURS = 2_000;
	/** Nearest practices by meaning that vote. */
	private static final int NEIGHBOURS = 5;
	/**
	 * The cosine from which a near practice votes: the same advice in other words ("Reply to
	 * every comment within a day", "Answer each comment before the day is out": 0.76), so a
	 * strategist's correction is learned for the same advice said again. Measured on the team's
	 * posts held out (BENCHMARKS.md): from 0.25, the floor before, the votes turned 19 right
	 * polarities of 105 wrong, and once the library had accepted the other team posts they left
	 * 10 fewer categories right than from 0.5 or 0.6, where neither loss is left.
	 */
	static final double SAME_ADVICE = 0.6;
	/** An accepted practice as the nearest-meaning vote sees it. */
	private record Neighbour(float[] meaning, String category, String polarity) {
	}

	private final TermVectors vectors;
	private final Map<String, Map<String, Double>> categories;
	private final List<Neighbour> neighbours;

	private PracticeModels(TermVectors vectors, Map<String, Map<String, Double>> categories, List<Neighbour> neighbours) {
		this.vectors = vectors;
		this.categories = categories;
		this.neighbours = neighbours;
	}

	/** Learns the centroids from the accepted practices of the index. */
	static PracticeModels train(IndexSearcher searcher, StoredEmbeddings stored) throws IOException {
		ScoreDoc[] practices = searcher.search(new TermQuery(new Term(Fields.KIND.fieldName(), LibraryDocuments.KIND_PRACTICE)), Integer.MAX_VALUE)
				.scoreDocs;
		TermVectors vectors = new TermVectors(searcher.getIndexReader());
		Map<String, Map<String, Double>> categories = new HashMap<>();
		int step = Math.max(1, practices.length / MAX_TRAINING), neighbourStep = Math.max(1, practices.length / MAX_NEIGHBOURS);
		List<String> texts = new ArrayList<>();
		List<Document> sampled = new ArrayList<>();
		for (int i = 0; i < practices.length; i += neighbourStep) {
			Document doc = searcher.storedFields().document(practices[i].doc, STORED);
			if (doc.get(Fields.CATEGORY.fieldName()) != null) {
				texts.add(LibraryDocuments.practiceMeaningText(doc.get(Fields.TITLE.fieldName()), doc.getValues(Fields.QUOTES.fieldName())));
				sampled.add(doc);
			}
		}
		// the index's own stored vectors: each practice was embedded when it came in, with this very text
		List<float[]> meanings = stored.embed(texts);
		List<Neighbour> neighbours = new ArrayList<>();
		for (int i = 0; i < sampled.size(); i++) {
			neighbours.add(new Neighbour(meanings.get(i), sampled.get(i).get(Fields.CATEGORY.fieldName()), sampled.get(i).get(Fields.POLARITY.fieldName())));
		}
		for (int i = 0; i < practices.length; i += step) {
			Document doc = searcher.storedFields().document(practices[i].doc, STORED);
			Map<String, Double> vector = vectors.of(String.join("\n", values(doc)));
			if (!vector.isEmpty() && doc.get(Fields.CATEGORY.fieldName()) != null) {
				add(categories, doc.get(Fields.CATEGORY.fieldName()), vector);
			}
		}
		for (String category : DEFINITIONS.stringPropertyNames()) {
			add(categories, category, vectors.of(category + " " + DEFINITIONS.getProperty(category)));
		}
		return new PracticeModels(vectors, categories, neighbours);
	}

	/**
	 * The votes of the accepted practices nearest in meaning: each of the {@value #NEIGHBOURS}
	 * nearest votes for its category and polarity by how far its cosine is above
	 * {@value #SAME_ADVICE}, so a practice a strategist just filed under a category speaks for a
	 * proposal that says the same, whatever the rest of the library holds.
	 * @return category votes and polarity votes, keyed by literal and by polarity key
	 */
	List<Map<String, Double>> nearest(float[] meaning) {
		List<double[]> ranked = new ArrayList<>();
		for (int i = 0; i < neighbours.size(); i++) {
			ranked.add(new double[] { org.playbook.library.embedding.SentenceEmbeddings.cosine(meaning, neighbours.get(i).meaning()), i });
		}
		ranked.sort((a, b) -> Double.compare(b[0], a[0]));
		Map<String, Double> categoryVotes = new HashMap<>(), polarityVotes = new HashMap<>();
		for (double[] near : ranked.subList(0, Math.min(NEIGHBOURS, ranked.size()))) {
			double vote = near[0] - SAME_ADVICE;
			if (vote > 0) {
				Neighbour n = neighbours.get((int) near[1]);
				categoryVotes.merge(n.category(), vote, Double::sum);
				if (n.polarity() != null) {
					polarityVotes.merge(n.polarity(), vote, Double::sum);
				}
			}
		}
		return List.of(categoryVotes, polarityVotes);
	}

	/** The meanings of the accepted practices (a sample of a very large library): what the agency keeps. */
	List<float[]> meanings() {
		return neighbours.stream().map(Neighbour::meaning).toList();
	}

	/** Each category's share of the text's likeness to the categories (0 to 1, summing to 1). */
	Map<String, Double> categories(String text) {
		return likeness(categories, vectors.of(text));
	}

	private static Map<String, Double> likeness(Map<String, Map<String, Double>> centroids, Map<String, Double> vector) {
		Map<String, Double> shares = new HashMap<>();
		double total = 0;
		for (Map.Entry<String, Map<String, Double>> centroid : centroids.entrySet()) {
			// squared: a clear winner stays clear when the likenesses are shared out
			double cosine = TermVectors.cosine(vector, centroid.getValue());
			shares.put(centroid.getKey(), cosine * cosine);
			total += cosine * cosine;
		}
		if (total > 0) {
			for (Map.Entry<String, Double> share : shares.entrySet()) {
				share.setValue(share.getValue() / total);
			}
		}
		return shares;
	}

	/** Adds the unit vector to the centroid of its class. */
	private static void add(Map<String, Map<String, Double>> centroids, String label, Map<String, Double> vector) {
		double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
		Map<String, Double> centroid = centroids.computeIfAbsent(label, l -> new HashMap<>());
		vector.forEach((term, weight) -> centroid.merge(term, weight / norm, Double::sum));
	}

	private static List<String> values(Document doc) {
		List<String> values = new ArrayList<>();
		for (String field : List.of(Fields.TITLE.fieldName(), Fields.SUMMARY.fieldName(), Fields.BODY.fieldName(), Fields.QUOTES.fieldName(),
				Fields.TAGS.fieldName())) {
			for (String value : doc.getValues(field)) {
				values.add(value);
			}
		}
		return values;
	}
}
