package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.ContentIntent;
import org.playbook.model.ContentPlan;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** Not every status update is a sales pitch: the promotional share of the mix stays under a threshold. */
public final class PromotionalShareRule extends BuiltInRule {

	public PromotionalShareRule() {
		super("content.too-promotional", "The content mix is not a sales pitch", "content.sales-pitch", "content.push-push-push",
				"content.marketing-messages-sparingly");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		ContentPlan plan = strategy.getContentPlan();
		if (plan == null) {
			return; // no plan is the content-cadence rule's concern
		}
		int limit = context.thresholds().maxPromotionalShare();
		int share = plan.getPromotionalShare();
		if (share > limit) {
			context.report(share > 2 * limit ? Severity.ERROR : Severity.WARNING, Section.CONTENT, share
					+ "% of the content is promotional (more than " + limit + "%): when every update is a sales pitch, people stop listening.",
					plan, Literals.CONTENT_PLAN__PROMOTIONAL_SHARE);
			return;
		}
		long planned = plan.getCalendarEntries().size();
		long promotional = plan.getCalendarEntries().stream().filter(entry -> entry.getIntent() == ContentIntent.PROMOTIONAL).count();
		if (planned >= 5 && promotional * 100 > limit * planned) {
			context.report(Severity.WARNING, Section.CONTENT, promotional + " of the " + planned
					+ " planned posts are promotional: the calendar is more of a sales pitch than the mix says.", plan,
					Literals.CONTENT_PLAN__CALENDAR_ENTRIES);
		}
	}
}
