package org.playbook.library.learning;

import java.util.Map;

import org.playbook.model.Polarity;
import org.playbook.model.PracticeCategory;

/**
 * What the advice models make of a candidate: how likely a strategist would keep it as a
 * practice, and, if they do, the likelihood of each category and polarity.
 */
public record Judgement(double advice, Map<PracticeCategory, Double> categories, Map<Polarity, Double> polarities) {

	public PracticeCategory category() {
		return best(categories);
	}

	public Polarity polarity() {
		return best(polarities);
	}

	static <T> T best(Map<T, Double> likelihoods) {
		return likelihoods.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}
}
