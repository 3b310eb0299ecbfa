package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.ReviewCadence;
import org.playbook.model.Strategy;

/** Social media is a commitment, not a campaign: the plan ends with a review cadence, not an end date. */
public final class ReviewCadenceRule extends BuiltInRule {

	public ReviewCadenceRule() {
		super("commitment.no-review-cadence", "The plan is reviewed regularly instead of ending", "commitment.not-a-campaign",
				"commitment.campaign-ends", "commitment.continuous-communication");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		ReviewCadence review = strategy.getReviewCadence();
		if (review != null && review.isSetFrequency()) {
			return;
		}
		String message = strategy.getEndDate() != null
				? "The plan ends on a date and is never reviewed: that is a campaign, and social media is a commitment. Plan a review cadence."
				: "No review cadence: nobody looks at the results and adjusts. Social media is a commitment, not a campaign.";
		context.report(Severity.ERROR, Section.MEASUREMENT, message, review != null ? review : strategy,
				review != null ? Literals.REVIEW_CADENCE__FREQUENCY : Literals.STRATEGY__REVIEW_CADENCE);
	}
}
