package org.playbook.audit.rules;

import java.util.List;

import org.playbook.audit.AuditRule;

/** The rules Playbook ships, covering what the seed posts warn about. */
public final class BuiltInRules {
	private BuiltInRules() {
	}

	public static List<AuditRule> all() {
		return List.of(new PurposeRule(), new SituationRule(), new CustomerProfileRule(), new PositioningRule(), new MeasurableGoalsRule(),
				new TacticsServeGoalsRule(), new NetworkFocusRule(), new CadenceRule(), new PromotionalShareRule(), new ListeningRule(),
				new VoiceOwnerRule(), new BrandVoiceRule(), new CrisisPlanRule(), new ReviewCadenceRule(), new PlanVersusActualRule());
	}
}
