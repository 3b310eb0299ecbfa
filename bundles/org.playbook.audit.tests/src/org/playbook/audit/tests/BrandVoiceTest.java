package org.playbook.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.playbook.audit.AuditRules;
import org.playbook.audit.Auditor;
import org.playbook.audit.Finding;
import org.playbook.audit.Thresholds;
import org.playbook.audit.voice.BrandVoiceCheck;
import org.playbook.audit.voice.VoiceIssue;
import org.playbook.model.BrandVoice;
import org.playbook.model.CalendarEntry;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** The brand voice guide's words and tone, checked with the library's stemming. */
public class BrandVoiceTest {

	private static BrandVoice voice(String tone, String... avoided) {
		BrandVoice voice = PlaybookFactory.eINSTANCE.createBrandVoice();
		voice.setTone(tone);
		voice.getWordsToAvoid().addAll(List.of(avoided));
		return voice;
	}

	@Test
	public void anAvoidedWordIsFoundInAnyOfItsFormsAndQuotedAsWritten() {
		BrandVoiceCheck check = BrandVoiceCheck.of(voice(null, "bargain", "premium blend", "discount"));
		List<VoiceIssue> issues = check.check("Our Premium Blends: BARGAINS, discounted all week");
		assertEquals(List.of("BARGAINS", "Premium Blends", "discounted"), issues.stream().map(VoiceIssue::found).toList());
		assertEquals(4, issues.get(1).start());
		assertTrue(issues.get(0).describe("The post").contains("\u201cBARGAINS\u201d (the guide: \u201cbargain\u201d)"), issues.get(0).describe("The post"));
	}

	@Test
	public void aWordInsideAnotherWordOrAPhraseCutApartIsNotAMatch() {
		BrandVoiceCheck check = BrandVoiceCheck.of(voice(null, "bargain", "premium blend"));
		assertEquals(List.of(), check.check("Bargainside market: a premium single-origin blend"));
	}

	@Test
	public void theOppositeOfAStatedToneIsFoundAndAnUnknownToneIsNotGuessed() {
		BrandVoiceCheck calm = BrandVoiceCheck.of(voice("Calm and warm"));
		List<VoiceIssue> issues = calm.check("AMAZING news!!! Our new roast is incredible");
		assertEquals(1, issues.size());
		assertTrue(issues.get(0).toneOpposite());
		assertTrue(issues.get(0).found().startsWith("hyped"), issues.get(0).found());
		assertTrue(issues.get(0).found().contains("\u201cincredible\u201d") && issues.get(0).found().contains("\u201c!!!\u201d"), issues.get(0).found());
		assertEquals(List.of(), calm.check("Rain on the harbour, a warm cup on the bar."));
		assertNull(BrandVoiceCheck.of(voice("quirky")), "a tone that names nothing known, and no words: nothing to check");
		assertNull(BrandVoiceCheck.of(null));
	}

	@Test
	public void theAuditNamesTheEntryTheWordAndCitesThePracticeOnTheVoice() throws Exception {
		Strategy strategy = Fixtures.sample("Harbor");
		assertTrue(strategy.getGovernance().getBrandVoice().getWordsToAvoid().contains("bargain"), "the sample has a voice guide");
		CalendarEntry entry = strategy.getContentPlan().getCalendarEntries().get(1);
		entry.setTitle("Bargain beans from Doña Rosa");
		List<Finding> findings = new Auditor(AuditRules.builtIn(), Thresholds.DEFAULTS).audit(strategy).findings().stream()
				.filter(f -> f.ruleId().equals("content.brand-voice")).toList();
		assertEquals(1, findings.size(), findings.toString());
		Finding finding = findings.get(0);
		assertTrue(finding.message().contains("\u201cBargain beans from Doña Rosa\u201d of 2026-01-13") && finding.message().contains("\u201cBargain\u201d"),
				finding.message());
		assertEquals(entry, finding.element());
		assertEquals(Literals.CALENDAR_ENTRY__TITLE, finding.feature());
		assertTrue(finding.practiceIds().contains("governance.voice-of-the-brand"));
	}
}
