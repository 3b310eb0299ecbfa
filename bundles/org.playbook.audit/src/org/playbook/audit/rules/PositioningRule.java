package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** The brand says how it wants to be seen against its competitors. */
public final class PositioningRule extends BuiltInRule {

	public PositioningRule() {
		super("strategy.no-positioning", "The brand's positioning is stated", "strategy.positioning");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		if (strategy.getPositioning() == null || blank(strategy.getPositioning().getStatement())) {
			context.report(Severity.INFO, Section.PURPOSE, "No positioning statement.", strategy.getPositioning() != null ? strategy.getPositioning() : strategy,
					strategy.getPositioning() != null ? Literals.POSITIONING__STATEMENT : Literals.STRATEGY__POSITIONING);
		}
	}
}
