package org.playbook.library.nlp;

import java.util.Set;

/**
 * What a sentence's grammar says, read from OpenNLP's tokens and parts of speech, as the
 * library's learned advice finder takes it in beside the sentence's meaning: the mood of its
 * main clause (an order opens with a verb in its base form), a modal ("should", "need to")
 * and who it is addressed to, a negation, the writer speaking of themselves, numbers. These
 * are facts of grammar, not phrases of advice: what they weigh is learned.
 */
public record SentenceShape(boolean imperative, boolean modal, boolean addressed, boolean negated, boolean firstPerson, boolean pastTense,
		boolean question, boolean colonEnd, boolean number, boolean titleCased, boolean aside, boolean gerundOpening, boolean negationOpening,
		boolean verbless, int words) {

	/** Negation in English: the closed class of words that turn a clause around. */
	private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "don't", "doesn't", "didn't", "won't", "can't", "cannot",
			"shouldn't", "mustn't", "isn't", "aren't", "without", "nothing", "none", "neither", "nor", "avoid", "stop");
	/** The pronouns a writer speaks of themselves with. */
	private static final Set<String> FIRST_PERSON = Set.of("i", "my", "me", "i'm", "i've", "i'd");
	/** Second person and the generic actors advice is given to. */
	private static final Set<String> ADDRESSED = Set.of("you", "your", "you're", "you'll", "yourself", "we", "our", "brands", "businesses",
			"companies", "marketers", "teams", "managers", "agencies");

	public static SentenceShape of(Sentence s) {
		int clause = Clauses.mainClause(s);
		String first = clause < s.size() ? s.word(clause) : "";
		boolean imperative = clause < s.size() && (s.is(clause, "VERB") && Clauses.isBaseForm(first) && !s.is(clause + 1, "you")
				|| first.equals("don't") || first.equals("never") || first.equals("always") || first.equals("be")
				|| first.equals("do") && s.is(clause + 1, "not", "n't"));
		boolean negated = false, firstPerson = false, addressed = false, number = false;
		for (int i = 0; i < s.size(); i++) {
			String word = s.word(i);
			negated |= NEGATIONS.contains(word);
			firstPerson |= FIRST_PERSON.contains(word);
			addressed |= ADDRESSED.contains(word);
			number |= s.is(i, "NUM") || word.contains("%");
		}
		int verb = Clauses.verb(s, clause);
		boolean past = verb >= 0 && (Clauses.PAST.contains(s.word(verb)) || s.word(verb).endsWith("ed") && !Clauses.isBaseForm(s.word(verb)));
		String text = s.text().strip();
		int opening = Clauses.firstWord(s, 0);
		boolean negationOpening = opening < s.size() && NEGATIONS.contains(s.word(opening));
		// "Not researching hashtags", "Only tracking mentions": the gerund after a negation or an adverb; "Listening is
		// a habit" is a statement about the gerund, not an action it names
		int gerund = negationOpening || s.is(opening, "ADV") ? opening + 1 : opening;
		boolean gerundOpening = gerund < s.size() && s.word(gerund).endsWith("ing") && s.word(gerund).length() > 4 && s.is(gerund, "VERB", "NOUN")
				&& !s.is(gerund + 1, "AUX", "VERB");
		return new SentenceShape(imperative, Clauses.modal(s, clause) >= 0, addressed, negated, firstPerson, past,
				text.endsWith("?"), text.endsWith(":"), number, s.isTitleCased(), MetaText.isAside(text), gerundOpening, negationOpening,
				Clauses.verb(s, 0) < 0, s.wordCount());
	}
}
