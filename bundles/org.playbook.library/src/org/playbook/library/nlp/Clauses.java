package org.playbook.library.nlp;

import java.util.Set;

/**
 * Where the parts of a tagged sentence are: the start of its main clause (after list
 * markers, discourse words, a leading subordinate clause or prepositional lead-in), the
 * modal construction of its subject, and whether a verb is in its base form.
 */
public final class Clauses {
	/** Words that open a sentence without being its clause: "So, ...", "Instead, ...", "Finally ...". */
	private static final Set<String> DISCOURSE = Set.of("so", "instead", "also", "then", "first", "firstly", "second", "secondly", "third", "next",
			"finally", "lastly", "now", "thus", "therefore", "however", "additionally", "plus", "again", "still", "ultimately", "basically", "simply",
			"really", "just", "above", "overall", "today", "here", "and", "but", "or", "yes", "no", "ok", "okay", "well", "oh", "besides", "otherwise",
			"meanwhile", "likewise", "similarly", "consequently", "hence", "importantly");
	/** Words that open a subordinate clause the main clause follows after a comma. */
	private static final Set<String> SUBORDINATORS = Set.of("if", "when", "whenever", "before", "after", "while", "once", "although", "though",
			"because", "since", "unless", "until", "as", "even", "whether", "whatever", "wherever", "where", "by", "to", "for", "in", "with", "without",
			"from", "on", "at", "during", "instead", "rather", "given", "depending", "particularly", "especially", "along", "beyond", "despite",
			"regardless", "apart", "thanks", "according", "compared", "unlike", "like", "throughout", "among", "within", "across", "under", "over",
			"through", "about", "between", "against", "toward", "towards", "upon", "amid");
	/** Verbs ending in -ed that are base forms. */
	private static final Set<String> BASE_ED = Set.of("need", "feed", "seed", "embed", "proceed", "succeed", "exceed", "shred", "heed", "speed",
			"breed", "bleed", "weed", "shed", "wed", "bed", "red", "bred", "led");
	/** Past forms of common irregular verbs, for telling a story from giving advice. */
	static final Set<String> PAST = Set.of("was", "were", "had", "did", "made", "went", "got", "found", "saw", "thought", "knew", "took", "came",
			"began", "wrote", "spent", "left", "felt", "told", "said", "gave", "kept", "brought", "built", "ran", "sent", "won", "lost", "became",
			"chose", "grew", "meant", "paid", "sold", "stood", "understood", "heard", "read", "put", "set", "let");

	private Clauses() {
	}

	/** The index of the first token of the main clause. */
	static int mainClause(Sentence s) {
		return mainClause(s, 0);
	}

	/** The first word from {@code from} on: after a list's number or letter ("3.", "b)") and any punctuation. */
	static int firstWord(Sentence s, int from) {
		int i = from;
		while (i < s.size() && (isMarker(s, i) || s.is(i, "PUNCT", "SYM"))) {
			i++;
		}
		return i;
	}

	/** The first token of the main clause of the words from {@code from} on. */
	static int mainClause(Sentence s, int from) {
		int i = firstWord(s, from), n = s.size();
		for (int guard = 0; i < n && guard < 6; guard++) {
			String word = s.word(i);
			if (s.is(i, "ADV") && s.is(i + 1, "like", "unlike") && comma(s, i + 1, 12) >= 0) {
				i++; // "Just like your other channels, ...", "Much like a newsletter, ...": the comparison leads in
			} else if (s.is(i, "CCONJ", "INTJ") || DISCOURSE.contains(word) && !s.is(i + 1, "VERB", "to", "of")) { // "instead of" leads in
				i++;
				while (i < n && s.is(i, ",")) {
					i++;
				}
			} else if (SUBORDINATORS.contains(word) || s.is(i, "SCONJ", "ADP") || (word.equals("which") || word.equals("who")) && i > from) {
				// a subordinate clause, a prepositional lead-in, or a relative clause after one: the main clause follows its comma
				int comma = comma(s, i, s.is(i, "SCONJ") || word.equals("if") || word.equals("when") || word.equals("even") ? 30 : 12);
				if (comma < 0) {
					break;
				}
				i = comma + 1;
			} else {
				break;
			}
		}
		return Math.min(i, n);
	}

	/**
	 * Where the clause holding token {@code i} starts: after the last dash, semicolon or
	 * ", but" / ", and" before it; 0 when nothing separates it from the start.
	 */
	static int clauseBefore(Sentence s, int i) {
		for (int j = i - 1; j > 0; j--) {
			if (isDash(s, j) || s.is(j, ";") || s.is(j, "but", "and", "yet") && s.is(j - 1, ",")) {
				return j + 1;
			}
		}
		return 0;
	}

	/** Where a quote of the advice at {@code anchor} starts: after an addressee or a clause a dash sets apart. */
	public static int quoteStart(Sentence s, int anchor) {
		int from = 0;
		for (int j = 0; j < anchor; j++) {
			if (isDash(s, j)) {
				from = j + 1;
			}
		}
		return from;
	}

	private static boolean isDash(Sentence s, int i) {
		return s.is(i, "–", "—") || s.word(i).equals("-") && i > 0 && s.tokenStarts()[i] > s.tokenEnds()[i - 1];
	}

	/** "1.", "2)", "a)", a lone dash or bullet at the start: a list's numbering, not the sentence. */
	private static boolean isMarker(Sentence s, int i) {
		return i == 0 && (s.is(i, "NUM") || s.word(i).matches("[a-z]")) && s.is(i + 1, ".", ")", ":");
	}

	/**
	 * The comma or dash that ends the clause opened at {@code from}, within {@code within}
	 * tokens; an aside in brackets neither counts toward them nor ends the clause ("To get on
	 * their radar (and not their spam radar), engage...").
	 */
	private static int comma(Sentence s, int from, int within) {
		int counted = 0;
		for (int i = from + 1; i < s.size() && counted < within; i++) {
			if (s.is(i, "(")) {
				i = asideEnd(s, i);
			} else if (s.is(i, ",") || s.is(i, "–") || s.is(i, "—")) {
				return i;
			} else if (!s.is(i, ")")) {
				counted++;
			}
		}
		return -1;
	}

	/** The bracket that closes the aside opened at token {@code open} (asides within it closed first); the last token when none does. */
	static int asideEnd(Sentence s, int open) {
		int depth = 0;
		for (int i = open; i < s.size(); i++) {
			depth += s.is(i, "(") ? 1 : s.is(i, ")") ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		return s.size() - 1;
	}

	/**
	 * Where the modal of the clause starting at {@code from} is ("you should", "brands need to",
	 * "everything has to"): the index of the modal, or -1. The subject before it may only be a
	 * noun phrase or a pronoun.
	 */
	static int modal(Sentence s, int from) {
		for (int i = from; i < s.size() && i <= from + 7; i++) {
			String word = s.word(i);
			boolean modal = word.equals("should") || word.equals("must") || word.equals("ought") && s.is(i + 1, "to")
					|| (word.equals("need") || word.equals("needs") || word.equals("have") || word.equals("has")) && s.is(i + 1, "to") && i > from
					|| word.equals("want") && s.is(i + 1, "to") && i > from && (s.word(i - 1).equals("'ll") || s.word(i - 1).equals("will"))
					|| word.equals("can't") && s.is(i + 1, "afford");
			if (modal) {
				return i > from ? i : -1; // a modal with no subject before it opens a question
			}
			if (s.is(i, "VERB") && !word.equals("need") || s.is(i, "PUNCT") && !s.is(i, "'", "’", "-")) {
				return -1; // a verb or a clause boundary before any modal: not this construction
			}
		}
		return -1;
	}

	/** The subject of a modal construction is "you", "we", "one" or a noun phrase, not "I" or "it". */
	static String subject(Sentence s, int from, int modal) {
		StringBuilder subject = new StringBuilder();
		for (int i = from; i < modal; i++) {
			if (!s.is(i, "AUX") || i == from) {
				subject.append(subject.length() == 0 ? "" : " ").append(s.word(i));
			}
		}
		return subject.toString();
	}

	/** Whether a verb at the start of a clause is in the base form an order takes: "listen", not "listens", "listened" or "listening". */
	static boolean isBaseForm(String word) {
		if (word.endsWith("ing") && word.length() > 5 || PAST.contains(word) && !Set.of("read", "put", "set", "let").contains(word)) {
			return false;
		}
		if (word.endsWith("ed") && !BASE_ED.contains(word)) {
			return false;
		}
		return !(word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"));
	}

	/** The first verb (or auxiliary) at or after i, or -1. */
	static int verb(Sentence s, int i) {
		for (int j = i; j < s.size(); j++) {
			if (s.is(j, "VERB", "AUX")) {
				return j;
			}
		}
		return -1;
	}
}
