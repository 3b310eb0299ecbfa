package org.playbook.library.importer;

import org.playbook.library.learning.Judgement;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;

/**
 * What a person reviewing a proposal should know: how sure the advice finder is that it is
 * advice and where it stands in the post (and the polarity its list's heading gives it), the category and polarity proposed with their
 * confidence and runner-up, and
 * the practice of the library it says the same as (accepting it then adds its quote to that
 * practice instead of making a second one).
 * @param sameAs null when the library has no practice this near
 */
public record ProposalReview(Judgement learned, String context, Polarity structuralPolarity, Choice<PracticeCategory> category,
		Choice<Polarity> polarity, Practice sameAs, double similarity) {

	/**
	 * Below these confidences a proposal's category (one of twelve) or polarity (one of three)
	 * is said to be a guess: measured on the evaluation posts, a category chosen with 0.4 or
	 * more was right three times as often as one chosen with less (BENCHMARKS.md).
	 */
	public static final double CATEGORY_CONFIDENT = 0.4, POLARITY_CONFIDENT = 0.5;

	/** A value the classifier chose, how sure it is (0 to 1), and what came second. */
	public record Choice<T>(T value, double confidence, T runnerUp, double runnerUpConfidence) {
	}

	/** Before the library's own practices are asked: what the advice finder made of it. */
	public static ProposalReview found(Judgement learned, String context, Polarity structuralPolarity) {
		return new ProposalReview(learned, context, structuralPolarity, null, null, null, 0);
	}

	public ProposalReview classified(Choice<PracticeCategory> newCategory, Choice<Polarity> newPolarity, Practice newSameAs, double newSimilarity) {
		return new ProposalReview(learned, context, structuralPolarity, newCategory, newPolarity, newSameAs, newSimilarity);
	}

	public boolean isLowConfidence() {
		return category != null && category.confidence() < CATEGORY_CONFIDENT || polarity != null && polarity.confidence() < POLARITY_CONFIDENT;
	}
}
