package org.playbook.audit.voice;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.playbook.library.Words;

/**
 * What a text sounds like when it is the opposite of a stated tone. A brand states its tone
 * in a few words ("calm, plain, warm"); each tone here is named by the words a guide would
 * use for it and is broken by marks anyone would recognise: a calm brand does not shout
 * (runs of "!", words in capitals, hype words), a formal one does not use chat slang or emoji,
 * a plain one avoids business jargon, a warm one avoids form-letter phrases. The lists are
 * about how people write in general, not about any one brand; a tone not named here is not
 * checked (the words to avoid still are).
 */
final class ToneOpposites {
	/** A tone: the words that name it, and how a text breaks it. */
	record Tone(String name, List<String> namedBy, String opposite, List<String> phrases, boolean shouting, boolean emoji) {
	}

	static final List<Tone> TONES = List.of(
			new Tone("calm", List.of("calm", "understated", "measured", "restrained", "modest", "quiet", "sober", "gentle", "humble"), "hyped",
					List.of("amazing", "incredible", "insane", "unbelievable", "epic", "mind-blowing", "game-changer", "game changer",
							"revolutionary", "best ever", "ultimate", "don't miss out", "once in a lifetime"),
					true, false),
			new Tone("formal", List.of("formal", "professional", "authoritative", "corporate", "serious", "respectful"), "casual",
					List.of("gonna", "wanna", "gotta", "lol", "omg", "tbh", "ngl", "yay", "haha", "awesome", "super excited", "y'all", "folks"),
					false, true),
			new Tone("plain", List.of("plain", "simple", "clear", "straightforward", "jargon-free", "direct", "honest"), "jargon",
					List.of("synergy", "leverage", "paradigm", "best-in-class", "world-class", "disrupt", "holistic", "ecosystem", "utilize",
							"circle back", "low-hanging fruit", "cutting-edge", "next-generation", "seamless"),
					false, false),
			new Tone("warm", List.of("warm", "friendly", "approachable", "human", "caring", "kind", "welcoming", "personal"), "form-letter",
					List.of("hereby", "pursuant", "aforementioned", "be advised", "valued customer", "please be informed",
							"in accordance with", "we regret to inform"),
					false, false));

	/** Enough marks to show why; a post in capitals need not be quoted whole. */
	private static final int MOST_MARKS = 4;
	private static final Pattern SHOUTING = Pattern.compile("!{2,}|\\b\\p{Lu}{4,}\\b");
	/** Pictographs and the emoji ranges of Unicode. */
	private static final Pattern EMOJI = Pattern.compile("[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]");

	private ToneOpposites() {
	}

	/** The tones the guide's tone names, in the order above. */
	static List<Tone> named(String tone) {
		List<String> stems = Words.stems(tone == null ? "" : tone.toLowerCase(Locale.ROOT));
		return TONES.stream().filter(t -> t.namedBy().stream().anyMatch(word -> contains(stems, Words.stems(word)))).toList();
	}

	/** The marks in the text that break the tone, as written, with the first's offset; empty when none. */
	static List<VoiceIssue> breaks(Tone tone, String stated, String text, List<Words.Word> words) {
		java.util.Set<String> marks = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		int first = Integer.MAX_VALUE;
		for (String phrase : tone.phrases()) {
			int at = PhraseMatch.find(words, Words.stems(phrase));
			if (at >= 0) {
				marks.add("\u201c" + text.substring(words.get(at).start(), words.get(at + Words.stems(phrase).size() - 1).end()) + "\u201d");
				first = Math.min(first, words.get(at).start());
			}
		}
		for (Pattern pattern : tone.shouting() ? List.of(SHOUTING) : tone.emoji() ? List.of(EMOJI) : List.<Pattern>of()) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find() && marks.size() < MOST_MARKS) {
				marks.add("\u201c" + matcher.group() + "\u201d");
				first = Math.min(first, matcher.start());
			}
		}
		if (marks.isEmpty()) {
			return List.of();
		}
		return List.of(new VoiceIssue(tone.opposite() + " " + String.join(", ", marks), stated, first, true));
	}

	private static boolean contains(List<String> stems, List<String> phrase) {
		return !phrase.isEmpty() && java.util.Collections.indexOfSubList(stems, phrase) >= 0;
	}
}
