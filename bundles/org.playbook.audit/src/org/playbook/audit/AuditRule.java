package org.playbook.audit;

import java.util.List;

import org.playbook.model.Strategy;

/**
 * One check of a strategy against what practitioners have learned. Built-in rules cover the
 * seed library; an agency adds its own through the extension point
 * {@code org.playbook.audit.rules}. A rule that throws is reported as a finding of its own
 * and skipped; the other rules still run.
 */
public interface AuditRule {

	/** A stable id, e.g. {@code com.agency.rules.hashtags}; findings, markers and reports carry it. */
	String id();

	/** What the rule checks, in a few words (listed in reports and preferences). */
	String title();

	/** The practices (library ids) that say why this matters; a finding cites them and "Explain" opens them. */
	List<String> practiceIds();

	/** Checks the strategy and reports each weakness to the context. Must not change the strategy. */
	void check(Strategy strategy, RuleContext context);
}
