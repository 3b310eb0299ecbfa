package org.playbook.library.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.playbook.model.Practice;
import org.playbook.model.Source;

/**
 * A post read and the practices proposed from it, not yet part of any library, each with
 * its review: the category and polarity the classifier proposes and how sure it is, and
 * the library's practice it says the same as, if any.
 * @param likeDropped how many the models found were left out as like proposals the agency dropped before
 */
public record ImportResult(Path file, ParsedPost post, Source source, List<Practice> proposals, Map<Practice, ProposalReview> reviews, int likeDropped) {

	public ImportResult {
		proposals = List.copyOf(proposals);
		reviews = Map.copyOf(reviews);
	}

	/** A post as the importer read it, before any library has weighed its proposals. */
	public ImportResult(Path file, ParsedPost post, Source source, List<Practice> proposals, Map<Practice, ProposalReview> reviews) {
		this(file, post, source, proposals, reviews, 0);
	}

	/** The review of one of the proposals. */
	public ProposalReview review(Practice proposal) {
		return reviews.get(proposal);
	}

	/**
	 * The same post as the library weighed it: the proposals it kept, with their reviews, and
	 * how many it left out as like proposals dropped before.
	 */
	public ImportResult weighed(List<Practice> kept, Map<Practice, ProposalReview> newReviews, int leftOut) {
		return new ImportResult(file, post, source, kept, newReviews, leftOut);
	}
}
