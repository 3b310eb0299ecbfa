package org.playbook.library.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * A practice's title from the sentence it is drawn from, as a strategist would write it:
 * the advice clause alone, as an order where the sentence gives one ("you need to shy away
 * from vanity metrics" becomes "Shy away from vanity metrics"), at most nine words, cut where
 * a phrase ends ({@link Phrases}: never inside a noun phrase, never between a verb and its
 * object), never with an ellipsis. When nine words cannot keep the sentence's meaning (its
 * condition and its order, a negation far in, a phrase they would cut), a sentence of up to
 * {@value #MAX_WHOLE_WORDS} words is its own title. The sentence itself stays the practice's quote and summary.
 */
public final class Titles {
	public static final int MAX_WORDS = 9;
	/**
	 * The longest sentence that is its own title when nine words cannot keep its meaning (an
	 * order and the condition it hangs on, a negation far in): longer, its first words are.
	 */
	static final int MAX_WHOLE_WORDS = 14;
	private static final int MIN_WORDS = 3;
	/** Words a title does not end on. */
	private static final Set<String> WEAK_ENDS = Set.of("DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PRON", "PUNCT", "SYM");
	private static final Set<String> STRONG_PRONOUNS = Set.of("them", "it", "us", "yourself", "themselves", "everything", "everyone", "others", "someone",
			"itself", "one", "nothing", "something", "anything");
	private static final Set<String> WEAK_ADVERBS = Set.of("instead", "only", "also", "just", "really", "very", "even", "still", "then", "too", "so",
			"how", "where", "when", "why", "what", "whether", "perhaps", "maybe", "never", "rather", "such", "due", "according", "onto", "into");
	/** Words after which a clause ends, whatever its length. */
	private static final Set<String> HARD = Set.of(";", ":", "(", "because", "which", "whereas", "although", "though", "unless", "otherwise",
			"especially", "particularly", "e.g.", "i.e.", "but");
	/** Where a clause too long for a title may be cut: before a subordinate clause, a relative clause, a purpose. */
	private static final Set<String> SOFT = Set.of("before", "after", "when", "whenever", "if", "until", "once", "while", "instead", "rather", "so",
			"who", "that", "which", "whose", "where", "without", "by", "for", "with", "in", "on", "at", "from", "to", "and", "or", "about", "than");
	private static final Set<String> ADDRESSED = Set.of("you", "we", "one", "everyone", "brands", "businesses", "companies", "marketers", "teams");
	/** What turns a clause around: a title that leaves one out says the opposite of its sentence. */
	private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "without", "nothing", "none", "nor");
	/** What a sentence's advice may hang on, when the sentence opens with it. */
	private static final Set<String> CONDITIONS = Set.of("if", "unless", "when", "whenever", "only", "once", "until");

	private Titles() {
	}

	/**
	 * The title of a proposed practice: the sentence itself when it is short, else its advice
	 * clause as {@link #of(Sentence, Phrases, Advice)} reads it, unless that would drop a negation or a
	 * condition the sentence holds ("If a reply would escalate, take it private" must not
	 * become "Take it private"), leave its condition without the order, or cut a phrase; then
	 * the sentence's first statement when it is short, else its own first words, cut where a phrase ends.
	 * A label that forbids ("DON'T: Feel like you need to use them all") is said as "Don't".
	 */
	public static String of(Sentence s) {
		int first = Math.min(Clauses.firstWord(s, 0), s.size() - 1); // not a list's dash or number
		int labelled = first < 0 ? first : skipLabel(s, first);
		if (labelled > first && isOrderNotTo(s, first, labelled)) {
			// "DON'T: Feel like you need to use all of them" is an order not to; only a long one is chunked to be cut
			int end = words(s, labelled, s.size()) <= MAX_WORDS ? s.size() : cut(s, Phrases.of(s), labelled, s.size(), labelled);
			return new Words(labelled, end, true).title(s);
		}
		if (labelled > first && (s.is(first, "do", "dos", "do's") || isNumbering(s, first, labelled))) {
			first = labelled; // "DO: Keep up with new networks"
		} else if (s.is(first, "do") && s.is(first + 1, "VERB")) {
			first++; // an order's emphasis: "DO document the negative comment"
		}
		if (first < 0 || words(s, first, s.size()) <= MAX_WORDS) {
			return tidy(first < 0 ? s.text() : s.text().substring(s.tokenStarts()[first]));
		}
		Phrases phrases = Phrases.of(s);
		Advice advice = Advice.of(s, Advice.Context.PROSE);
		int clause = Math.min(Clauses.mainClause(s), s.size() - 1);
		Words advised = of(s, phrases, advice != null ? advice : new Advice(Advice.Kind.IMPERATIVE, clause, clause, 0));
		if (keepsMeaning(s, first, advised) && !isConditionAlone(s, phrases, advised)) {
			return saidWholeIfCut(s, phrases, advised).title(s);
		}
		first = skipConjunctions(s, afterLabel(s, first)); // "Fact: a long block of tags..." is titled from what follows the label
		int past = Math.max(first, clause); // past the main clause's start: not "For example" alone
		if (words(s, first, past) >= MAX_WORDS) {
			past = first; // unless the main clause starts too far in for a title to reach it
		}
		Words opening = new Words(first, cut(s, phrases, first, s.size(), past), false);
		if (keepsMeaning(s, first, opening) && (opening.end() > clause + 1 || clause <= first) && !isConditionAlone(s, phrases, opening)) {
			return saidWholeIfCut(s, phrases, opening).title(s);
		}
		// Nine words cannot hold both the order and what it hangs on ("But if you're posting for
		// the sake of posting, | you're turning your audience off"): the sentence says it whole, when it is not long.
		Words whole = new Words(first, firstStatement(s, phrases, first), false);
		return (words(s, whole.from(), whole.end()) <= MAX_WHOLE_WORDS ? whole : opening).title(s);
	}

	/**
	 * The title's words, or the whole of their statement when the title would cut a phrase
	 * ("Decide what the report | is for") or a condition after the order ("…is wasted | if you're
	 * not…") and the statement has at most {@value #MAX_WHOLE_WORDS} words.
	 */
	private static Words saidWholeIfCut(Sentence s, Phrases phrases, Words title) {
		int statement = firstStatement(s, phrases, title.from());
		boolean conditionAfter = s.is(title.end(), "if", "unless") && title.end() < statement;
		boolean cutsAPhrase = conditionAfter || !finished(s, phrases, title.from(), title.end(), statement) || beforeItsClause(s, phrases, title.end());
		return cutsAPhrase && words(s, title.from(), statement) <= MAX_WHOLE_WORDS ? new Words(title.from(), statement, title.negated()) : title;
	}

	/**
	 * Whether a title is a condition without the order it conditions: it opens with "if" or
	 * "when" and holds one verb group, the condition's ("If you're managing a brand's accounts | be sure to...").
	 */
	private static boolean isConditionAlone(Sentence s, Phrases phrases, Words title) {
		int opening = skipConjunctions(s, title.from());
		return words(s, title.end(), s.size()) > 0 && isCondition(s, opening) && !s.is(opening, "only") && phrases.verbGroups(opening, title.end()) < 2;
	}

	/**
	 * Whether a noun phrase ends before token {@code end} and a clause said of it begins there,
	 * its subject and verb with no "that": "not something | your followers want to see".
	 */
	private static boolean beforeItsClause(Sentence s, Phrases phrases, int end) {
		if (end >= s.size() || !phrases.type(end - 1).equals(Phrases.NOUN) || !s.is(end, "PRON", "DET") || !phrases.type(end).equals(Phrases.NOUN)) {
			return false;
		}
		int next = end + 1;
		while (next < s.size() && phrases.type(next).equals(Phrases.NOUN) && !phrases.begins(next)) {
			next++;
		}
		return phrases.type(next).equals(Phrases.VERB) && !s.is(next, "to") && !s.word(next).endsWith("ing");
	}

	/**
	 * The end of the sentence's first statement: a semicolon, a colon or a spaced dash past
	 * its main clause ends it ("... like an essay – you have your blog for that"), and so does
	 * an aside in brackets after its verb ("use their full name (if it's listed; ...)"); an
	 * aside before the verb is read over ("Relevant images (rather than stock photos) are...").
	 */
	private static int firstStatement(Sentence s, Phrases phrases, int from) {
		int clause = Clauses.mainClause(s, from);
		for (int i = clause + 1; i < s.size(); i++) {
			if (s.is(i, "(") && !phrases.hasVerb(clause, i)) {
				i = Clauses.asideEnd(s, i);
			} else if (s.is(i, ";", ":", "(") || isSpacedDash(s, i)) {
				return i;
			}
		}
		return s.size();
	}

	/** Past the "and" or "but" a sentence opens with: they join it to the sentence before, which the title is not. */
	private static int skipConjunctions(Sentence s, int from) {
		int i = from;
		while (i + 1 < s.size() && s.is(i, "CCONJ")) {
			i++;
		}
		return i;
	}

	/** The words of a sentence a title is made of, {@code [from, end)}, and whether it says "Don't" before them. */
	private record Words(int from, int end, boolean negated) {
		String title(Sentence s) {
			String words = trimmed(text(s, from, end));
			if (negated && words.length() > 1 && Character.isLowerCase(words.charAt(1)) && !s.is(from, "PROPN")) {
				words = words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1); // "Don't feel", not "Don't Feel" (but "Don't KPIs")
			}
			return capitalised(negated && !words.isEmpty() ? "Don't " + words : words);
		}
	}

	/** Words that number a post's tips without saying anything of them ("Rule #1:", "Tip 3:"); "Mistake #2:" and "Myth 1:" do say something. */
	private static final Set<String> NUMBERED = Set.of("rule", "tip", "step", "lesson", "tactic", "hack", "idea", "way", "strategy", "habit", "practice",
			"principle", "point", "no", "number");

	/** Whether a label ({@code [from, colon]}) only numbers what follows: "Rule #1:", "Tip 3:", "#4:". */
	private static boolean isNumbering(Sentence s, int from, int after) {
		int i = from;
		if (NUMBERED.contains(s.word(i))) {
			i++;
		}
		if (s.is(i, "#")) {
			i++;
		}
		return s.word(i).matches("#?\\d+") && i + 2 == after;
	}

	/**
	 * Whether a label ({@code [from, colon]}) is an order not to do what follows: a negation and
	 * nothing else but "do" ("DON'T:", "Do not:", "Never:"); "Not researching:" names a mistake.
	 */
	private static boolean isOrderNotTo(Sentence s, int from, int after) {
		boolean negation = false;
		for (int i = from; i < after - 1; i++) {
			if (isNegation(s, i)) {
				negation = true;
			} else if (!s.is(i, "do", "does")) {
				return false;
			}
		}
		return negation;
	}

	/**
	 * Whether a title keeps the sentence's condition (the "if" it opens with) and the negations
	 * of the clause it is drawn from: none before its words unless it says "Don't", none after
	 * them in the clause it cuts.
	 */
	private static boolean keepsMeaning(Sentence s, int first, Words title) {
		int opening = Math.min(skipConjunctions(s, first), title.from()); // "And if somebody..."
		if (isCondition(s, opening) && title.from() > opening) {
			return false;
		}
		for (int i = title.from() - 1; i >= first && !endsClause(s, i); i--) {
			if (isNegation(s, i) && !title.negated()) {
				return false; // not one of a clause before the title's: "To make sure you don't miss feedback, use..."
			}
		}
		if (title.from() > opening && isNegation(s, opening) && !title.negated()) {
			return false; // unless the sentence opens with it: "Without a clear focus, short videos feel aimless"
		}
		return !dropsNegation(s, title.from(), title.end(), s.size());
	}

	/** Whether a clause opens with a word of {@link #CONDITIONS} at token {@code i}; "when it comes to posting" names a topic, no condition. */
	private static boolean isCondition(Sentence s, int i) {
		return CONDITIONS.contains(s.word(i)) && !(s.is(i, "when") && s.is(i + 1, "it") && s.is(i + 2, "comes", "come") && s.is(i + 3, "to"));
	}

	/** A word of {@link #NEGATIONS}, or any "-n't" ("don't", "doesn’t"); not the "not" of "not only ... but also". */
	private static boolean isNegation(Sentence s, int i) {
		return (NEGATIONS.contains(s.word(i)) || s.word(i).replace('’', '\'').endsWith("n't")) && !(s.is(i, "not") && s.is(i + 1, "only"));
	}

	private static String tidy(String text) {
		return capitalised(trimmed(text));
	}

	/**
	 * The words without the punctuation and quotation marks around them, a quotation the cut
	 * leaves open or a closing mark left alone given its other mark: "Develop what we call your
	 * “content buckets”", not "...your “content buckets".
	 */
	private static String trimmed(String text) {
		String title = text.replaceAll("\\s+", " ").strip().replaceAll("[\\s,;:.!–—\"'“”‘’(]+$", "").replaceAll("^[\"'“”‘’(]+", "");
		if (title.endsWith(")") && title.indexOf('(') < 0) {
			title = trimmed(title.substring(0, title.length() - 1)); // the close of a bracket the sentence opened before the title
		}
		long open = openQuotations(title);
		if (open > 0) {
			title = title + "”";
		} else if (open < 0) {
			title = "“" + title;
		}
		if (hasUnpairedStraightQuote(title)) {
			int last = title.lastIndexOf('"');
			boolean opening = last == 0 || Character.isWhitespace(title.charAt(last - 1));
			title = opening ? title + "\"" : "\"" + title;
		}
		return title;
	}

	/** How many curly quotations the text opens and leaves open; below zero when it closes one it did not open. */
	private static long openQuotations(String text) {
		return text.chars().filter(c -> c == '“').count() - text.chars().filter(c -> c == '”').count();
	}

	private static boolean hasUnpairedStraightQuote(String text) {
		return text.chars().filter(c -> c == '"').count() % 2 == 1;
	}

	private static String capitalised(String title) {
		return title.isEmpty() ? title : unshouted(title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1));
	}

	/** Words of an order a post may shout at its start. */
	private static final Set<String> SHOUTED = Set.of("don't", "do", "never", "not", "always", "avoid", "stop");

	/** "DON'T take it personally" as "Don't take it personally": an order's first word in capitals, the rest not. */
	private static String unshouted(String title) {
		int space = title.indexOf(' ');
		if (space < 2) {
			return title;
		}
		String first = title.substring(0, space), rest = title.substring(space);
		boolean shouted = first.equals(first.toUpperCase(Locale.ROOT)) && !rest.equals(rest.toUpperCase(Locale.ROOT));
		return shouted && SHOUTED.contains(first.toLowerCase(Locale.ROOT).replace('’', '\'')) ? first.charAt(0) + first.substring(1).toLowerCase(Locale.ROOT) + rest
				: title;
	}

	/** The words of an advice clause's title: as an order where the sentence gives one, at most {@link #MAX_WORDS}, cut where a phrase ends. */
	private static Words of(Sentence s, Phrases phrases, Advice advice) {
		int from = advice.clause();
		boolean negate = false;
		if (advice.kind() == Advice.Kind.MODAL) {
			int modal = Clauses.modal(s, advice.clause());
			if (modal >= 0 && ADDRESSED.contains(Clauses.subject(s, advice.clause(), modal))) {
				from = modal + 1;
				while (from < s.size() && s.is(from, "to", "really", "also", "always", "first", "just", "only")
						|| s.is(from, "not") && s.is(from + 1, "only")) {
					from++; // "you need to not only be aware of..." reads "Be aware of..."
				}
				if (s.is(from, "not", "n't", "never")) {
					negate = true;
					from++;
				}
			}
		}
		from = skipLeadIns(s, from);
		from = Math.min(Clauses.mainClause(s, from), s.size() - 1); // "remember that, as a start, 3-6% is standard"
		from = afterLabel(s, from); // "make it this: treat every creator..." reads after the colon
		int end = cut(s, phrases, from, hardEnd(s, from), from);
		if (words(s, from, end) < 2) {
			from = advice.clause();
			end = cut(s, phrases, from, s.size(), from);
		}
		return new Words(from, end, negate);
	}

	/**
	 * Whether the verb after "make sure you" can open an order: "make sure you respond" reads
	 * "Respond", but "make sure you are pursuing the right platforms" does not read "Are
	 * pursuing...", nor "make sure you can..." "Can...".
	 */
	private static boolean isOrderVerb(Sentence s, int i) {
		return s.is(i, "VERB") && !s.is(i, "are", "were", "'re") || s.is(i, "be", "have", "do", "get", "keep");
	}

	/** Where the words after a short label and its colon begin ("Fact: ...", "make it this: ..."); {@code from} when there is none. */
	private static int afterLabel(Sentence s, int from) {
		int after = skipLabel(s, from);
		return isOrderNotTo(s, from, after) ? from : after; // "Never: ..." says what follows is not to be done
	}

	/** Where the words after a short label and its colon begin, whatever the label says; {@code from} when there is none. */
	private static int skipLabel(Sentence s, int from) {
		int end = hardEnd(s, from);
		return end > from && s.is(end, ":") && words(s, from, end) <= MIN_WORDS && end + 1 < s.size() ? end + 1 : from;
	}

	/** "make sure (that) (you)", "remember to", "be sure to", "it's important to", "that": the advice is what follows. */
	private static int skipLeadIns(Sentence s, int from) {
		int i = from;
		String next = i + 1 < s.size() ? s.word(i + 1) : "";
		if ((s.word(i).equals("make") || s.word(i).equals("be")) && next.equals("sure") && s.is(i + 2, "you", "to") && isOrderVerb(s, i + 3)) {
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

	/** The end of the clause ({@link #endsClause}), once it has three words; or its sentence's end. */
	private static int hardEnd(Sentence s, int from) {
		for (int i = from + 1; i < s.size(); i++) {
			if (endsClause(s, i) && (words(s, from, i) >= MIN_WORDS || s.is(i, ";", ":", "(")) || s.is(i, ".", "!", "?") && !isInsideWord(s, i)) {
				return i;
			}
		}
		return s.size();
	}

	/** Whether a clause ends before token {@code i}: a semicolon, a colon, a bracket, a word of {@link #HARD}, a spaced dash, a comma that is not a list's. */
	private static boolean endsClause(Sentence s, int i) {
		return HARD.contains(s.word(i)) || isSpacedDash(s, i) || s.is(i, ",") && !isListComma(s, i);
	}

	/** The words from token {@code from} to before token {@code end}, as the sentence spells them. */
	private static String text(Sentence s, int from, int end) {
		return s.text().substring(s.tokenStarts()[from], s.tokenEnds()[Math.max(from, end - 1)]);
	}

	/**
	 * Where a title of the words from {@code from} on ends, before {@code limit}, past token
	 * {@code past} and within {@link #MAX_WORDS}: where a phrase ends and not on a word a title
	 * cannot end on. Of those
	 * places, one that drops no negation of the clause it cuts, then one that leaves no
	 * phrase unfinished ({@link #finished}), then the furthest. Without a phrase's end in reach
	 * (a noun phrase of ten words), at the last soft boundary.
	 */
	private static int cut(Sentence s, Phrases phrases, int from, int limit, int past) {
		int best = -1, bestRank = -1;
		for (int end = past + 1; end <= limit && end <= s.size() && words(s, from, end) <= MAX_WORDS; end++) {
			if (end < limit && !phrases.begins(end) || end < s.size() && isInsideWord(s, end) || isWeakEnd(s, end - 1)) {
				continue;
			}
			int rank = (dropsNegation(s, from, end, limit) ? 0 : 2) + (finished(s, phrases, from, end, limit) ? 1 : 0);
			if (rank >= bestRank) {
				best = end;
				bestRank = rank;
			}
		}
		return best > from ? best : phraseEnd(s, from, softEnd(s, from, limit));
	}

	/**
	 * Whether a negation follows a cut at {@code end} in the clause it cuts ("Posting on social
	 * media | without a content calendar is like..."); one after the clause's end (a semicolon,
	 * a colon, a comma that is not a list's, a subordinate clause's "if" or "so", a second verb's
	 * "and") belongs to another clause.
	 */
	private static boolean dropsNegation(Sentence s, int from, int end, int limit) {
		boolean finite = hasFiniteVerb(s, from, end);
		for (int i = end; i < limit && i < s.size(); i++) {
			if (endsClause(s, i) || s.is(i, "SCONJ", "so") && !s.is(i, "that", "without") || finite && s.is(i, "CCONJ") && s.is(i + 1, "VERB")) {
				// "likes, but not from people who buy": a negation that answers the clause is its own
				return s.is(i + 1, "not") || s.is(i + 1, "but") && s.is(i + 2, "not");
			}
			if (isNegation(s, i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the tokens {@code [from, end)} hold a verb that is not a gerund: without one, an
	 * "and" and a verb after them go on the subject ("Dropping sales posts and running | isn't
	 * likely to work"), not to a second clause.
	 */
	private static boolean hasFiniteVerb(Sentence s, int from, int end) {
		for (int i = from; i < end; i++) {
			boolean verb = s.is(i, "VERB", "AUX", "AUX+PART") || s.tag(i).endsWith("+AUX");
			if (verb && !s.word(i).endsWith("ing")) {
				return true;
			}
		}
		return false;
	}

	/** Verbs that need the verb after them: "you'll need | to allocate" leaves the need unsaid. */
	private static final Set<String> NEEDING = Set.of("how", "need", "needs", "want", "wants", "have", "has", "had", "able", "going", "try", "tries", "trying",
			"seek");

	/** Particles the chunker reads as adverbs: "boil down to", "smooth things over". */
	private static final Set<String> PARTICLES = Set.of("down", "up", "out", "over", "off", "back", "away", "around");

	/**
	 * Whether a title ending before token {@code end} leaves no phrase unfinished: a verb
	 * without its object ("you'll want to measure"), a comparison without its second term ("as
	 * simple", "far more"), a subject without the clause's verb ("The Federal Trade Commission"),
	 * a second verb without its own object ("...in your profile and stick").
	 */
	private static boolean finished(Sentence s, Phrases phrases, int from, int end, int limit) {
		if (end >= limit || end >= s.size()) {
			return true;
		}
		int last = end - 1;
		while (last > from && (phrases.type(last).equals(Phrases.ADVERB) || s.is(last, "ADV"))) {
			last--; // "is seldom | a good idea": the adverb's verb
		}
		String before = phrases.type(last), after = phrases.type(end);
		if (before.equals(Phrases.VERB) && (after.equals(Phrases.NOUN) || after.equals(Phrases.ADJECTIVE) || after.equals(Phrases.PARTICLE)
				|| after.equals(Phrases.ADVERB) && PARTICLES.contains(s.word(end)) || s.is(end, "to") && NEEDING.contains(s.word(end - 1)))) {
			return false; // a verb without its object
		}
		if (phrases.type(end - 1).equals(Phrases.NOUN) && after.equals(Phrases.VERB) && !s.is(end, "to") && !s.word(end).endsWith("ing")) {
			return false; // a subject without its verb: "so everyone | reads the same numbers"
		}
		if (s.is(end, "than") || s.is(end + 1, "than") || s.is(end, "as") && (s.is(end - 2, "as") || s.is(end - 3, "as"))) {
			return false;
		}
		if (before.equals(Phrases.ADJECTIVE) && s.is(end, "to") && s.is(end + 1, "VERB", "AUX")) {
			return false; // an adjective without what it is said of: "it's important | to let people know"
		}
		for (int i = from + 1; i < end; i++) {
			if (s.is(i, "CCONJ") && !s.is(i - 1, "VERB") && phrases.within(i + 1, end, Phrases.VERB)) {
				return false; // a second verb, and nothing of what it governs: "...in your profile and stick" (not "created or modified")
			}
		}
		String words = text(s, from, end);
		if (openQuotations(words) > 0 || hasUnpairedStraightQuote(words)) {
			return false; // inside a quotation: "It's not enough to say “Social Media"
		}
		if (STRONG_PRONOUNS.contains(s.word(end - 1)) && after.equals(Phrases.ADJECTIVE)) {
			return false; // "make it | harder to act"
		}
		if (s.is(end - 1, "NUM") && s.is(end, "to", "-", "–")) {
			return false; // "the last three | to six months"
		}
		return !phrases.hasVerb(from, limit) || phrases.hasVerb(from, end);
	}

	/** Cut a clause longer than a title before its last soft boundary that leaves a title of at least three words. */
	private static int softEnd(Sentence s, int from, int end) {
		int cut = -1;
		for (int i = from + 1; i < end; i++) {
			int words = words(s, from, i);
			if (words > MAX_WORDS) {
				break;
			}
			boolean purpose = s.is(i, "to") && s.is(i + 1, "VERB", "AUX") && !NEEDING.contains(s.word(i - 1));
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
		while (end > from + 1 && (isWeakEnd(s, end - 1) || end < s.size() && isInsideWord(s, end))) {
			end--;
		}
		return end;
	}

	/** An article, a preposition, a conjunction, an auxiliary, a pronoun that points on, an adverb that needs what follows, a possessive. */
	private static boolean isWeakEnd(Sentence s, int i) {
		String word = s.word(i).replace('’', '\'');
		return WEAK_ENDS.contains(s.tag(i)) && !STRONG_PRONOUNS.contains(word) || WEAK_ADVERBS.contains(word) || s.tag(i).endsWith("+AUX") // "you'll"
				|| word.endsWith("'s") && word.length() > 2; // "your company's"
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
