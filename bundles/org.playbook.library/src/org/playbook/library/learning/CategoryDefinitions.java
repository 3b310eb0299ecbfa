package org.playbook.library.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.playbook.library.embedding.SentenceEmbeddings;
import org.playbook.model.PracticeCategory;

/**
 * What each category of practice covers, in the words practitioners use
 * ({@code categories.properties}): the part of a strategy each stands for. The advice models
 * read how near a sentence and its post come to each definition, which carries a category to
 * posts on topics the labelled posts never treated; the classifier of accepted practices counts
 * each definition as one more example of its category.
 */
public final class CategoryDefinitions {
	private static final Properties DEFINITIONS = load();

	private CategoryDefinitions() {
	}

	/** Each category's definition, keyed by the category's literal. */
	public static Properties all() {
		return DEFINITIONS;
	}

	private static Map<PracticeCategory, float[]> meanings;

	/**
	 * Each category's definition as the sentence model reads it, embedded once per process (a
	 * failure is not kept: the next call tries again).
	 */
	public static synchronized Map<PracticeCategory, float[]> meanings() throws IOException {
		if (meanings == null) {
			List<PracticeCategory> categories = PracticeCategory.VALUES;
			List<float[]> vectors = SentenceEmbeddings.shared()
					.embed(categories.stream().map(c -> c.getLiteral() + ": " + DEFINITIONS.getProperty(c.getLiteral(), "")).toList());
			Map<PracticeCategory, float[]> embedded = new EnumMap<>(PracticeCategory.class);
			for (int i = 0; i < categories.size(); i++) {
				embedded.put(categories.get(i), vectors.get(i));
			}
			meanings = embedded;
		}
		return meanings;
	}

	private static Properties load() {
		Properties definitions = new Properties();
		try (InputStream in = CategoryDefinitions.class.getResourceAsStream("categories.properties")) {
			if (in == null) {
				throw new IOException("the category definitions (categories.properties) are missing from this installation");
			}
			definitions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return definitions;
	}
}
