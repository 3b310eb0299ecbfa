package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** The strategy knows whom it speaks to. */
public final class CustomerProfileRule extends BuiltInRule {

	public CustomerProfileRule() {
		super("audience.no-customer-profile", "There is a customer profile", "audience.customer-profile", "audience.find-believers");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		if (strategy.getPersonas().isEmpty()) {
			context.report(Severity.WARNING, Section.AUDIENCE, "No customer profile: nobody is described as the audience.", strategy,
					Literals.STRATEGY__PERSONAS);
		}
	}
}
