package org.playbook.audit.voice;

/**
 * Where a text leaves the brand's voice.
 * @param found what the text says, as written (the avoided word, or the marks of the wrong tone)
 * @param rule what the guide asks: the avoided phrase as the guide gives it, or the tone
 * @param start where {@code found} begins in the text
 * @param toneOpposite whether the text sounds unlike the tone, rather than using an avoided word
 */
public record VoiceIssue(String found, String rule, int start, boolean toneOpposite) {

	/** One sentence for a finding, naming what was found; {@code what} names the text (an entry's title, a post's date). */
	public String describe(String what) {
		if (toneOpposite) {
			return what + " sounds unlike the brand's tone (" + rule + "): " + found + ".";
		}
		String same = found.equalsIgnoreCase(rule) ? "" : " (the guide: \u201c" + rule + "\u201d)";
		return what + " uses \u201c" + found + "\u201d" + same + ", which the brand voice guide says never to use.";
	}
}
