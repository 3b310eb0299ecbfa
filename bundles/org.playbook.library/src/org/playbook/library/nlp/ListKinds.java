package org.playbook.library.nlp;

import java.util.regex.Pattern;

import org.playbook.model.Polarity;

/**
 * What a heading or a list's lead-in says of what stands under it: "mistakes", "don'ts",
 * "pitfalls" or "how to fail" announce failure patterns, "habits", "what works" or "secrets"
 * success patterns. These words name the two kinds of list a post holds, not advice; the
 * learned models take "under a heading of mistakes" in as a feature, and a list item under
 * either kind takes its polarity from it (the labelled posts hold too few success patterns,
 * 3 of 473, to learn them from meaning alone).
 */
public final class ListKinds {
	private static final Pattern MISTAKES = Pattern.compile("\\b(mistakes?|fail\\w*|avoid|don'?t|do not|wrong|worst|pitfalls?|never|sins?|traps?"
			+ "|errors?|blunders?|myths?|no-nos?|dont'?s|donts)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern HABITS = Pattern.compile("\\b(succe\\w*|habits?|what works|secrets?|what \\w+ do right|do'?s|recipe|formula)\\b",
			Pattern.CASE_INSENSITIVE);

	private ListKinds() {
	}

	/** Whether the heading announces mistakes (null reads as no). */
	public static boolean namesMistakes(String heading) {
		return heading != null && MISTAKES.matcher(heading.replace('’', '\'')).find();
	}

	/**
	 * The polarity of what stands under a heading or lead-in: failure patterns under a heading
	 * of mistakes, success patterns under one of habits, else null (the models decide).
	 */
	public static Polarity of(String heading) {
		if (namesMistakes(heading)) {
			return Polarity.FAILURE_PATTERN;
		}
		return heading != null && HABITS.matcher(heading).find() ? Polarity.SUCCESS_PATTERN : null;
	}
}
