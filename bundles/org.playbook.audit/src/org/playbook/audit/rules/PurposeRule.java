package org.playbook.audit.rules;

import java.util.regex.Pattern;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** A strategy starts with why the client exists, and that why is not making money. */
public final class PurposeRule extends BuiltInRule {
	private static final Pattern MONEY = Pattern.compile("\\b(money|profit|profits|revenue|sales|sell more|market share)\\b",
			Pattern.CASE_INSENSITIVE);

	public PurposeRule() {
		super("purpose.missing-why", "The strategy says why the client exists", "purpose.start-with-why", "purpose.money-is-a-result",
				"purpose.tied-to-purpose");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		if (strategy.getPurpose() == null || blank(strategy.getPurpose().getWhy())) {
			context.report(Severity.ERROR, Section.PURPOSE,
					"No \u201cwhy\u201d: the strategy does not say why the client exists or what it believes. People follow beliefs, not features.",
					strategy.getPurpose() != null ? strategy.getPurpose() : strategy,
					strategy.getPurpose() != null ? Literals.PURPOSE__WHY : Literals.STRATEGY__PURPOSE);
		} else if (MONEY.matcher(strategy.getPurpose().getWhy()).find()) {
			context.report(Severity.WARNING, Section.PURPOSE,
					"The \u201cwhy\u201d is about money. Making money is a result, not a why: say what the client believes.",
					strategy.getPurpose(), Literals.PURPOSE__WHY);
		}
	}
}
