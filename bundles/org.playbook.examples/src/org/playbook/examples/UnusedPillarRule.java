package org.playbook.examples;

import java.util.List;

import org.playbook.audit.AuditRule;
import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.CalendarEntry;
import org.playbook.model.ContentPillar;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/**
 * An agency's own rule: a content pillar that no planned post belongs to is a theme the
 * strategy promises and the calendar forgets. It cites a practice of the seed library.
 */
public class UnusedPillarRule implements AuditRule {

	@Override
	public String id() {
		return "examples.unused-pillar";
	}

	@Override
	public String title() {
		return "Every content pillar has posts on the calendar";
	}

	@Override
	public List<String> practiceIds() {
		return List.of("content.regular-helpful-content");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		if (strategy.getContentPlan() == null || strategy.getContentPlan().getCalendarEntries().isEmpty()) {
			return; // an empty calendar is a bigger problem, and not this rule's
		}
		List<ContentPillar> used = strategy.getContentPlan().getCalendarEntries().stream().map(CalendarEntry::getPillar).toList();
		for (ContentPillar pillar : strategy.getContentPlan().getPillars()) {
			if (!used.contains(pillar)) {
				context.report(Severity.INFO, Section.CONTENT, "The pillar \u201c" + pillar.getName() + "\u201d has no post on the calendar.",
						pillar, Literals.CONTENT_PILLAR__NAME);
			}
		}
	}
}
