package org.playbook.audit.voice;

import java.util.ArrayList;
import java.util.List;

import org.playbook.library.Words;
import org.playbook.model.BrandVoice;

/**
 * Checks a text (a planned post's title and text, a published post) against a brand voice
 * guide: the words never to use, found through the library's stemming so "cheapest" is
 * "cheap", and the opposite of the stated tone ({@link ToneOpposites}). Used by the audit
 * for the calendar and by the import of actual posts.
 */
public final class BrandVoiceCheck {
	private final List<String> avoided;
	private final List<List<String>> avoidedStems;
	private final String tone;
	private final List<ToneOpposites.Tone> tones;

	private BrandVoiceCheck(BrandVoice voice) {
		avoided = voice.getWordsToAvoid().stream().filter(w -> w != null && !w.isBlank()).map(String::strip).toList();
		avoidedStems = avoided.stream().map(Words::stems).toList();
		tone = voice.getTone();
		tones = ToneOpposites.named(tone);
	}

	/** The check of a guide; null when the guide is missing or asks nothing that can be checked. */
	public static BrandVoiceCheck of(BrandVoice voice) {
		if (voice == null) {
			return null;
		}
		BrandVoiceCheck check = new BrandVoiceCheck(voice);
		return check.avoided.isEmpty() && check.tones.isEmpty() ? null : check;
	}

	/** Where the text leaves the voice: each avoided phrase it uses once, then each tone it breaks. */
	public List<VoiceIssue> check(String text) {
		List<VoiceIssue> issues = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return issues;
		}
		List<Words.Word> words = Words.of(text);
		for (int i = 0; i < avoided.size(); i++) {
			int at = PhraseMatch.find(words, avoidedStems.get(i));
			if (at >= 0) {
				int end = words.get(at + avoidedStems.get(i).size() - 1).end();
				issues.add(new VoiceIssue(text.substring(words.get(at).start(), end), avoided.get(i), words.get(at).start(), false));
			}
		}
		for (ToneOpposites.Tone t : tones) {
			issues.addAll(ToneOpposites.breaks(t, tone.strip(), text, words));
		}
		return issues;
	}
}
