package org.playbook.library.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Texts as TF-IDF vectors of the words the library's analyzer makes of them, weighted with
 * the index's own document frequencies (in the catch-all field), and their cosine.
 */
final class TermVectors {
	private final IndexReader reader;
	private final Map<String, Double> idf = new HashMap<>();

	TermVectors(IndexReader reader) {
		this.reader = reader;
	}

	Map<String, Double> of(String text) {
		Map<String, Integer> frequencies = new HashMap<>();
		try (TokenStream tokens = LibraryAnalyzer.forIndexing().tokenStream(Fields.ALL.fieldName(), text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				frequencies.merge(term.toString(), 1, Integer::sum);
			}
			tokens.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, Double> vector = new HashMap<>();
		frequencies.forEach((term, frequency) -> vector.put(term, (1 + Math.log(frequency)) * idf(term)));
		return vector;
	}

	private double idf(String term) {
		return idf.computeIfAbsent(term, t -> {
			try {
				// among the documents of the catch-all field (practices and strategies), not the passages
				int documents = Math.max(reader.getDocCount(Fields.ALL.fieldName()), 1);
				return Math.log(1 + (double) documents / (reader.docFreq(new Term(Fields.ALL.fieldName(), t)) + 1));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	static double cosine(Map<String, Double> a, Map<String, Double> b) {
		Map<String, Double> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
		double dot = 0;
		for (Map.Entry<String, Double> entry : small.entrySet()) {
			dot += entry.getValue() * large.getOrDefault(entry.getKey(), 0.0);
		}
		double normA = Math.sqrt(a.values().stream().mapToDouble(w -> w * w).sum()), normB = Math.sqrt(b.values().stream().mapToDouble(w -> w * w).sum());
		return normA == 0 || normB == 0 ? 0 : dot / (normA * normB);
	}
}
