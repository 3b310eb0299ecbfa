package org.playbook.library.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence of a post gives advice a strategist could keep, read from its parts of
 * speech: an order ("Acknowledge the issue promptly"), a modal addressed to the reader or a
 * kind of actor ("you need to shy away from vanity metrics", "brands should..."), a
 * normative statement ("impressions are a good measure of brand awareness", "prompt action
 * is essential"), or an item of a list the post introduces as advice ("A crisis plan should
 * include:"). Questions, asides, words about the page, stories of what the writer did and
 * fragments without a verb are not advice.
 * @param clause the token its clause starts at (where a title starts)
 * @param anchor the token the advice is found at (an order's verb, a normative phrase's first word)
 */
public record Advice(Kind kind, int clause, int anchor, double strength) {

	/** Proposals need at least this strength. */
	public static final double THRESHOLD = 0.6;
	/** Longer sentences are not advice a practice could quote; they are not even tagged. */
	public static final int MAX_WORDS = 50;
	private static final int MIN_WORDS = 4, MIN_LIST_WORDS = 3;

	public enum Kind {
		/** An order: a verb in its base form opens the main clause. */
		IMPERATIVE,
		/** A modal addressed to the reader or to a kind of actor. */
		MODAL,
		/** A statement of what is good, key, essential or standard. */
		NORMATIVE,
		/** An item of a list introduced as advice, mistakes or musts. */
		LISTED
	}

	/** Where a sentence stands: in a list item (under advice or not), a reader's comment, or prose. */
	public record Context(boolean listItem, boolean adviceList, boolean comment) {
		public static final Context PROSE = new Context(false, false, false);
	}

	/** Phrases that make a statement normative wherever they stand. */
	private static final Pattern NORMATIVE = Pattern.compile(String.join("|",
			"\\bmake sure\\b", "\\bbe sure to\\b", "\\bremember (to|that)\\b", "\\bdon't forget\\b", "\\bnever forget\\b",
			"\\bit's (important|key|essential|crucial|vital|critical|best|wise|worth|better|smart|imperative|helpful|useful|a good idea) (to|that)\\b",
			"\\bit is (important|key|essential|crucial|vital|critical|best|wise|worth|better|smart|imperative|helpful|useful|a good idea) (to|that)\\b",
			"\\b(the|a|one) key (is|to)\\b", "\\bkey is to\\b", "\\bfocus on\\b", "\\bprioriti[sz]e\\b", "\\bthe best way to\\b", "\\bthe (best|first|most important|only) thing\\b",
			"\\b(is|are|remains?) (essential|crucial|critical|vital|key|imperative|a must|non-negotiable|paramount|indispensable)\\b",
			"\\b(is|are) (a |the )?(good|great|better|best|right|useful|strong|reliable|clear|simple|powerful) (measure|measures|indicator|indicators|way|ways|metric|metrics|place|time|sign|gauge|choice|start|rule|idea|test|benchmark)\\b",
			"\\bgoes? a long way\\b", "\\b(is|are) (the )?(standard|norm|benchmark)\\b", "\\bpays? off\\b", "\\bworks? (best|better|well)\\b",
			"\\b(the|a) (most|more) (important|effective|valuable|useful)\\b", "\\bthe goal (is|should)\\b", "\\bthe first step\\b", "\\brule of thumb\\b",
			"\\bbest practice\\b", "\\byou('ll| will)? want to\\b", "\\bworth (it|doing|considering|the effort)\\b", "\\bbeware\\b", "\\bbe wary\\b",
			"\\b(a|any) (good|great|smart|successful|strong) (social |marketing |content )?(team|manager|marketer|brand|business|strategist|agency|company|plan|strategy)\\b",
			"\\b(never|always) (\\w+ )?(be|post|reply|respond|answer|delete|ignore|share|ask|use|buy|assume|forget|let|engage|argue|promise|link|tag)\\b",
			"\\b(avoid|stop|quit) \\w+ing\\b", "\\binstead of\\b", "\\bthe (secret|trick) (is|to)\\b", "\\bdo(es)? not (have|need) to\\b",
			"\\b(the )?(fastest|quickest|surest|easiest|best|only|simplest) way to\\b", "\\b(is|are) (enough|plenty|sufficient|too many|too few)\\b",
			"\\b(beats?|outperforms?|trumps?)\\b", "\\b(far |much )?(more|better|fewer|less) \\w+( \\w+)? than (a|an|the|any|one|most|bare|plain|generic)\\b"),
			Pattern.CASE_INSENSITIVE);
	/** Subjects a modal gives advice to. */
	private static final Set<String> ADDRESSED = Set.of("you", "we", "one", "everyone", "everybody", "everything", "anyone", "they", "teams",
			"brands", "businesses", "companies", "marketers", "managers", "agencies", "organizations", "organisations", "owners", "strategists");
	private static final Pattern FIRST_PERSON = Pattern.compile("^(i|we|my|our|us|i'm|i've|we're|we've|we'd|i'd)\\b");

	/** The advice in the sentence, or null when it gives none. */
	public static Advice of(Sentence s, Context context) {
		int words = s.wordCount();
		String text = s.text().strip();
		if (words < (context.listItem() ? MIN_LIST_WORDS : MIN_WORDS) || words > MAX_WORDS || isQuestion(text) || text.endsWith(":")
				|| MetaText.isMeta(text) || MetaText.isAside(text)) {
			return null;
		}
		if (context.listItem() && !context.adviceList() && words <= 6 && s.isTitleCased()) {
			return null; // "Increase Brand Awareness" in a list of objectives: a label, not advice
		}
		int clause = Clauses.mainClause(s);
		if (clause >= s.size()) {
			return null;
		}
		Advice advice = grammatical(s, clause, text);
		if (advice == null && context.listItem() && context.adviceList() && words >= MIN_LIST_WORDS) {
			advice = new Advice(Kind.LISTED, clause, clause, 0.65);
		}
		if (advice == null || isStory(s, clause) && advice.kind() != Kind.IMPERATIVE && advice.strength() < 0.9) {
			return null;
		}
		double strength = context.comment() ? advice.strength() * 0.85 : advice.strength();
		return strength >= THRESHOLD ? new Advice(advice.kind(), advice.clause(), advice.anchor(), strength) : null;
	}

	private static Advice grammatical(Sentence s, int c, String text) {
		String first = s.word(c);
		boolean quoted = c > 0 && s.is(c - 1, "“", "\"", "‘") || text.startsWith("“") || text.startsWith("\"");
		if (quoted) {
			return normative(s, c, text); // "“Disagree with ideas” tells members...": a rule quoted, not an order given
		}
		if (first.equals("let") && s.is(c + 1, "me", "us", "'s")) {
			return null; // "Let me explain", "Let's take a look": a lead-in, not advice
		}
		// "Don't let emotion drive your response", "Never delete a critical comment"
		if ((first.equals("don't") || first.equals("do") && s.is(c + 1, "not", "n't")) && Clauses.verb(s, c + 1) >= 0
				|| (first.equals("never") || first.equals("always")) && s.is(c + 1, "VERB", "AUX", "be")) {
			return new Advice(Kind.IMPERATIVE, c, c, 1.0);
		}
		if (first.equals("be") || first.equals("stay") || first.equals("keep") || first.equals("avoid") || first.equals("try")
				|| s.is(c, "VERB") && Clauses.isBaseForm(first) && !s.is(c + 1, "you") && c + 1 < s.size()) {
			return new Advice(Kind.IMPERATIVE, c, c, 1.0);
		}
		int modal = Clauses.modal(s, c);
		if (modal >= 0) {
			String subject = Clauses.subject(s, c, modal);
			String head = subject.contains(" ") ? subject.substring(subject.lastIndexOf(' ') + 1) : subject;
			if (FIRST_PERSON.matcher(subject).find() && !subject.startsWith("we") && !subject.startsWith("our")) {
				return null; // what the writer must do is their story
			}
			boolean addressed = ADDRESSED.contains(head) || ADDRESSED.contains(subject.split(" ")[0]) || s.is(modal - 1, "NOUN", "PROPN");
			if (!subject.equals("it") && !subject.equals("this") && !subject.equals("that")) {
				return new Advice(Kind.MODAL, c, c, addressed ? 0.9 : 0.7);
			}
		}
		// "Creating a contract ... will make the partnership more transparent": a gerund's benefit
		if (s.is(c, "VERB") && s.word(c).endsWith("ing") && s.word(c).length() > 5 && hasAny(s, c + 2, "will", "can", "helps", "makes", "keeps", "is", "builds")) {
			return new Advice(Kind.NORMATIVE, c, c, 0.7);
		}
		return normative(s, c, text);
	}

	private static Advice normative(Sentence s, int c, String text) {
		Matcher normative = NORMATIVE.matcher(text.replace('’', '\''));
		if (normative.find() && Clauses.verb(s, 0) >= 0) {
			int anchor = s.tokenAt(normative.start());
			// the advice is in the clause the phrase stands in: "..., but remember that 3-6% is standard"
			return new Advice(Kind.NORMATIVE, Math.max(c, Clauses.clauseBefore(s, anchor)), anchor, 0.75);
		}
		return null;
	}

	/** A question, unless the question follows a colon: "Open with one page that answers: are we closer to the goal?" */
	private static boolean isQuestion(String text) {
		return text.endsWith("?") && !text.contains(": ");
	}

	private static boolean hasAny(Sentence s, int from, String... words) {
		for (int i = from; i < s.size(); i++) {
			for (String word : words) {
				if (s.word(i).equals(word)) {
					return true;
				}
			}
		}
		return false;
	}

	/** "We used to guess what our audience wanted": the writer's own past, not advice. */
	private static boolean isStory(Sentence s, int c) {
		if (!FIRST_PERSON.matcher(s.word(c)).find()) {
			return false;
		}
		int verb = Clauses.verb(s, c + 1);
		if (verb < 0) {
			return false;
		}
		String word = s.word(verb).toLowerCase(Locale.ROOT);
		return word.endsWith("ed") && !word.equals("need") || Clauses.PAST.contains(word) || word.equals("used");
	}
}
