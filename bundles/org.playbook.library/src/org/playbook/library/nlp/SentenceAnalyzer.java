package org.playbook.library.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Cuts text into sentences, tokens and parts of speech with Apache OpenNLP. OpenNLP's
 * detectors keep state while they work: one set per thread, sharing the models.
 */
public final class SentenceAnalyzer {
	private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::new);

	/**
	 * The longest run of characters without a space that OpenNLP is given. Its detectors
	 * look at the whole run around each candidate, so a run of a megabyte with a period in
	 * every other character would take hours; no sentence worth quoting has a word this long.
	 */
	static final int LONGEST_RUN = 120;
	private static final Pattern LONG_GAP = Pattern.compile("\\s{" + (LONGEST_RUN + 1) + ",}");

	private static final class Tools {
		final SentenceDetectorME sentences = new SentenceDetectorME(EnglishModels.sentences());
		final TokenizerME tokens = new TokenizerME(EnglishModels.tokens());
		final POSTaggerME partsOfSpeech = new POSTaggerME(EnglishModels.partsOfSpeech());
	}

	/**
	 * The sentences of a piece of a post's text, each tagged; a sentence of more than
	 * {@code maxWords} words is left out untagged (tagging is linear but not cheap, and a
	 * run-on of thousands of words says nothing a practice could quote).
	 * @param offset where the piece starts in the post's text, so that sentences know where they stand in it
	 */
	public List<Sentence> sentences(String piece, int offset, int maxWords) {
		return sentences(piece, offset, maxWords, text -> true);
	}

	/** The sentences the filter wants, of those {@link #sentences(String, int, int)} would give; the others are not tagged. */
	public List<Sentence> sentences(String piece, int offset, int maxWords, Predicate<String> wanted) {
		Tools tools = TOOLS.get();
		List<Sentence> sentences = new ArrayList<>();
		String masked = withoutLongRuns(piece);
		for (Span span : tools.sentences.sentPosDetect(masked)) {
			// a blanked-out run ends what stands before it: the parts around it are read apart
			Matcher gap = LONG_GAP.matcher(masked).region(span.getStart(), span.getEnd());
			int from = span.getStart();
			while (from < span.getEnd()) {
				int to = gap.find() ? gap.start() : span.getEnd();
				String text = masked.substring(from, to);
				int lead = text.length() - text.stripLeading().length();
				String stripped = text.strip();
				if (!stripped.isEmpty() && words(stripped, maxWords) <= maxWords && wanted.test(stripped)) {
					sentences.add(analyse(tools, stripped, offset + from + lead));
				}
				from = to == span.getEnd() ? to : gap.end();
			}
		}
		return sentences;
	}

	/** How many words the text has, counting no further than one past the limit. */
	private static int words(String text, int limit) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length() && words <= limit; i++) {
			boolean letter = !Character.isWhitespace(text.charAt(i));
			words += letter && !inWord ? 1 : 0;
			inWord = letter;
		}
		return words;
	}

	/** Where the sentences of a text are, as start and end offsets in it; nothing else is analysed. */
	public List<int[]> bounds(String text) {
		List<int[]> bounds = new ArrayList<>();
		for (Span span : TOOLS.get().sentences.sentPosDetect(withoutLongRuns(text))) {
			bounds.add(new int[] { span.getStart(), span.getEnd() });
		}
		return bounds;
	}

	/**
	 * The text with every run longer than {@value #LONGEST_RUN} characters blanked out, at the
	 * same length so that offsets stay true: the detector sees no sentence end inside it, the tokenizer no word.
	 */
	static String withoutLongRuns(String text) {
		StringBuilder masked = null;
		int run = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
				run++;
				continue;
			}
			if (run > LONGEST_RUN) {
				masked = masked == null ? new StringBuilder(text) : masked;
				for (int j = i - run; j < i; j++) {
					masked.setCharAt(j, ' ');
				}
			}
			run = 0;
		}
		return masked == null ? text : masked.toString();
	}


	private static Sentence analyse(Tools tools, String text, int start) {
		Span[] spans = tools.tokens.tokenizePos(text);
		String[] tokens = new String[spans.length];
		int[] starts = new int[spans.length], ends = new int[spans.length];
		for (int i = 0; i < spans.length; i++) {
			tokens[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
			starts[i] = spans[i].getStart();
			ends[i] = spans[i].getEnd();
		}
		String[] tagged = asTagged(tokens, Sentence.isTitleCased(text));
		String[] tags = tokens.length == 0 ? new String[0] : tools.partsOfSpeech.tag(tagged);
		Sentence sentence = new Sentence(text, start, start + text.length(), tokens, starts, ends, tags);
		readOrderAsOrder(tools, sentence, tagged);
		return sentence;
	}

	/** Words put before a clause's first word to ask the tagger whether it is a verb there. */
	private static final String[] PROBES = { "you", "to", "please", "always" };

	/**
	 * A clause that opens with a verb the tagger took for a noun, an adjective or a preposition
	 * ("Pin the guidelines...", "Schedule posts...", "Film vertical video..."): tagged again
	 * behind words after which only a verb fits ("you", "to", "please", "always"); when at
	 * least two of them make it a verb, and no verb follows it at once (as in "Content is
	 * king", "Stories disappear", where it is the subject), its tag is corrected.
	 */
	private static void readOrderAsOrder(Tools tools, Sentence sentence, String[] tagged) {
		int clause = Clauses.mainClause(sentence);
		if (clause >= sentence.size() - 1 || !sentence.is(clause, "NOUN", "ADJ", "ADP", "PROPN", "X", "INTJ")
				|| !sentence.word(clause).matches("[a-z]+") || clause > 0 && Character.isUpperCase(sentence.tokens()[clause].charAt(0))) {
			return; // nothing after it, or a name or a date mid-sentence: not an order's verb
		}
		for (int next = clause + 1; next <= clause + 2 && next < sentence.size(); next++) {
			if (sentence.is(next, "VERB", "AUX")) {
				return; // the word is what the verb after it speaks of
			}
		}
		String[] probed = new String[tagged.length - clause + 1];
		probed[1] = sentence.word(clause);
		System.arraycopy(tagged, clause + 1, probed, 2, tagged.length - clause - 1);
		int verbs = 0;
		for (String probe : PROBES) {
			probed[0] = probe;
			// a new array each time: the tagger caches its contexts by the identity of the array
			verbs += "VERB".equals(tools.partsOfSpeech.tag(probed.clone())[1]) ? 1 : 0;
		}
		if (verbs >= 2) {
			sentence.tags()[clause] = "VERB";
		}
	}

	/**
	 * The tokens as a tagger is given them: a capital letter at the start of a sentence (or of a
	 * heading's every word) makes a tagger take verbs for names, so it sees what it would see mid-sentence.
	 */
	static String[] asTagged(String[] tokens, boolean titleCased) {
		String[] tagged = new String[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			tagged[i] = i == 0 || titleCased ? lowerFirst(tokens[i]) : tokens[i];
		}
		return tagged;
	}

	private static String lowerFirst(String token) {
		if (token.length() > 1 && Character.isUpperCase(token.charAt(0)) && token.chars().skip(1).allMatch(Character::isLowerCase)) {
			return Character.toLowerCase(token.charAt(0)) + token.substring(1);
		}
		return token.equals("I") ? token : token.length() == 1 ? token.toLowerCase() : token;
	}
}
