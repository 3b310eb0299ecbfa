package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.LibraryService;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.search.SearchRequest;
import org.playbook.model.Practice;
import org.playbook.model.PracticeStatus;

/**
 * What a strategist drops in the review teaches the next import: a blog's recurring line that
 * the models take for advice is proposed once, dropped, and then no longer proposed from the
 * next post of that blog, while the advice beside it still is. The dropped proposal is kept in
 * the workspace's library as rejected, never searched.
 */
public class DroppedProposalsTeachTest {
	private static final String RECURRING = "Before you start, make sure you have access to your social media analytics and your brand guidelines.";

	@TempDir
	Path workspace;

	@Test
	public void aDroppedProposalIsNotProposedAgain() throws Exception {
		Path first = Files.writeString(workspace.resolve("first.txt"), "Planning Your Content Calendar\n\n" + RECURRING + "\n\n"
				+ "Plan your posts a month ahead and leave room in every week for news you cannot plan.\n");
		Path second = Files.writeString(workspace.resolve("second.txt"), "Auditing Your Channels\n\n" + RECURRING + "\n\n"
				+ "Retire any channel that has not brought a single lead or conversation in six months.\n");
		try (LibraryService service = LibraryService.open(workspace)) {
			ImportResult before = service.read(second);
			assertTrue(quotes(before).contains(RECURRING), "the models alone propose it: " + quotes(before));
			assertEquals(0, before.likeDropped());

			ImportResult firstPost = service.read(first);
			List<Practice> kept = firstPost.proposals().stream().filter(p -> !quote(p).equals(RECURRING)).toList();
			assertEquals(firstPost.proposals().size() - 1, kept.size(), "the strategist drops the recurring line: " + quotes(firstPost));
			assertEquals(kept.size(), service.storeReviewed(firstPost, kept));

			ImportResult after = service.read(second);
			assertFalse(quotes(after).contains(RECURRING), "dropped once, not proposed again: " + quotes(after));
			assertEquals(1, after.likeDropped(), "and the import says so");
			assertTrue(quotes(after).stream().anyMatch(q -> q.startsWith("Retire any channel")), "the post's own advice is still proposed");
		}
		try (LibraryService reopened = LibraryService.open(workspace)) {
			List<Practice> rejected = reopened.library().rejected();
			assertEquals(1, rejected.size(), "the decision is kept with the library");
			assertEquals(PracticeStatus.REJECTED, rejected.get(0).getStatus());
			assertFalse(reopened.library().accepted().contains(rejected.get(0)));
			assertTrue(reopened.index().search(SearchRequest.practices("social media analytics brand guidelines access").withLimit(50)).hits().stream()
					.noneMatch(hit -> rejected.get(0).getId().equals(hit.id())), "a dropped proposal is never searched");
			assertFalse(quotes(reopened.read(second)).contains(RECURRING), "a new session learns it too");
		}
	}

	@Test
	public void reviewingAPostImportedForReviewSettlesItsPendingProposals() throws Exception {
		Path post = Files.writeString(workspace.resolve("pending.txt"), "Planning Your Content Calendar\n\n" + RECURRING + "\n\n"
				+ "Plan your posts a month ahead and leave room in every week for news you cannot plan.\n");
		try (LibraryService service = LibraryService.open(workspace)) {
			int proposed = service.read(post).proposals().size();
			assertEquals(0, service.store(service.read(post), false), "imported for review, as the command line does without --accept");
			assertEquals(proposed, service.library().proposals().size());

			ImportResult again = service.read(post);
			List<Practice> kept = again.proposals().stream().filter(p -> !quote(p).equals(RECURRING)).toList();
			kept.get(0).setTitle("Plan a month ahead, with room for news"); // the person corrects the title as they keep it
			assertEquals(proposed - 1, service.storeReviewed(again, kept), "the kept ones are accepted");
			assertTrue(service.library().accepted().stream().anyMatch(p -> p.getTitle().equals("Plan a month ahead, with room for news")),
					"with the person's correction");

			assertEquals(0, service.library().proposals().size(), "nothing is left pending");
			assertEquals(List.of(RECURRING), service.library().rejected().stream().map(DroppedProposalsTeachTest::quote).toList());
			assertEquals(proposed - 1, service.library().accepted().stream().filter(p -> p.getId().startsWith("import-")).count());
		}
	}

	private static List<String> quotes(ImportResult result) {
		return result.proposals().stream().map(DroppedProposalsTeachTest::quote).toList();
	}

	private static String quote(Practice practice) {
		return practice.getSourceRefs().get(0).getQuote();
	}
}
