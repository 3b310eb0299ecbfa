package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/** Build one network first, then leverage it: many networks at once with none primary is chasing networks. */
public final class NetworkFocusRule extends BuiltInRule {

	public NetworkFocusRule() {
		super("channels.no-primary-network", "One network is primary", "channels.one-network-first", "channels.chasing-new-networks");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		int networks = NetworkPlan.of(strategy).size();
		boolean primary = strategy.getTactics().stream().anyMatch(Tactic::isPrimary);
		int limit = context.thresholds().maxNetworksWithoutPrimary();
		if (!primary && networks > limit) {
			context.report(Severity.WARNING, Section.TACTICS, networks + " networks at once and none primary: build one network first,"
					+ " then leverage it.", strategy, Literals.STRATEGY__TACTICS);
		}
	}
}
