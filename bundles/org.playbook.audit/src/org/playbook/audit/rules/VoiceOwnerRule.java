package org.playbook.audit.rules;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.Governance;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Role;
import org.playbook.model.Seniority;
import org.playbook.model.Strategy;

/** The brand's voice is owned by someone seasoned, never by an intern. */
public final class VoiceOwnerRule extends BuiltInRule {

	public VoiceOwnerRule() {
		super("governance.voice-owner", "A seasoned person owns the brand voice", "governance.no-intern", "governance.seasoned-voice",
				"governance.voice-of-the-brand");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		Governance governance = strategy.getGovernance();
		Role owner = governance == null ? null : governance.getBrandVoiceOwner();
		if (owner == null) {
			context.report(Severity.ERROR, Section.GOVERNANCE, "Nobody owns the brand voice.", governance != null ? governance : strategy,
					governance != null ? Literals.GOVERNANCE__BRAND_VOICE_OWNER : Literals.STRATEGY__GOVERNANCE);
		} else if (owner.getSeniority() == Seniority.INTERN || owner.getSeniority() == Seniority.JUNIOR) {
			context.report(Severity.ERROR, Section.GOVERNANCE, "The brand voice is owned by " + quoted(owner.getName()) + ", " + article(owner)
					+ ": social media is the forward-facing voice of the brand and needs a seasoned owner.", governance,
					Literals.GOVERNANCE__BRAND_VOICE_OWNER);
		}
	}

	private static String article(Role owner) {
		return owner.getSeniority() == Seniority.INTERN ? "an intern" : "a junior";
	}
}
