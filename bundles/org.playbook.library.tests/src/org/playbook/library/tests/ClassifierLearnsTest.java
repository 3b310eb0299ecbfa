package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.LibraryService;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.importer.ProposalReview;
import org.playbook.library.index.ProposalClassifier;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;

/**
 * The category a proposal gets is learned from the library's accepted practices too: a
 * practice a person corrects and accepts teaches the next import of the same advice said again; a proposal that says what a
 * practice already says is that practice, and accepting it adds a quote, not a practice.
 */
public class ClassifierLearnsTest {
	@TempDir
	Path workspace;

	@Test
	public void aCorrectedAndAcceptedPracticeTeachesTheNextImport() throws Exception {
		Path first = post("first.txt", "Notes on Moderation",
				"Always keep a moderation log with the rule broken and the action taken for every removed post.");
		// the same advice in other words, as another post would give it
		Path second = post("second.txt", "More Notes", "For every post your moderators remove, note the rule it broke and what was done.");
		try (LibraryService service = LibraryService.open(workspace)) {
			PracticeCategory before = service.read(second).proposals().get(0).getCategory();
			PracticeCategory taught = before == PracticeCategory.CRISIS ? PracticeCategory.AUDIENCE : PracticeCategory.CRISIS;
			ImportResult secondPost = afterCorrecting(service, first, practice -> practice.setCategory(taught), second);
			Practice proposal = secondPost.proposals().get(0);
			ProposalReview review = secondPost.review(proposal);
			assertNull(review.sameAs(), "similar, not the same: it is classified, not merged");
			assertEquals(taught, proposal.getCategory(), "the correction is learned (it was " + before + ")");
			assertNotEquals(taught, review.category().runnerUp());
		}
	}

	@Test
	public void aCorrectedPolarityTeachesTheSameAdviceSaidAgain() throws Exception {
		Path first = post("first.txt", "Comment Habits", "Reply to every comment on your posts within a day.");
		Path second = post("second.txt", "More Comment Habits", "Answer each comment under your posts before the day is out.");
		try (LibraryService service = LibraryService.open(workspace)) {
			Polarity before = service.read(second).proposals().get(0).getPolarity();
			Polarity taught = before == Polarity.SUCCESS_PATTERN ? Polarity.FAILURE_PATTERN : Polarity.SUCCESS_PATTERN;
			ImportResult secondPost = afterCorrecting(service, first, practice -> practice.setPolarity(taught), second);
			Practice proposal = secondPost.proposals().get(0);
			assertNull(secondPost.review(proposal).sameAs(), "the same advice in other words: classified, not merged");
			assertEquals(taught, proposal.getPolarity(), "the correction is learned (it was " + before + ")");
		}
	}

	@Test
	public void practicesOnTheTopicSaidAnotherWayLeaveThePolarityToTheModels() throws Exception {
		// the seed library holds success patterns on consistency and channels ("brands that win..."): an order on
		// the same topic is still an order
		Path channels = post("channels.txt", "Be Consistent", "Commit to the social channels that you will actively use and close down the rest.");
		try (LibraryService service = LibraryService.open(workspace)) {
			ImportResult result = service.read(channels);
			Practice proposal = result.proposals().get(0);
			ProposalReview review = result.review(proposal);
			assertNull(review.sameAs());
			assertEquals(review.learned().polarity(), proposal.getPolarity(), "the models' polarity: " + review.learned().polarities());
			assertEquals(Polarity.PRINCIPLE, proposal.getPolarity());
		}
	}

	@Test
	public void aProposalThatSaysWhatAPracticeSaysIsAddedToIt() throws Exception {
		Path post = Files.writeString(workspace.resolve("again.txt"), "An Old Truth\n\n"
				+ "You need to be willing to listen as much–or more–than you talk.\n");
		try (LibraryService service = LibraryService.open(workspace)) {
			ImportResult result = service.read(post);
			Practice proposal = result.proposals().get(0);
			ProposalReview review = result.review(proposal);
			assertNotNull(review.sameAs(), "the seed library says this already");
			assertEquals("engagement.listen-more-than-talk", review.sameAs().getId());
			assertTrue(review.similarity() >= ProposalClassifier.SAME_AS, "similarity " + review.similarity());
			int practices = service.library().accepted().size();

			service.store(result, true);

			assertEquals(practices, service.library().accepted().size(), "no second practice");
			Practice merged = service.library().find("engagement.listen-more-than-talk");
			assertEquals(2, merged.getSourceRefs().size(), "the practice now quotes both posts");
			assertEquals(result.source().getId(), merged.getSourceRefs().get(1).getSource().getId());
		}
		try (LibraryService reopened = LibraryService.open(workspace)) {
			Practice merged = reopened.library().find("engagement.listen-more-than-talk");
			assertEquals(2, merged.getSourceRefs().size(), "kept in the workspace's library");
			for (var ref : merged.getSourceRefs()) {
				assertEquals(ref.getQuote(), reopened.library().postText(ref.getSource()).substring(ref.getStart(), ref.getEnd()),
						"each quote still stands in its post");
			}
		}
	}

	private Path post(String file, String title, String sentence) throws Exception {
		return Files.writeString(workspace.resolve(file), title + "\n\n" + sentence + "\n");
	}

	/** The first post's one proposal corrected as a person would, then accepted; then the second post read. */
	private static ImportResult afterCorrecting(LibraryService service, Path first, Consumer<Practice> correct, Path second) throws Exception {
		ImportResult firstPost = service.read(first);
		assertEquals(1, firstPost.proposals().size());
		correct.accept(firstPost.proposals().get(0));
		service.store(firstPost, true);
		return service.read(second);
	}
}
