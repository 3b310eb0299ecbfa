package org.playbook.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.playbook.library.embedding.SentenceEmbeddings;
import org.playbook.library.index.LibraryDocuments;
import org.playbook.library.learning.AdviceTraining.Example;
import org.playbook.library.learning.AdviceTraining.Verdict;
import org.playbook.library.learning.Candidate;
import org.playbook.library.learning.Judgement;
import org.playbook.library.learning.ReviewDecisions;
import org.playbook.library.nlp.Titles;

/**
 * What the agency's own reviews add to the cross-validated models ({@link ReviewDecisions}):
 * the labelled posts imported one after another, each judged by models that never saw it,
 * its proposals then voted on by the decisions of the posts reviewed before it (a proposal
 * that holds labelled advice kept, any other dropped, as a strategist would), as an agency
 * that reviews every import. Reported over several orders of the posts, since the decisions
 * an import meets depend on what came before it.
 */
final class ReviewedImports {
	private static final int ORDERS = 5;

	private ReviewedImports() {
	}

	/** The figures with the reviews' votes, beside those without, for the product's settings and a few others. */
	static void report(LabelledCorpus corpus, Map<Example, Verdict> held, boolean sweep) throws IOException {
		Map<Example, float[]> meanings = meanings(corpus);
		double[][] settings = sweep ? new double[][] { { 0.65, 1 }, { 0.65, 2 }, { 0.7, 2 }, { 0.75, 1 }, { 0.75, 2 }, { 0.75, 4 }, { 0.8, 2 }, { 0.85, 2 },
				{ 0.85, 4 } } : new double[][] { { Double.NaN, Double.NaN } };
		for (double[] setting : settings) {
			StringBuilder line = new StringBuilder();
			int proposed = 0, right = 0, found = 0, advice = 0;
			for (int order = 0; order < ORDERS; order++) {
				List<LabelledCorpus.LabelledPost> posts = new ArrayList<>(corpus.posts);
				if (order > 0) {
					Collections.shuffle(posts, new Random(order));
				}
				TrainAdviceModels.Figures figures = TrainAdviceModels.Figures.of(corpus, reviewed(posts, held, meanings, setting[0], setting[1]));
				proposed += figures.proposed();
				right += figures.right();
				found += figures.found();
				advice += figures.advice();
			}
			line.append(String.format(java.util.Locale.ROOT, "precision %.1f%%, recall %.1f%% (mean of %d orders)", 100.0 * right / proposed,
					100.0 * found / advice, ORDERS));
			System.out.println("with the reviews of the posts before" + (Double.isNaN(setting[0]) ? ""
					: String.format(java.util.Locale.ROOT, " (floor %.2f, weight %.0f)", setting[0], setting[1])) + ": " + line);
		}
	}

	/** The verdicts after each post's proposals met the decisions on the posts before it, in the given order. */
	private static Map<Example, Verdict> reviewed(List<LabelledCorpus.LabelledPost> posts, Map<Example, Verdict> held, Map<Example, float[]> meanings,
			double floor, double weight) {
		Map<Example, Verdict> verdicts = new IdentityHashMap<>(held);
		List<float[]> kept = new ArrayList<>(), dropped = new ArrayList<>();
		for (LabelledCorpus.LabelledPost post : posts) {
			ReviewDecisions decisions = Double.isNaN(floor) ? new ReviewDecisions(kept, dropped) : new ReviewDecisions(kept, dropped, floor, weight);
			List<Example> proposals = new ArrayList<>();
			for (Example e : post.examples()) {
				Verdict v = held.get(e);
				if (v.proposed()) {
					Judgement j = v.judgement();
					Verdict voted = new Verdict(new Judgement(decisions.likelihood(j.advice(), meanings.get(e)), j.categories(), j.polarities()), v.threshold());
					verdicts.put(e, voted);
					if (voted.proposed()) {
						proposals.add(e);
					}
				}
			}
			for (Example e : proposals) { // the strategist sees what is proposed, and keeps the advice
				(Boolean.TRUE.equals(e.advice()) ? kept : dropped).add(meanings.get(e));
			}
		}
		return verdicts;
	}

	/** Each candidate's meaning as the product reads a proposal's: its title and its words. */
	private static Map<Example, float[]> meanings(LabelledCorpus corpus) throws IOException {
		List<String> texts = new ArrayList<>();
		List<Example> examples = new ArrayList<>();
		for (LabelledCorpus.LabelledPost post : corpus.posts) {
			for (int i = 0; i < post.candidates().size(); i++) {
				Candidate c = post.candidates().get(i);
				texts.add(LibraryDocuments.practiceMeaningText(Titles.of(c.sentence()), c.text()));
				examples.add(post.examples().get(i));
			}
		}
		List<float[]> vectors = SentenceEmbeddings.shared().embed(texts);
		Map<Example, float[]> meanings = new IdentityHashMap<>();
		for (int i = 0; i < examples.size(); i++) {
			meanings.put(examples.get(i), vectors.get(i));
		}
		return meanings;
	}
}
