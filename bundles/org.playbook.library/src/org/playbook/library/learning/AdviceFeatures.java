package org.playbook.library.learning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.playbook.library.embedding.SentenceEmbeddings;
import org.playbook.library.nlp.ListKinds;
import org.playbook.library.nlp.SentenceShape;
import org.playbook.model.PracticeCategory;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

/**
 * What the advice models see of a candidate: the meaning of its words (the sentence's
 * embedding), the meaning of where it stands (its heading and lead-in, embedded), what the
 * whole post is about (the mean of its candidates' meanings: most of a post's advice shares
 * its topic, and so its category), the meaning of the candidates just before and after it (a
 * tip is followed by its reason, a fact by the advice drawn from it), how near the sentence and
 * its post come to each category's definition ({@link CategoryDefinitions}), and what the structure
 * and the grammar say (a heading, a list item, under a heading of mistakes, in a post of mistakes, the first sentence
 * of its block, a reader's comment, an order, a modal, a negation, how it opens (a gerund, a
 * negation: the way a list of mistakes names them), no verb at all, its length). The layout is
 * versioned: a model is only read with the layout it was trained on.
 */
public final class AdviceFeatures {
	/** Changes whenever a feature is added, removed or moved. */
	private static final int LAYOUT = 4;
	private static final int D = SentenceEmbeddings.DIMENSION;
	/** Where the blocks of the feature vector start (LIBLINEAR counts features from 1). */
	private static final int CATEGORIES = PracticeCategory.VALUES.size();
	private static final int SENTENCE = 1, CONTEXT = SENTENCE + D, POST = CONTEXT + D, BEFORE = POST + D, AFTER = BEFORE + D, DEFINITIONS = AFTER + D,
			FLAGS = DEFINITIONS + 2 * CATEGORIES;
	/** A cosine to a definition is one number against a vector's 384: it weighs more. */
	private static final float DEFINITION_WEIGHT = 3;
	/** The context's, the post's and the neighbours' meaning weigh less than the sentence's own. */
	private static final float CONTEXT_WEIGHT = 0.5f, POST_WEIGHT = 0.5f, NEIGHBOUR_WEIGHT = 0.5f;
	private static final int FLAG_COUNT = 29;

	private AdviceFeatures() {
	}

	/** The features of one post's candidates, in the post's order, their texts and contexts embedded together (each distinct context once). */
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
		Map<PracticeCategory, float[]> definitions = CategoryDefinitions.meanings();
		List<Feature[]> features = new ArrayList<>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			String context = candidates.get(i).context();
			features.add(of(candidates.get(i), meanings.get(i), context == null ? null : contextMeanings.get(contexts.get(context)), post,
					i > 0 ? meanings.get(i - 1) : null, i + 1 < meanings.size() ? meanings.get(i + 1) : null, definitions));
		}
		return features;
	}

	/**
	 * The features of each candidate as it would read alone, a post of one sentence: no
	 * context, no neighbours, the post's meaning its own. Trained on beside the candidates in
	 * their posts, they teach the models to read a short post of bare orders as well as an
	 * article.
	 */
	public static List<Feature[]> alone(List<Candidate> candidates) throws IOException {
		List<float[]> meanings = SentenceEmbeddings.shared().embed(candidates.stream().map(Candidate::text).toList());
		Map<PracticeCategory, float[]> definitions = CategoryDefinitions.meanings();
		List<Feature[]> features = new ArrayList<>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			Candidate alone = new Candidate(c.text(), c.start(), c.end(), c.sentence(), c.shape(), null, c.postTitle(), false, false, true, c.comment(), 0);
			features.add(of(alone, meanings.get(i), null, meanings.get(i), null, null, definitions));
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
	 * @param before the embedding of the candidate before it in the post, or null when it is the first
	 * @param after the embedding of the candidate after it, or null when it is the last
	 * @param definitions the embeddings of the categories' definitions
	 */
	public static Feature[] of(Candidate c, float[] meaning, float[] contextMeaning, float[] postMeaning, float[] before, float[] after,
			Map<PracticeCategory, float[]> definitions) {
		List<Feature> features = new ArrayList<>(5 * D + FLAG_COUNT);
		add(features, SENTENCE, meaning, 1);
		add(features, CONTEXT, contextMeaning, CONTEXT_WEIGHT);
		add(features, POST, postMeaning, POST_WEIGHT);
		add(features, BEFORE, before, NEIGHBOUR_WEIGHT);
		add(features, AFTER, after, NEIGHBOUR_WEIGHT);
		// how near the sentence and its post come to each category's definition (in index order, as LIBLINEAR reads them)
		addCosines(features, DEFINITIONS, meaning, definitions);
		addCosines(features, DEFINITIONS + CATEGORIES, postMeaning, definitions);
		SentenceShape s = c.shape();
		boolean underMistakes = ListKinds.namesMistakes(c.context()), titleMistakes = ListKinds.namesMistakes(c.postTitle());
		double[] flags = { c.heading() ? 1 : 0, c.listItem() ? 1 : 0, c.firstInBlock() ? 1 : 0, c.comment() ? 1 : 0, contextMeaning == null ? 1 : 0,
				underMistakes ? 1 : 0, underMistakes && c.listItem() ? 1 : 0, underMistakes && c.heading() ? 1 : 0, titleMistakes ? 1 : 0, s.imperative() ? 1 : 0, s.modal() ? 1 : 0, s.addressed() ? 1 : 0,
				s.negated() ? 1 : 0, s.firstPerson() ? 1 : 0, s.pastTense() ? 1 : 0, s.question() ? 1 : 0, s.colonEnd() ? 1 : 0, s.number() ? 1 : 0,
				s.titleCased() ? 1 : 0, s.aside() ? 1 : 0, s.gerundOpening() ? 1 : 0, s.negationOpening() ? 1 : 0, s.verbless() ? 1 : 0, s.words() < 6 ? 1 : 0, s.words() >= 6 && s.words() < 12 ? 1 : 0,
				s.words() >= 12 && s.words() < 25 ? 1 : 0, s.words() >= 25 ? 1 : 0, c.position(), 1 /* the intercept: a feature that is always there */ };
		assert flags.length == FLAG_COUNT;
		for (int i = 0; i < flags.length; i++) {
			if (flags[i] != 0) {
				features.add(new FeatureNode(FLAGS + i, flags[i]));
			}
		}
		return features.toArray(Feature[]::new);
	}

	private static void add(List<Feature> features, int first, float[] vector, float weight) {
		if (vector != null) {
			for (int i = 0; i < D; i++) {
				features.add(new FeatureNode(first + i, vector[i] * weight));
			}
		}
	}

	private static void addCosines(List<Feature> features, int first, float[] vector, Map<PracticeCategory, float[]> definitions) {
		for (PracticeCategory category : PracticeCategory.VALUES) {
			features.add(new FeatureNode(first + category.getValue(), DEFINITION_WEIGHT * SentenceEmbeddings.cosine(vector, definitions.get(category))));
		}
	}

	/**
	 * The layout the features are laid out in, which a model records and is read with. A
	 * method, not a public constant: a constant is copied into the classes that read it, and an
	 * incremental build that leaves them alone would record and check a layout that is gone.
	 */
	public static int layout() {
		return LAYOUT;
	}

	/** How many features there are, the highest index. */
	public static int count() {
		return FLAGS + FLAG_COUNT - 1;
	}
}
