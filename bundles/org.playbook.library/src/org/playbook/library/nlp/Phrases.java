package org.playbook.library.nlp;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;

/**
 * The phrases of a sentence, as Apache OpenNLP's chunker reads them: where each begins and
 * what it is, a noun phrase ("NP"), a verb group ("VP"), a preposition ("PP"), a subordinate
 * clause's opening ("SBAR"), an adjective ("ADJP"), an adverb ("ADVP"), a verb's particle
 * ("PRT"); a token in none (a comma, most conjunctions) is "O". The chunker reads Penn Treebank
 * tags, so the sentence's tokens are tagged again with OpenNLP's Penn model; where the two
 * disagree on a word's class, the sentence's own tag wins, mapped by OpenNLP's
 * POSTagFormatMapper. The sentence's tags mapped wholesale lose what the chunker reads ("is"
 * comes out a modal, "your" a pronoun) and cut more titles short (BENCHMARKS.md). Tools keep
 * state: one set per thread, sharing the models.
 */
public final class Phrases {
	public static final String NOUN = "NP", VERB = "VP", ADJECTIVE = "ADJP", ADVERB = "ADVP", PARTICLE = "PRT", OUTSIDE = "O";
	private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::new);
	/** OpenNLP's mapping of Universal Dependencies' tags to Penn's, for the tags the sentence's model gives (made for subclassing, hence the braces). */
	private static final POSTagFormatMapper TO_PENN = new POSTagFormatMapper(EnglishModels.partsOfSpeech().getPosSequenceModel().getOutcomes()) {
	};

	private static final class Tools {
		final POSTaggerME tags = new POSTaggerME(EnglishModels.pennPartsOfSpeech(), POSTagFormat.PENN);
		final ChunkerME chunks = new ChunkerME(EnglishModels.chunks());
	}

	private final Sentence sentence;
	/** Each token's chunk label: "B-NP" begins a noun phrase, "I-NP" goes on with one, "O" is in none. */
	private final String[] labels;

	private Phrases(Sentence sentence, String[] labels) {
		this.sentence = sentence;
		this.labels = labels;
	}

	public static Phrases of(Sentence s) {
		if (s.size() == 0) {
			return new Phrases(s, new String[0]);
		}
		Tools tools = TOOLS.get();
		String[] tagged = SentenceAnalyzer.asTagged(s.tokens(), s.isTitleCased());
		String[] penn = tools.tags.tag(tagged);
		for (int i = 0; i < penn.length; i++) {
			penn[i] = reconciled(penn[i], s.tag(i));
		}
		return new Phrases(s, tools.chunks.chunk(tagged, penn));
	}

	/**
	 * A Penn tag that the sentence's own tag contradicts on the word's class, replaced by
	 * OpenNLP's Penn tag for the sentence's: the Penn model learnt from newspapers of 1989 and
	 * takes "hashtags" for a verb; the sentence's model learnt from web text, and its tags are
	 * the ones the rest of the analysis reads.
	 */
	static String reconciled(String penn, String own) {
		boolean disagree = own.equals("NOUN") && !penn.startsWith("NN") || own.equals("VERB") && !penn.startsWith("VB")
				|| own.equals("ADJ") && !penn.startsWith("JJ") && !penn.startsWith("VB");
		return disagree ? TO_PENN.convertTag(own) : penn;
	}

	/**
	 * Whether a phrase (or a token in none) begins at token {@code i}, a coordinated one
	 * ("posts | and tweets", which the chunker reads as one noun phrase), an infinitive ("not
	 * permission | to print", which it may read as one verb group) or punctuation (it may draw a
	 * bracket into the phrase before it): a title may end before it. The sentence's end counts.
	 */
	public boolean begins(int i) {
		Sentence s = sentence;
		return i <= 0 || i >= labels.length || !labels[i].startsWith("I-") || s.is(i, "PUNCT") || s.is(i, "to") && s.is(i + 1, "VERB")
				|| s.is(i, "CCONJ") && !(s.is(i - 1, "ADJ") && type(i).equals(NOUN)); // not "old | and outdated stuff"
	}

	/** Whether every token of {@code [from, end)} stands in a phrase of the type (one phrase or several). */
	public boolean within(int from, int end, String type) {
		for (int i = from; i < end; i++) {
			if (!type(i).equals(type)) {
				return false;
			}
		}
		return from < end;
	}

	/**
	 * Whether a verb group that does not open with a gerund stands in {@code [from, end)}: in
	 * "Asking for permission can be as simple as...", "Asking" is the subject, "can be" the verb.
	 */
	public boolean hasVerb(int from, int end) {
		for (int i = Math.max(0, from); i < end && i < labels.length; i++) {
			boolean opens = labels[i].equals("B-" + VERB) || i == from && type(i).equals(VERB); // "to | respond promptly" opens mid-group
			if (opens && !sentence.word(i).endsWith("ing")) {
				return true;
			}
		}
		return false;
	}

	/** How many verb groups begin in {@code [from, end)}: a condition and its order are two. */
	public int verbGroups(int from, int end) {
		int groups = 0;
		for (int i = Math.max(0, from); i < end && i < labels.length; i++) {
			groups += labels[i].equals("B-" + VERB) || i == from && type(i).equals(VERB) ? 1 : 0;
		}
		return groups;
	}

	/** What the phrase token {@code i} stands in is; {@value #OUTSIDE} for a token in none or past either end. */
	public String type(int i) {
		return i < 0 || i >= labels.length || labels[i].equals(OUTSIDE) ? OUTSIDE : labels[i].substring(2);
	}
}
