package org.playbook.audit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.playbook.audit.rules.BuiltInRules;

/**
 * The rules an audit runs: the built-in ones and those contributed to {@value #EXTENSION_POINT}.
 * A contribution whose class cannot be made is logged with its bundle's name and left out.
 */
public final class AuditRules {
	public static final String EXTENSION_POINT = "org.playbook.audit.rules";

	private AuditRules() {
	}

	/** Contributions already reported as broken: each is logged once, not at every audit. */
	private static final java.util.Set<String> REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** The built-in rules alone. */
	public static List<ContributedRule> builtIn() {
		return BuiltInRules.all().stream().map(rule -> new ContributedRule(rule, "org.playbook.audit")).toList();
	}

	/** Built-in and contributed rules, each paired with who contributed it (for error messages). */
	public static List<ContributedRule> all() {
		List<ContributedRule> rules = new ArrayList<>(builtIn());
		if (Platform.getExtensionRegistry() == null) {
			return rules;
		}
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"rule".equals(element.getName())) {
				continue;
			}
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() throws Exception {
					rules.add(new ContributedRule((AuditRule) element.createExecutableExtension("class"), element.getContributor().getName()));
				}

				@Override
				public void handleException(Throwable problem) {
					if (!REPORTED.add(element.getContributor().getName() + "/" + element.getAttribute("class"))) {
						return;
					}
					ILog.of(AuditRules.class).log(Status.error("The audit rule " + element.getAttribute("class") + " contributed by "
							+ element.getContributor().getName() + " cannot be created and is left out: " + problem.getMessage(), problem));
				}
			});
		}
		return rules;
	}

	/** A rule and the bundle it comes from. */
	public record ContributedRule(AuditRule rule, String contributor) {
	}
}
