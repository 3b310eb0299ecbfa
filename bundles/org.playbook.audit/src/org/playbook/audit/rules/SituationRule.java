package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Situation;
import org.playbook.model.Strategy;

/** A strategy starts from a situational and competitive analysis. */
public final class SituationRule extends BuiltInRule {

	public SituationRule() {
		super("situation.no-analysis", "There is a situational and competitive analysis", "strategy.situational-analysis",
				"strategy.market-trends");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		Situation situation = strategy.getSituation();
		if (situation == null || situation.getSwotItems().isEmpty() && situation.getCompetitors().isEmpty() && blank(situation.getSummary())) {
			context.report(Severity.WARNING, Section.SITUATION,
					"No situational analysis: no summary, no SWOT, no competitors. Tactics chosen without it are guesses.",
					situation != null ? situation : strategy, situation != null ? Literals.SITUATION__SWOT_ITEMS : Literals.STRATEGY__SITUATION);
		} else if (situation.getCompetitors().isEmpty()) {
			context.report(Severity.INFO, Section.SITUATION, "No competitors are named.", situation, Literals.SITUATION__COMPETITORS);
		}
	}
}
