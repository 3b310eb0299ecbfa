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
 */
public record ImportResult(Path file, ParsedPost post, Source source, List<Practice> proposals, Map<Practice, ProposalReview> reviews) {

	public ImportResult {
		proposals = List.copyOf(proposals);
		reviews = Map.copyOf(reviews);
	}

	/** The review of one of the proposals. */
	public ProposalReview review(Practice proposal) {
		return reviews.get(proposal);
	}

	/** The same post with new reviews (after the classifier has read it). */
	public ImportResult withReviews(Map<Practice, ProposalReview> newReviews) {
		return new ImportResult(file, post, source, proposals, newReviews);
	}
}
