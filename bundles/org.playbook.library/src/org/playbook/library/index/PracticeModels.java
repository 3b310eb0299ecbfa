package org.playbook.library.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Properties;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Category and polarity models learned from the library's accepted practices: one centroid of
 * TF-IDF vectors (the library's own statistics, its analyzer's words) per category and per
 * polarity, to which a proposal is compared by cosine (Rocchio's classifier, which learns
 * well from few examples). Each category's definition ({@code categories.properties}) is one
 * more example of it. Trained again whenever the index has changed, so each practice a person
 * accepts or corrects teaches the next import; never shipped as a fixed file.
 */
final class PracticeModels {
	/** Enough practices to learn from; a very large library is sampled evenly. */
	private static final int MAX_TRAINING = 20_000;
	private static final Set<String> STORED = Set.of(Fields.TITLE.fieldName(), Fields.SUMMARY.fieldName(), Fields.BODY.fieldName(),
			Fields.QUOTES.fieldName(), Fields.TAGS.fieldName(), Fields.CATEGORY.fieldName(), Fields.POLARITY.fieldName());
	private static final Properties DEFINITIONS = definitions();

	private final TermVectors vectors;
	private final Map<String, Map<String, Double>> categories;
	private final Map<String, Map<String, Double>> polarities;

	private PracticeModels(TermVectors vectors, Map<String, Map<String, Double>> categories, Map<String, Map<String, Double>> polarities) {
		this.vectors = vectors;
		this.categories = categories;
		this.polarities = polarities;
	}

	/** Learns the centroids from the accepted practices of the index. */
	static PracticeModels train(IndexSearcher searcher) throws IOException {
		ScoreDoc[] practices = searcher.search(new TermQuery(new Term(Fields.KIND.fieldName(), LibraryDocuments.KIND_PRACTICE)), Integer.MAX_VALUE)
				.scoreDocs;
		TermVectors vectors = new TermVectors(searcher.getIndexReader());
		Map<String, Map<String, Double>> categories = new HashMap<>(), polarities = new HashMap<>();
		int step = Math.max(1, practices.length / MAX_TRAINING);
		for (int i = 0; i < practices.length; i += step) {
			Document doc = searcher.storedFields().document(practices[i].doc, STORED);
			Map<String, Double> vector = vectors.of(String.join("\n", values(doc)));
			if (!vector.isEmpty() && doc.get(Fields.CATEGORY.fieldName()) != null) {
				add(categories, doc.get(Fields.CATEGORY.fieldName()), vector);
				add(polarities, doc.get(Fields.POLARITY.fieldName()), vector);
			}
		}
		for (String category : DEFINITIONS.stringPropertyNames()) {
			add(categories, category, vectors.of(category + " " + DEFINITIONS.getProperty(category)));
		}
		return new PracticeModels(vectors, categories, polarities);
	}

	/** Each category's share of the text's likeness to the categories (0 to 1, summing to 1). */
	Map<String, Double> categories(String text) {
		return likeness(categories, vectors.of(text));
	}

	/** Each polarity's share of the text's likeness, likewise. */
	Map<String, Double> polarities(String text) {
		return likeness(polarities, vectors.of(text));
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

	private static Properties definitions() {
		Properties definitions = new Properties();
		try (var in = PracticeModels.class.getResourceAsStream("categories.properties")) {
			if (in != null) {
				definitions.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return definitions;
	}
}
