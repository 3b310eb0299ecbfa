package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.importer.PostImporter;
import org.playbook.library.importer.PostReaders;
import org.playbook.library.learning.AdviceFeatures;
import org.playbook.library.learning.AdviceModels;
import org.playbook.library.learning.Candidate;
import org.playbook.library.learning.Judgement;
import org.playbook.library.learning.Standing;

/**
 * The advice models' second reading: a candidate's likelihood read again beside its post's,
 * its peers' (the items of its list, the sentences of its section) and its neighbours'. The
 * same item reads as more likely advice among a list of orders than alone in its list.
 */
public class SecondReadingTest {
	private static final String POST = """
			Answering Reviews Without Losing Customers

			Most reviews are fair, and a reply shows future customers how you treat people.

			What to do with every review

			- Reply to every review within a day, even the five-star ones.
			- Thank the reviewer by name and mention what they enjoyed.
			- Take a complaint to a private message once you have apologised in public.
			- A short answer is usually enough.

			The numbers we watch

			- Reach: the accounts that saw the reply.
			- Response time: the hours between a review and its answer.

			We learned most of this the hard way.
			""";

	@TempDir
	Path folder;

	private List<Candidate> candidates() throws Exception {
		Path post = Files.writeString(folder.resolve("reviews.txt"), POST);
		return new PostImporter(PostReaders.builtIn()).candidates(post);
	}

	private static int index(List<Candidate> candidates, String start) {
		return IntStream.range(0, candidates.size()).filter(i -> candidates.get(i).text().startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no candidate starts with " + start + ": " + candidates.stream().map(Candidate::text).toList()));
	}

	@Test
	public void peersAreTheItemsOfOneListAndTheSentencesOfOneSection() throws Exception {
		List<Candidate> candidates = candidates();
		int[] peers = Standing.peers(candidates);
		int reply = index(candidates, "Reply to every review"), shortAnswer = index(candidates, "A short answer"), reach = index(candidates, "Reach:"),
				time = index(candidates, "Response time:"), fair = index(candidates, "Most reviews are fair"), learned = index(candidates, "We learned");
		assertEquals(peers[reply], peers[shortAnswer], "two items of one list");
		assertEquals(peers[reach], peers[time], "two items of another list");
		assertNotEquals(peers[reply], peers[reach], "items of two lists");
		assertNotEquals(peers[learned], peers[time], "a sentence of prose and the list item before it");
		assertNotEquals(peers[fair], peers[reply], "a sentence of prose and a list item");
	}

	@Test
	public void anItemAmongOrdersReadsAsLikelierAdviceThanAlone() throws Exception {
		List<Candidate> candidates = candidates();
		var features = AdviceFeatures.of(candidates);
		AdviceModels models = AdviceModels.shipped();
		List<Judgement> together = models.judgePost(features, Standing.peers(candidates));
		// the same post with every candidate a group of its own: no peers to read it beside
		List<Judgement> apart = models.judgePost(features, IntStream.range(0, candidates.size()).toArray());
		int shortAnswer = index(candidates, "A short answer");
		assertTrue(together.get(shortAnswer).advice() > apart.get(shortAnswer).advice(),
				"among three orders " + together.get(shortAnswer).advice() + ", alone " + apart.get(shortAnswer).advice());
		// the category and polarity are the first reading's: the second reads only whether it is advice
		assertEquals(apart.get(shortAnswer).category(), together.get(shortAnswer).category());
		assertEquals(apart.get(shortAnswer).polarity(), together.get(shortAnswer).polarity());
	}
}
