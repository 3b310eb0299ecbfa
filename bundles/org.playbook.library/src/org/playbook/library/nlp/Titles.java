package org.playbook.library.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * A practice's title from the sentence it is drawn from, as a strategist would write it:
 * the advice clause alone, as an order where the sentence gives one ("you need to shy away
 * from vanity metrics" becomes "Shy away from vanity metrics"), at most nine words, cut where
 * a phrase ends (the parts of speech say where), never with an ellipsis. The sentence itself
 * stays the practice's quote and summary.
 */
public final class Titles {
	public static final int MAX_WORDS = 9;
	private static final int MIN_WORDS = 3;
	/** Words a title does not end on. */
	private static final Set<String> WEAK_ENDS = Set.of("DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PRON", "PUNCT", "SYM");
	private static final Set<String> STRONG_PRONOUNS = Set.of("them", "it", "us", "yourself", "themselves", "everything", "everyone", "others", "someone",
			"itself", "one");
	private static final Set<String> WEAK_ADVERBS = Set.of("instead", "only", "also", "just", "really", "very", "even", "still", "then", "too", "so",
			"how", "where", "when", "why", "what", "whether");
	/** Words after which a clause ends, whatever its length. */
	private static final Set<String> HARD = Set.of(";", ":", "(", "because", "which", "whereas", "although", "though", "unless", "otherwise",
			"especially", "particularly", "e.g.", "i.e.", "but");
	/** Where a clause too long for a title may be cut: before a subordinate clause, a relative clause, a purpose. */
	private static final Set<String> SOFT = Set.of("before", "after", "when", "whenever", "if", "until", "once", "while", "instead", "rather", "so",
			"who", "that", "which", "whose", "where", "without", "by", "for", "with", "in", "on", "at", "from", "to", "and", "or", "about", "than");
	private static final Set<String> ADDRESSED = Set.of("you", "we", "one", "everyone", "brands", "businesses", "companies", "marketers", "teams");
	/** What turns a clause around: a title that leaves one out says the opposite of its sentence. */
	private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "don't", "doesn't", "won't", "can't", "cannot", "shouldn't",
			"without", "nothing", "none", "nor");
	/** What a sentence's advice may hang on, when the sentence opens with it. */
	private static final Set<String> CONDITIONS = Set.of("if", "unless", "when", "whenever", "only", "once", "until");

	private Titles() {
	}

	/**
	 * The title of a proposed practice: the sentence itself when it is short, else its advice
	 * clause as {@link #of(Sentence, Advice)} reads it, unless that would drop a negation or a
	 * condition the sentence holds ("If a reply would escalate, take it private" must not
	 * become "Take it private"); then the sentence's own first words, cut where a phrase ends.
	 */
	public static String of(Sentence s) {
		if (words(s, 0, s.size()) <= MAX_WORDS) {
			return tidy(s.text());
		}
		Advice advice = Advice.of(s, Advice.Context.PROSE);
		int clause = Math.min(Clauses.mainClause(s), s.size() - 1);
		String title = of(s, advice != null ? advice : new Advice(Advice.Kind.IMPERATIVE, clause, clause, 0));
		if (keepsMeaning(s, title)) {
			return title;
		}
		int end = phraseEnd(s, 0, softEnd(s, 0, s.size()));
		return tidy(s.text().substring(0, s.tokenEnds()[Math.max(0, end - 1)]));
	}

	/** Whether a title keeps the sentence's negation and its condition. */
	private static boolean keepsMeaning(Sentence s, String title) {
		String lower = " " + title.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
		for (int i = 0; i < s.size(); i++) {
			String word = s.word(i);
			boolean negation = NEGATIONS.contains(word), condition = i == 0 && CONDITIONS.contains(word);
			boolean kept = java.util.regex.Pattern.compile("(^|[^\\p{L}'])" + java.util.regex.Pattern.quote(word) + "($|[^\\p{L}])").matcher(lower).find()
					|| word.equals("n't") && lower.contains("n't") || negation && lower.startsWith(" don't");
			if ((negation || condition) && !kept) {
				return false;
			}
		}
		return true;
	}

	private static String tidy(String text) {
		String title = text.replaceAll("\\s+", " ").strip().replaceAll("[\\s,;:.!–—\"'“”‘’(]+$", "").replaceAll("^[\"'“”‘’(]+", "");
		return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
	}

	public static String of(Sentence s, Advice advice) {
		int from = advice.clause();
		boolean negate = false;
		if (advice.kind() == Advice.Kind.MODAL) {
			int modal = Clauses.modal(s, advice.clause());
			if (modal >= 0 && ADDRESSED.contains(Clauses.subject(s, advice.clause(), modal))) {
				from = modal + 1;
				while (from < s.size() && s.is(from, "to", "really", "also", "always", "first", "just", "only")) {
					from++;
				}
				if (s.is(from, "not", "n't", "never")) {
					negate = true;
					from++;
				}
			}
		}
		from = skipLeadIns(s, from);
		from = Math.min(Clauses.mainClause(s, from), s.size() - 1); // "remember that, as a start, 3-6% is standard"
		int end = hardEnd(s, from);
		if (end > from && s.is(end, ":") && words(s, from, end) <= MIN_WORDS && end + 1 < s.size()) {
			from = end + 1; // "make it this: treat every creator..." reads after the colon
			end = hardEnd(s, from);
		}
		if (words(s, from, end) > MAX_WORDS) {
			end = softEnd(s, from, end);
		}
		end = phraseEnd(s, from, end);
		if (words(s, from, end) < 2) {
			from = advice.clause();
			end = phraseEnd(s, from, softEnd(s, from, s.size()));
		}
		String title = s.text().substring(s.tokenStarts()[from], s.tokenEnds()[Math.max(from, end - 1)]).replaceAll("\\s+", " ").strip();
		title = title.replaceAll("[\\s,;:.!–—\"'“”‘’(]+$", "").replaceAll("^[\"'“”‘’(]+", "");
		if (negate) {
			title = "Don't " + title;
		}
		return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
	}

	/** "make sure (that) (you)", "remember to", "be sure to", "it's important to", "that": the advice is what follows. */
	private static int skipLeadIns(Sentence s, int from) {
		int i = from;
		String next = i + 1 < s.size() ? s.word(i + 1) : "";
		if ((s.word(i).equals("make") || s.word(i).equals("be")) && next.equals("sure") && s.is(i + 2, "you", "to") && s.is(i + 3, "VERB", "AUX")) {
			i += 3; // "make sure you respond" reads "Respond"; "be sure to ask", "Ask"
		} else if ((s.word(i).equals("remember") || s.word(i).equals("note")) && s.is(i + 1, "to", "that")) {
			i += 2;
		} else if ((s.word(i).equals("it's") || s.word(i).equals("it") && next.equals("is")) && i + 3 < s.size()) {
			int to = i + 2;
			while (to < s.size() && to < i + 6 && !s.is(to, "to", "that")) {
				to++;
			}
			if (to + 1 < s.size() && s.is(to, "to") && s.is(to + 1, "VERB", "AUX")) {
				i = to + 1; // "It's important to reply" reads "Reply"
			} else if (to + 2 < s.size() && s.is(to, "that") && s.is(to + 1, "you", "we")) {
				i = s.is(to + 2, "do") && s.is(to + 3, "VERB") ? to + 3 : to + 2; // "It's important that you do set KPIs" reads "Set KPIs"
			}
		} else if (s.word(i).equals("the") && s.is(i + 1, "first", "best", "most", "only") && s.is(i + 2, "thing", "step") ) {
			int is = i + 3;
			while (is < s.size() && is < i + 7 && !s.is(is, "is")) {
				is++;
			}
			if (is + 1 < s.size() && s.is(is, "is")) {
				i = s.is(is + 1, "to") ? is + 2 : is + 1; // "The first thing to do is figure out..." reads "Figure out..."
			}
		}
		return i < s.size() - 1 ? i : from;
	}

	/** The end of the clause: before a semicolon, a colon, a bracket, a spaced dash, or a comma that is not a list's. */
	private static int hardEnd(Sentence s, int from) {
		for (int i = from + 1; i < s.size(); i++) {
			boolean afterThree = words(s, from, i) >= MIN_WORDS;
			if (HARD.contains(s.word(i)) && (afterThree || s.is(i, ";", ":", "(")) || isSpacedDash(s, i) && afterThree
					|| s.is(i, ",") && afterThree && !isListComma(s, i) || s.is(i, ".", "!", "?") && !isInsideWord(s, i)) {
				return i;
			}
		}
		return s.size();
	}

	/** Cut a clause longer than a title before its last soft boundary that leaves a title of at least three words. */
	private static int softEnd(Sentence s, int from, int end) {
		int cut = -1;
		for (int i = from + 1; i < end; i++) {
			int words = words(s, from, i);
			if (words > MAX_WORDS) {
				break;
			}
			boolean purpose = s.is(i, "to") && s.is(i + 1, "VERB", "AUX") && !s.is(i - 1, "how", "want", "need", "have", "has", "able", "going");
			boolean coordinated = s.is(i, "and", "or", "then") && s.is(i + 1, "VERB") && !isInsideWord(s, i);
			if (words >= MIN_WORDS && (purpose || coordinated || SOFT.contains(s.word(i)) && !s.is(i, "to", "and", "or") || s.is(i, "SCONJ"))) {
				cut = i;
			}
		}
		if (cut > 0) {
			return cut;
		}
		int i = from;
		while (i < end && words(s, from, i + 1) <= MAX_WORDS) {
			i++;
		}
		return i;
	}

	/** The last place before {@code limit} where a phrase ends: not on an article, a preposition, a conjunction or inside a word. */
	private static int phraseEnd(Sentence s, int from, int limit) {
		int end = Math.min(limit, s.size());
		while (end > from + 1 && (WEAK_ENDS.contains(s.tag(end - 1)) && !STRONG_PRONOUNS.contains(s.word(end - 1))
				|| WEAK_ADVERBS.contains(s.word(end - 1)) || end < s.size() && isInsideWord(s, end))) {
			end--;
		}
		return end;
	}

	/**
	 * "article, webinar or report": a comma between the items of a list goes on to "and" or
	 * "or"; "a faster, more coordinated response": one between adjectives of one noun.
	 */
	private static boolean isListComma(Sentence s, int comma) {
		if (s.is(comma - 1, "ADJ") && s.is(comma + 1, "ADJ", "ADV")) {
			return true;
		}
		for (int i = comma + 1; i < s.size() && i <= comma + 4; i++) {
			if (s.is(i, "then", "so", "but")) {
				return false;
			}
			if (s.is(i, "and", "or")) {
				return true;
			}
			if (s.is(i, "PUNCT") || s.is(i, "VERB", "AUX", "SCONJ")) {
				return false;
			}
		}
		return false;
	}

	/** A token that continues the word before it: "page" and the hyphen of "one-page", the dots of "e.g.". */
	private static boolean isInsideWord(Sentence s, int i) {
		return glued(s, i) && (!s.is(i, "PUNCT") || glued(s, i + 1));
	}

	private static boolean glued(Sentence s, int i) {
		return i > 0 && i < s.size() && s.tokenStarts()[i] == s.tokenEnds()[i - 1];
	}

	private static boolean isSpacedDash(Sentence s, int i) {
		return (s.is(i, "–", "—") || s.word(i).equals("-")) && !isInsideWord(s, i);
	}

	/** Words between two tokens, a hyphenated word ("thirty-second") counted once, punctuation not at all. */
	private static int words(Sentence s, int from, int end) {
		int words = 0;
		for (int i = from; i < end && i < s.size(); i++) {
			boolean joined = i > from && s.tokenStarts()[i] == s.tokenEnds()[i - 1];
			if (!s.is(i, "PUNCT", "SYM") && !joined) {
				words++;
			}
		}
		return words;
	}
}
