package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.importer.PostImporter;
import org.playbook.library.importer.PostReaders;
import org.playbook.library.learning.Candidate;

/**
 * What the advice finder is given to judge in a post: the pieces a strategist could keep as
 * practices, cut where the post's structure says, so that the learned models see the tip of a
 * numbered heading, the answer of a list item that opens with a question, and sentences that
 * merely mention spam or screenshots; never the page's own calls to subscribe.
 */
public class CandidatesTest {
	private static final String POST = """
			Rules for Reposting Customer Photos

			Rules for Reposting Customer Photos

			Customers post photos of our products every day. Here's what we learned from asking for them:

			1. Please just ask permission
			If you want to repost a photo, ask the person first in a direct message.

			2. Keep proof of the yes
			Take a screenshot of the exchange and file it with the photo.

			Reports that answer the client

			  1. What happened? The numbers block shows five metrics, the same every month. Numbers without history are trivia.
			  2. Why did it happen? Two sentences of analysis per movement.

			A long block of unrelated tags makes a post look like spam.

			Subscribe to our newsletter for more tips.
			""";

	@TempDir
	Path folder;

	private List<Candidate> candidates() throws Exception {
		Path post = Files.writeString(folder.resolve("reposting.txt"), POST);
		return new PostImporter(PostReaders.builtIn()).candidates(post);
	}

	private static Optional<Candidate> find(List<Candidate> candidates, String start) {
		return candidates.stream().filter(c -> c.text().startsWith(start)).findFirst();
	}

	@Test
	public void aNumberedHeadingIsJudgedAsTheTipItNamesWithoutItsNumber() throws Exception {
		List<Candidate> candidates = candidates();
		Candidate tip = find(candidates, "Please just ask permission").orElseThrow(() -> new AssertionError("the heading is a candidate: " + candidates));
		assertTrue(tip.heading());
		assertEquals("Please just ask permission", tip.text(), "the number is no part of the tip");
		assertEquals("Rules for Reposting Customer Photos", tip.context(), "a heading stands under the post itself");
		assertTrue(find(candidates, "Keep proof of the yes").isPresent());
		assertFalse(candidates.stream().anyMatch(c -> c.heading() && c.text().equals("Rules for Reposting Customer Photos")),
				"the post's title repeated as a heading is not advice");
	}

	@Test
	public void aListItemThatOpensWithAQuestionIsJudgedByItsAnswer() throws Exception {
		List<Candidate> candidates = candidates();
		Candidate item = find(candidates, "The numbers block").orElseThrow(() -> new AssertionError("the item's answer is a candidate: " + candidates));
		assertTrue(item.listItem());
		assertTrue(item.text().endsWith("Numbers without history are trivia."), "the item is one candidate with its later sentences: " + item.text());
		assertFalse(candidates.stream().anyMatch(c -> c.text().startsWith("What happened?")), "the question only names the item");
		assertTrue(find(candidates, "Two sentences of analysis").isPresent());
	}

	@Test
	public void onlyWordsThatCanOnlyBeAboutThePageAreLeftOut() throws Exception {
		List<Candidate> candidates = candidates();
		assertTrue(find(candidates, "A long block of unrelated tags").isPresent(), "spam is a subject of social media work");
		assertTrue(find(candidates, "Take a screenshot of the exchange").isPresent(), "so is a screenshot");
		assertTrue(find(candidates, "Customers post photos").isPresent());
		assertFalse(find(candidates, "Subscribe to our newsletter").isPresent(), "the page's call to subscribe is not judged");
		for (Candidate c : candidates) {
			assertEquals(c.text(), POST.substring(c.start(), c.end()), "each candidate stands verbatim in the post");
		}
	}
}
