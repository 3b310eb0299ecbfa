package org.playbook.audit.tests;

import java.util.List;

import org.playbook.audit.AuditRule;
import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/** An agency's rule, as a plugin would contribute it: tactic names must not be hashtags. */
public class HashtagRule implements AuditRule {
	@Override
	public String id() {
		return "agency.no-hashtag-names";
	}

	@Override
	public String title() {
		return "Tactics are named, not hashtagged";
	}

	@Override
	public List<String> practiceIds() {
		return List.of("content.useless-content");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		for (Tactic tactic : strategy.getTactics()) {
			if (tactic.getName() != null && tactic.getName().startsWith("#")) {
				context.report(Severity.INFO, Section.TACTICS, "The tactic " + tactic.getName() + " is a hashtag, not a name.", tactic,
						Literals.TACTIC__NAME);
			}
		}
	}
}
