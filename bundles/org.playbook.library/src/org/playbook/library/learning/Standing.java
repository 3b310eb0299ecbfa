package org.playbook.library.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

/**
 * How a candidate's likelihood of being advice stands among its post's: beside the post's
 * average, beside its peers' (the items of its list, the sentences of its section, the post's
 * headings) and beside the candidates just before and after it. The advice model judges each
 * candidate by itself; a second reading of these few numbers, trained on likelihoods the advice
 * model gave to posts it never saw, lets a list whose items are all alike be read as one (one
 * item of a glossary of metrics that sounds like an order does not make the glossary advice)
 * and holds a post full of likely sentences to a higher bar than a post with few.
 */
public final class Standing {
	/** How many features the second reading has, the intercept included. */
	static final int COUNT = 7;
	/** Likelihoods are read as log-odds, clipped so that a certain 0 or 1 stays a number. */
	private static final double CLIP = 1e-4;

	private Standing() {
	}

	/**
	 * Which candidates of a post are peers: of the same kind (a heading, a list item, a
	 * sentence of prose) under the same heading and lead-in. Each candidate's group is numbered
	 * from 0 in the order the groups first appear.
	 */
	public static int[] peers(List<Candidate> candidates) {
		Map<String, Integer> groups = new HashMap<>();
		int[] peers = new int[candidates.size()];
		for (int i = 0; i < peers.length; i++) {
			Candidate c = candidates.get(i);
			String key = (c.heading() ? "h" : c.listItem() ? "l" : "p") + '\n' + (c.context() == null ? "" : c.context());
			peers[i] = groups.computeIfAbsent(key, k -> groups.size());
		}
		return peers;
	}

	/**
	 * The second reading's features of one post's candidates, in the post's order.
	 * @param likelihoods how likely the advice model finds each candidate
	 * @param peers each candidate's group of peers ({@link #peers})
	 */
	static List<Feature[]> of(double[] likelihoods, int[] peers) {
		double mean = 0;
		for (double p : likelihoods) {
			mean += p;
		}
		double post = logOdds(mean / Math.max(1, likelihoods.length));
		List<Feature[]> features = new ArrayList<>(likelihoods.length);
		for (int i = 0; i < likelihoods.length; i++) {
			double sum = 0;
			int count = 0;
			for (int j = 0; j < likelihoods.length; j++) {
				if (j != i && peers[j] == peers[i]) {
					sum += likelihoods[j];
					count++;
				}
			}
			double own = logOdds(likelihoods[i]);
			double[] values = { own, own - post, count > 0 ? logOdds(sum / count) : post, count > 0 ? 1 : 0,
					i > 0 ? logOdds(likelihoods[i - 1]) : post, i + 1 < likelihoods.length ? logOdds(likelihoods[i + 1]) : post, 1 /* the intercept */ };
			Feature[] row = new Feature[COUNT];
			for (int f = 0; f < COUNT; f++) {
				row[f] = new FeatureNode(f + 1, values[f]);
			}
			features.add(row);
		}
		return features;
	}

	private static double logOdds(double p) {
		double clipped = Math.min(1 - CLIP, Math.max(CLIP, p));
		return Math.log(clipped / (1 - clipped));
	}
}
