package org.playbook.audit.tests;

import java.util.List;

import org.playbook.audit.AuditRule;
import org.playbook.audit.RuleContext;
import org.playbook.model.Strategy;

/** A contributed rule with a bug. */
public class ThrowingRule implements AuditRule {
	@Override
	public String id() {
		return "agency.broken";
	}

	@Override
	public String title() {
		return "A rule with a bug";
	}

	@Override
	public List<String> practiceIds() {
		return List.of();
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		throw new IllegalStateException("a bug in an agency's rule");
	}
}
