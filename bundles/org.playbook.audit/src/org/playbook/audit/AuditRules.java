package org.playbook.audit;

import java.util.ArrayList;
import java.util.List;

import org.playbook.audit.rules.BuiltInRules;
import org.playbook.workspace.Contributions;

/**
 * The rules an audit runs: the built-in ones and those contributed to {@value #EXTENSION_POINT}.
 * A contribution whose class cannot be made is logged with its bundle's name and left out
 * ({@link Contributions}).
 */
public final class AuditRules {
	public static final String EXTENSION_POINT = "org.playbook.audit.rules";

	private AuditRules() {
	}

	/** The built-in rules alone. */
	public static List<ContributedRule> builtIn() {
		return BuiltInRules.all().stream().map(rule -> new ContributedRule(rule, "org.playbook.audit")).toList();
	}

	/** Built-in and contributed rules, each paired with who contributed it (for error messages). */
	public static List<ContributedRule> all() {
		List<ContributedRule> rules = new ArrayList<>(builtIn());
		rules.addAll(Contributions.create(EXTENSION_POINT, "rule",
				element -> new ContributedRule((AuditRule) element.createExecutableExtension("class"), element.getContributor().getName())));
		return rules;
	}

	/** A rule and the bundle it comes from. */
	public record ContributedRule(AuditRule rule, String contributor) {
	}
}
