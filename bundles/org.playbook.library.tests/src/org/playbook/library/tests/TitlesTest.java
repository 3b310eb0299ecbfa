package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.playbook.library.nlp.Advice;
import org.playbook.library.nlp.Phrases;
import org.playbook.library.nlp.Sentence;
import org.playbook.library.nlp.SentenceAnalyzer;
import org.playbook.library.nlp.Titles;

/**
 * A proposed practice's title keeps its sentence's meaning: at most nine words, cut where a
 * phrase ends (never inside a noun phrase, never between a verb and its object or a
 * comparison and its second term), with the sentence's negation and opening condition, without
 * a list's dash or a label before a colon (but "Don't" for a label that forbids).
 */
public class TitlesTest {
	private static final SentenceAnalyzer ANALYZER = new SentenceAnalyzer();
	/** Words a title that ends where a phrase ends does not end on. */
	private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "for", "with", "and", "or", "but", "that", "than", "more", "as",
			"your", "their", "its", "you'll", "you’ll", "never", "due", "reactive");

	@Test
	public void aShortSentenceIsItsOwnTitleWithoutItsListMarker() {
		assertEquals("Review and adjust your calendar for continuous improvement", title("- Review and adjust your calendar for continuous improvement"));
		assertEquals("Check the hashtags used by your audience", title("• Check the hashtags used by your audience"));
	}

	@Test
	public void aNegationInTheClauseIsKept() {
		String title = title("Posting on social media without a content calendar is like cooking without a recipe.");
		assertEquals("Posting on social media without a content calendar is like cooking without a recipe", title,
				"a subject without its verb is no title: the sentence, short enough, is");
		assertTrue(title("Asking permission to repost doesn’t have to be formal or arduous or time-consuming.").contains("n’t"));
		assertTrue(title("You should never delete a complaint just because it makes the brand look bad in public.").startsWith("Don't delete"));
	}

	@Test
	public void aLabelThatForbidsIsKeptAsDont() {
		// a post of dos and don'ts labels each order; the "don't" is the order, the "do" says nothing
		assertEquals("Don't feel like you need to use all of them", title("DON'T: Feel like you need to use all of them"));
		assertEquals("Keep up with new social networks", title("DO: Keep up with new social networks"));
		assertEquals("Don't ignore negative comments", title("Do not: ignore negative comments"));
		assertTrue(title("Never: post without proofreading your captions and checking the links twice before publishing anything.")
				.startsWith("Don't post without proofreading"));
		assertEquals("AVOID: buying followers", title("AVOID: buying followers"), "a label that is an order of its own stays");
		assertEquals("Don't IGNORE YOUR AUDIENCE", title("DON'T: IGNORE YOUR AUDIENCE"), "capitals stay capitals");
		assertFalse(title("Not researching: before using specific hashtags, it’s advisable to search for them to verify if they fit.").startsWith("Don't"),
				"a label that names a mistake is no order");
	}

	@Test
	public void aNegationOfAClauseBeforeTheAdviceIsNotTheTitles() {
		// the negation of a purpose or a concession before the order does not turn the order around
		assertEquals("Use technology that allows you to track all mentions", title("To make sure you don't miss important feedback, use technology that "
				+ "allows you to track all mentions of your brand, branded hashtags, and branded URLs shared on social."));
		assertEquals("You can control how you respond", title("Although there is no way to fully prevent negative comments from being posted on "
				+ "your brand's social media page, you can control how you respond to those negative comments."));
		// but a sentence that opens with one hangs on it
		assertTrue(title("Without a clear focus, short videos can feel aimless, leading to poor engagement and missed opportunities.").startsWith("Without"));
		// and "not only ... but also" negates nothing
		assertEquals("Be aware of the space", title("As a brand, you need to not only be aware of the space, but also be willing to constantly evolve with it."));
	}

	@Test
	public void anOrderShoutedAtItsStartIsWrittenAsASentence() {
		assertEquals("Don't take it personally or respond out of emotion", title("DON'T take it personally or respond out of emotion."));
		assertEquals("ROI is not a vanity metric", title("ROI is not a vanity metric."));
	}

	@Test
	public void aGerundSubjectKeepsTheNegationOfItsVerb() {
		// "and running" goes on the subject; the clause's verb, and its "isn't", come after
		assertEquals("Dropping sales posts and running isn't likely to work", title(
				"Dropping sales posts and running isn't likely to work, and is often the reason that people give up on social media when they're not getting anything back."));
	}

	@Test
	public void anAdjectiveKeepsWhatItIsSaidOf() {
		String title = title("Whilst it's important to let people know who you are and what you do, the thing that people react to most is something relevant.");
		assertTrue(title.length() > "Whilst it's important".length(), title);
	}

	@Test
	public void aNegationOfAnotherClauseIsNotTheTitles() {
		// the order is "respond promptly"; the negation belongs to the clause of its purpose
		assertEquals("Respond promptly", title("It is imperative to respond promptly, so the problem post doesn't become a bigger issue than it needs to be."));
	}

	@Test
	public void theOpeningConditionIsKept() {
		assertTrue(title("If a reply would escalate the thread, take the conversation into a private message.").startsWith("If "));
	}

	@Test
	public void aNounPhraseIsNotCut() {
		assertEquals("Calendar scope should encompass all social platforms",
				title("Calendar scope should encompass all social platforms you actively manage, with variations noted for each post."));
		assertEquals("Check your Facebook Insights for any telling signs", title("Check your Facebook Insights for any telling signs of disapproval from your most loyal fans."));
	}

	@Test
	public void aSecondVerbIsNotLeftHalfSaid() {
		assertEquals("Too many charts hide the signal", title("Too many charts hide the signal and make it harder for the client to act on anything."));
	}

	@Test
	public void aComparisonIsNotCutBeforeItsSecondTerm() {
		String title = title("A share with a personal comment gets far more engagement than a bare link.");
		assertFalse(title.endsWith("more") || title.endsWith("far"), title);
	}

	@Test
	public void aLabelBeforeAColonIsNotTheTitle() {
		String title = title("Fact: a long block of unrelated tags makes a post look like spam, and most networks now rank posts on what people do with them.");
		assertTrue(title.startsWith("A long block of unrelated tags"), title);
	}

	@Test
	public void aQuotationIsNeverLeftOpen() {
		String title = title("First, you need to develop what we call your “content buckets” or the different types of posts you want to feature on your accounts.");
		assertEquals(title.chars().filter(c -> c == '“').count(), title.chars().filter(c -> c == '”').count(), title);
		String straight = title("If the answer is \"it depends\" or \"usually the account manager but sometimes the founder\", nobody owns approval.");
		assertTrue(straight.endsWith("manager\""), straight);
	}

	@Test
	public void aLabelThatOnlyNumbersATipGoes() {
		assertEquals("Don't follow and unfollow users", title("Rule #1: DON'T follow and unfollow users"));
		assertEquals("Post at the same time every week", title("Tip 3: Post at the same time every week"));
		assertTrue(title("Mistake #2: Not running enough tests on your ads").startsWith("Mistake #2"), "a label that names a mistake says something");
	}

	@Test
	public void aConditionIsNeverTheWholeTitle() {
		// nine words cannot hold the condition and the order: the sentence, not the condition alone
		assertEquals("If you're posting for the sake of posting, you're probably turning your audience off",
				title("But if you're posting for the sake of posting, you're probably turning your audience off."));
		assertEquals("If you're managing social media of a brand be sure to minimize those mistakes",
				title("If you're managing social media of a brand be sure to minimize those mistakes."));
		assertEquals("Always post quality over quantity", title("When it comes to posting cadence, always post quality over quantity."),
				"\"when it comes to\" names a topic, not a condition");
		assertEquals("That investment is completely wasted if you're not running these paid campaigns well",
				title("That investment is completely wasted if you're not running these paid campaigns well."), "a condition after the order is kept too");
	}

	@Test
	public void aTitleThatWouldCutAPhraseIsTheSentenceWhenItIsShort() {
		assertEquals("Decide what the report is for", title("Before you open a spreadsheet, decide what the report is for."));
		assertEquals("If you can't find who made it, don't post it", title("If you can't find who made it, don't post it."),
				"not \"don't post\" without what");
		assertEquals("These photos are not something your followers want to see all the time",
				title("These photos are not something your followers want to see all the time."), "not a noun without what is said of it");
		assertEquals("The caption you put alongside a photo should not read like an essay",
				title("The caption you put alongside a photo should not read like an essay – you have your blog for that."),
				"the negation far in is kept; the statement after the dash is another");
		String longer = title("Make sure that photos that make it to your Instagram account are the best of the pack you took.");
		assertTrue(longer.split("\\s+").length <= Titles.MAX_WORDS, "a long sentence is still cut: " + longer);
	}

	@Test
	public void anAsideInBracketsDoesNotHideTheMainClause() {
		String title = title("To get yourself on someone else's radar (and not their spam radar), engage authentically with their content, "
				+ "write meaningful comments, and interact with their stories consistently over time.");
		assertTrue(title.startsWith("Engage authentically"), title);
	}

	@Test
	public void insteadOfLeadsInAndStaysWithItsWords() {
		String title = title("Instead of taking it personally look at the review as a gift; now you can do something about the problem.");
		assertTrue(title.startsWith("Instead of taking it personally"), title);
	}

	@Test
	public void anOrderIsReadFromAModal() {
		assertTrue(title("You need to shy away from vanity metrics that say nothing about what your customers buy.").startsWith("Shy away from vanity metrics"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "A social media content calendar transforms inconsistent posting into a strategic presence across every platform you manage.",
			"Without a calendar, social media teams default to whatever feels urgent or interesting in the moment, producing an erratic stream.",
			"If sales are an objective, you’ll want to measure conversions, leads or sales across the whole quarter.",
			"Unless you make these a requirement of an employee’s job, you may have to accept that you can only recommend them.",
			"Pull performance data from the last three to six months: top posts by engagement, posts that drove traffic.",
			"Blocking users and deleting comments is seldom a good idea, even when the criticism feels unfair.",
			"Learn how to plan, batch-create, and schedule content for maximum impact across every one of your channels." })
	public void atMostNineWordsEndingWhereAPhraseEnds(String text) {
		String title = title(text);
		String[] words = title.split("\\s+");
		assertTrue(words.length <= Titles.MAX_WORDS, title);
		assertFalse(DANGLING.contains(words[words.length - 1].toLowerCase(Locale.ROOT)), "\"" + title + "\" from: " + text);
	}

	@Test
	public void phrasesComeFromTheChunker() {
		Sentence s = sentence("Keep a short list of tested hashtags for each content pillar.");
		Phrases phrases = Phrases.of(s);
		assertEquals(Phrases.VERB, phrases.type(0));
		assertEquals(Phrases.NOUN, phrases.type(1));
		assertFalse(phrases.begins(2), "inside \"a short list\"");
		assertTrue(phrases.begins(4), "\"of\" begins a phrase");
	}

	@Test
	public void makeSureKeepsItsSubjectWhenWhatFollowsIsNoOrder() {
		assertEquals("Respond to every review within two days", title("Make sure you respond to every review within two days."));
		assertEquals("Make sure you are pursuing the right platforms",
				title("But before you jump into the world of social media, make sure you are pursuing the right platforms."));
		assertEquals("Make sure you can reply within the hour", title("Make sure you can reply within the hour."));
	}

	@Test
	public void aComparisonAfterAnAdverbLeadsIn() {
		assertEquals("Your feed should give people a reason", title("Much like a newsletter, your feed should give people a reason to come back every week."));
		assertEquals("Social media needs a budget and an owner", title("Just like any other channel, social media needs a budget and an owner."));
	}

	private static String title(String text) {
		return Titles.of(sentence(text));
	}

	private static Sentence sentence(String text) {
		List<Sentence> sentences = ANALYZER.sentences(text, 0, Advice.MAX_WORDS);
		assertEquals(1, sentences.size(), text);
		return sentences.get(0);
	}
}
