package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.Listening;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** The brand listens (what it monitors) and commits to how fast it answers. */
public final class ListeningRule extends BuiltInRule {

	public ListeningRule() {
		super("listening.no-commitment", "The brand listens and commits to a response time", "engagement.listen-more-than-talk",
				"engagement.listen-and-respond", "engagement.not-engaging");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		Listening listening = strategy.getListening();
		if (listening == null || listening.getKeywords().isEmpty() && listening.getResponseTimeHours() == null) {
			context.report(Severity.WARNING, Section.LISTENING, "No listening: nothing is monitored and no response time is promised.",
					listening != null ? listening : strategy, listening != null ? Literals.LISTENING__KEYWORDS : Literals.STRATEGY__LISTENING);
		} else if (listening.getResponseTimeHours() == null) {
			context.report(Severity.WARNING, Section.LISTENING, "No response-time commitment: say how fast people get an answer.", listening,
					Literals.LISTENING__RESPONSE_TIME_HOURS);
		} else if (listening.getResponseTimeHours() > context.thresholds().maxResponseHours()) {
			context.report(Severity.INFO, Section.LISTENING, "Answers within " + hours(listening.getResponseTimeHours())
					+ " hours is slower than the " + hours(context.thresholds().maxResponseHours()) + " hours you aim for.", listening,
					Literals.LISTENING__RESPONSE_TIME_HOURS);
		}
	}

	private static String hours(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
