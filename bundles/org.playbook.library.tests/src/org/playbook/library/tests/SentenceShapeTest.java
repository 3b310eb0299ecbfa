package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.playbook.library.nlp.Sentence;
import org.playbook.library.nlp.SentenceAnalyzer;
import org.playbook.library.nlp.SentenceShape;

/**
 * How a sentence opens, as the advice models read it: lists of mistakes name them with a
 * gerund, often after a negation or an adverb, or with a negation and no verb at all.
 */
public class SentenceShapeTest {
	private static final SentenceAnalyzer ANALYZER = new SentenceAnalyzer();

	@ParameterizedTest
	@ValueSource(strings = { "Using images or videos without alt text or captions.", "Not researching hashtags before you use them.",
			"Only tracking mentions that tagged our account", "3. Relying on color alone to convey information." })
	public void gerundOpening(String text) {
		assertTrue(shape(text).gerundOpening(), text + " " + tags(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Listening is not a tool you buy.", "Pin your guidelines to the top of the group.", "Nothing frustrates a customer more." })
	public void noGerundOpening(String text) {
		assertFalse(shape(text).gerundOpening(), text + " " + tags(text));
	}

	@Test
	public void negationAndNoVerb() {
		SentenceShape fragment = shape("No clarity on approval authority.");
		assertTrue(fragment.negationOpening() && fragment.verbless(), tags("No clarity on approval authority."));
		SentenceShape rule = shape("Never delete a critical comment.");
		assertTrue(rule.negationOpening(), tags("Never delete a critical comment."));
		assertFalse(rule.verbless(), tags("Never delete a critical comment."));
		assertFalse(shape("Answer every review within a day.").negationOpening());
	}

	private static SentenceShape shape(String text) {
		return SentenceShape.of(sentence(text));
	}

	private static Sentence sentence(String text) {
		List<Sentence> sentences = ANALYZER.sentences(text, 0, 80);
		assertEquals(1, sentences.size(), text);
		return sentences.get(0);
	}

	private static String tags(String text) {
		return String.join(" ", sentence(text).tags());
	}
}
