package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.playbook.library.nlp.Advice;
import org.playbook.library.nlp.Sentence;
import org.playbook.library.nlp.SentenceAnalyzer;

/**
 * What is advice in a sentence of prose, as OpenNLP's tags show it: orders (their verb often
 * one the tagger first takes for a noun), "you should", "never"; and what is not: statements,
 * questions, asides, meta text and lead-ins.
 */
public class AdviceTest {
	private static final SentenceAnalyzer ANALYZER = new SentenceAnalyzer();
	private static final Advice.Context PROSE = new Advice.Context(false, false, false);

	@ParameterizedTest
	@ValueSource(strings = { "Pin your community guidelines to the top of the group.", "Schedule posts for the hours when your followers are online.",
			"Film vertical video for stories and reels.", "Budget a tenth of your spend for boosting.", "Post daily at noon.",
			"Answer every review within a day.", "Tag the location in every post from an event.", "Never delete a critical comment.",
			"Don't let an intern speak for the brand.", "You should reply to every complaint in public.", "Make sure someone owns the account at weekends.",
			"You need to tie every metric to an objective.", "Always credit the photographer by name." })
	public void advice(String text) {
		assertNotNull(Advice.of(sentence(text), PROSE), text + " " + tags(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Content is king.", "Stories disappear after a day.", "Email marketing works for small shops.", "Community guidelines matter.",
			"Video gets more reach than photos.", "Let me explain how we got there.", "Here are four social media mistakes you should avoid.",
			"What should you post on a Sunday?", "We tried it for a year.", "Download the checklist below.", "Thanks for reading!",
			"Subscribe to our newsletter for more tips." })
	public void notAdvice(String text) {
		assertNull(Advice.of(sentence(text), PROSE), text + " " + tags(text));
	}

	private static Sentence sentence(String text) {
		List<Sentence> sentences = ANALYZER.sentences(text, 0, Advice.MAX_WORDS);
		assertEquals(1, sentences.size(), text);
		return sentences.get(0);
	}

	private static String tags(String text) {
		return String.join(" ", sentence(text).tags());
	}
}
