package org.playbook.audit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.playbook.model.Network;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/**
 * What the strategy plans on one network: the posts a week of all its tactics there, and the
 * first of those tactics (the element a finding about the network points at). The audit's
 * cadence rule reads it, and the agency calendar's gaps.
 */
public record NetworkPlan(Network network, double postsPerWeek, Tactic firstTactic) {

	/** One plan per network the strategy's tactics are on, in the networks' order. */
	public static List<NetworkPlan> of(Strategy strategy) {
		Map<Network, List<Tactic>> byNetwork = new TreeMap<>();
		for (Tactic tactic : strategy.getTactics()) {
			byNetwork.computeIfAbsent(tactic.getNetwork(), network -> new ArrayList<>()).add(tactic);
		}
		return byNetwork.entrySet().stream().map(entry -> new NetworkPlan(entry.getKey(),
				entry.getValue().stream().mapToDouble(Tactic::getPostsPerWeek).sum(), entry.getValue().get(0))).toList();
	}
}
