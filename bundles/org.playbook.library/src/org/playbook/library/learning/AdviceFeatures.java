package org.playbook.library.learning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.playbook.library.embedding.SentenceEmbeddings;
import org.playbook.library.nlp.SentenceShape;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

/**
 * What the advice models see of a candidate: the meaning of its words (the sentence's
 * embedding), the meaning of where it stands (its heading and lead-in, embedded), what the
 * whole post is about (the mean of its candidates' meanings: most of a post's advice shares
 * its topic, and so its category), and what
 * the structure and the grammar say (a list item, the first sentence of its block, a reader's
 * comment, an order, a modal, a negation, its length). The layout is versioned: a model is only
 * read with the layout it was trained on.
 */
public final class AdviceFeatures {
	/** Changes whenever a feature is added, removed or moved. */
	public static final int LAYOUT = 2;
	private static final int D = SentenceEmbeddings.DIMENSION;
	/** The context's and the post's meaning weigh less than the sentence's own. */
	private static final float CONTEXT_WEIGHT = 0.5f, POST_WEIGHT = 0.5f;

	private AdviceFeatures() {
	}

	/** The features of one post's candidates, their texts and contexts embedded together (each distinct context once). */
	public static List<Feature[]> of(List<Candidate> candidates) throws IOException {
		List<String> texts = new ArrayList<>(candidates.size());
		Map<String, Integer> contexts = new LinkedHashMap<>();
		for (Candidate c : candidates) {
			texts.add(c.text());
			if (c.context() != null) {
				contexts.putIfAbsent(c.context(), contexts.size());
			}
		}
		SentenceEmbeddings model = SentenceEmbeddings.shared();
		List<float[]> meanings = model.embed(texts);
		List<float[]> contextMeanings = model.embed(List.copyOf(contexts.keySet()));
		float[] post = mean(meanings);
		List<Feature[]> features = new ArrayList<>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			String context = candidates.get(i).context();
			features.add(of(candidates.get(i), meanings.get(i), context == null ? null : contextMeanings.get(contexts.get(context)), post));
		}
		return features;
	}

	/** The mean of vectors, scaled to unit length (the direction the post's sentences share). */
	static float[] mean(List<float[]> vectors) {
		float[] mean = new float[D];
		for (float[] v : vectors) {
			for (int i = 0; i < D; i++) {
				mean[i] += v[i];
			}
		}
		double norm = 0;
		for (float m : mean) {
			norm += m * m;
		}
		for (int i = 0; norm > 0 && i < D; i++) {
			mean[i] /= (float) Math.sqrt(norm);
		}
		return mean;
	}

	/**
	 * The features of a candidate.
	 * @param meaning the embedding of its text
	 * @param contextMeaning the embedding of its context, or null when it has none
	 * @param postMeaning the mean embedding of its post's candidates
	 */
	public static Feature[] of(Candidate c, float[] meaning, float[] contextMeaning, float[] postMeaning) {
		List<Feature> features = new ArrayList<>(3 * D + 24);
		for (int i = 0; i < D; i++) {
			features.add(new FeatureNode(1 + i, meaning[i]));
		}
		if (contextMeaning != null) {
			for (int i = 0; i < D; i++) {
				features.add(new FeatureNode(1 + D + i, contextMeaning[i] * CONTEXT_WEIGHT));
			}
		}
		for (int i = 0; i < D; i++) {
			features.add(new FeatureNode(1 + 2 * D + i, postMeaning[i] * POST_WEIGHT));
		}
		SentenceShape s = c.shape();
		int base = 1 + 3 * D;
		double[] flags = { c.listItem() ? 1 : 0, c.firstInBlock() ? 1 : 0, c.comment() ? 1 : 0, contextMeaning == null ? 1 : 0, s.imperative() ? 1 : 0,
				s.modal() ? 1 : 0, s.addressed() ? 1 : 0, s.negated() ? 1 : 0, s.firstPerson() ? 1 : 0, s.pastTense() ? 1 : 0, s.question() ? 1 : 0,
				s.colonEnd() ? 1 : 0, s.number() ? 1 : 0, s.titleCased() ? 1 : 0, s.aside() ? 1 : 0, s.words() < 6 ? 1 : 0,
				s.words() >= 6 && s.words() < 12 ? 1 : 0, s.words() >= 12 && s.words() < 25 ? 1 : 0, s.words() >= 25 ? 1 : 0, c.position(), 1 /* the intercept: a feature that is always there */ };
		for (int i = 0; i < flags.length; i++) {
			if (flags[i] != 0) {
				features.add(new FeatureNode(base + i, flags[i]));
			}
		}
		return features.toArray(Feature[]::new);
	}

	/** How many features there are, the highest index. */
	public static int count() {
		return 3 * D + 21;
	}
}
