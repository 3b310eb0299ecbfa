package org.playbook.library.learning;

import java.util.ArrayList;
import java.util.List;

import org.playbook.library.embedding.SentenceEmbeddings;

/**
 * What the agency's strategists decided of earlier proposals, kept or dropped, as a vote on
 * whether a new proposal is worth proposing: the decisions nearest to it in meaning vote by
 * how near they are. The shipped models learned from other people's posts; this learns from
 * the agency's own reviews, so a sentence like ones it keeps dropping (a blog's recurring
 * "Step-by-step guide", an author's line about herself) stops being proposed, and one like
 * advice it keeps holds its place. A nearest-neighbour model, trained by reviewing.
 */
public final class ReviewDecisions {
	/** The decisions that vote on a proposal: its nearest, and only those this near (cosine) or nearer. */
	static final int NEIGHBOURS = 5;
	/**
	 * Below this cosine two sentences of all-MiniLM-L6-v2 share a topic, not a statement: a
	 * dropped "Post consistently on Instagram" must not silence "Post at the same hours every
	 * week". Measured with {@code TrainAdviceModels} (BENCHMARKS.md).
	 */
	static final double FLOOR = 0.75;
	/** How much a decision at cosine 1 weighs beside the shipped models' likelihood (which weighs 1). */
	static final double WEIGHT = 2;

	private static final ReviewDecisions NONE = new ReviewDecisions(List.of(), List.of());

	private final List<float[]> kept, dropped;
	private final double floor, weight;

	/**
	 * @param kept the meanings of the practices a person accepted
	 * @param dropped the meanings of the proposals a person dropped
	 */
	public ReviewDecisions(List<float[]> kept, List<float[]> dropped) {
		this(kept, dropped, FLOOR, WEIGHT);
	}

	/** The same with other settings than the product's, to measure them. */
	public ReviewDecisions(List<float[]> kept, List<float[]> dropped, double floor, double weight) {
		this.kept = List.copyOf(kept);
		this.dropped = List.copyOf(dropped);
		this.floor = floor;
		this.weight = weight;
	}

	/** No decisions: every likelihood stays as the models gave it. */
	public static ReviewDecisions none() {
		return NONE;
	}

	/** How many proposals were dropped, which alone can lower a likelihood. */
	public int droppedCount() {
		return dropped.size();
	}

	/**
	 * The likelihood that a proposal is advice worth keeping, the models' own drawn toward the
	 * decisions on the proposals most like it: {@code (learned + W·kept) / (1 + W·(kept + dropped))},
	 * each decision counting {@code (cosine − FLOOR) / (1 − FLOOR)}.
	 */
	public double likelihood(double learned, float[] meaning) {
		if (dropped.isEmpty() || meaning == null) {
			return learned; // kept decisions alone only confirm what was proposed
		}
		List<double[]> near = new ArrayList<>(); // cosine, 1 when kept
		collect(near, kept, meaning, 1, floor);
		collect(near, dropped, meaning, 0, floor);
		near.sort((a, b) -> Double.compare(b[0], a[0]));
		double keptVotes = 0, droppedVotes = 0;
		for (double[] decision : near.subList(0, Math.min(NEIGHBOURS, near.size()))) {
			double vote = (decision[0] - floor) / (1 - floor);
			if (decision[1] == 1) {
				keptVotes += vote;
			} else {
				droppedVotes += vote;
			}
		}
		return (learned + weight * keptVotes) / (1 + weight * (keptVotes + droppedVotes));
	}

	private static void collect(List<double[]> near, List<float[]> decisions, float[] meaning, int kept, double floor) {
		for (float[] decision : decisions) {
			double cosine = SentenceEmbeddings.cosine(meaning, decision);
			if (cosine > floor) {
				near.add(new double[] { cosine, kept });
			}
		}
	}
}
