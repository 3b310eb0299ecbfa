package org.playbook.audit.rules;

import java.time.ZoneId;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.audit.voice.BrandVoiceCheck;
import org.playbook.audit.voice.VoiceIssue;
import org.playbook.model.CalendarEntry;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** Planned posts speak in the brand's voice: none uses a word the guide forbids or sounds unlike its tone. */
public final class BrandVoiceRule extends BuiltInRule {

	public BrandVoiceRule() {
		super("content.brand-voice", "Planned posts speak in the brand's voice", "governance.voice-of-the-brand", "governance.seasoned-voice");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		BrandVoiceCheck voice = BrandVoiceCheck.of(strategy.getGovernance() == null ? null : strategy.getGovernance().getBrandVoice());
		if (voice == null || strategy.getContentPlan() == null) {
			return;
		}
		for (CalendarEntry entry : strategy.getContentPlan().getCalendarEntries()) {
			report(voice, entry, Literals.CALENDAR_ENTRY__TITLE, entry.getTitle(), context);
			report(voice, entry, Literals.CALENDAR_ENTRY__TEXT, entry.getText(), context);
		}
	}

	private static void report(BrandVoiceCheck voice, CalendarEntry entry, EStructuralFeature feature, String text, RuleContext context) {
		for (VoiceIssue issue : voice.check(text)) {
			context.report(Severity.WARNING, Section.CONTENT, issue.describe(describe(entry, feature)), entry, feature);
		}
	}

	/** "The post “Title” of 2026-03-02" or "The text of the post “Title” of 2026-03-02". */
	static String describe(CalendarEntry entry, EStructuralFeature feature) {
		String date = entry.getDate() == null ? "" : " of " + entry.getDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
		return (feature == Literals.CALENDAR_ENTRY__TEXT ? "The text of the post " : "The post ") + quoted(entry.getTitle()) + date;
	}
}
