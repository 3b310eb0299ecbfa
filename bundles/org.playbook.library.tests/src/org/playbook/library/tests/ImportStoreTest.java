package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.Library;
import org.playbook.library.LibraryService;
import org.playbook.library.importer.ImportException;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchRequest;
import org.playbook.model.PracticeStatus;

/** Storing an import in the workspace's library: accepted practices are searchable, failures keep nothing. */
public class ImportStoreTest {
	@TempDir
	Path workspace;

	@Test
	public void acceptedPracticesAreStoredAndSearchableAtOnce() throws Exception {
		Path post = testData("seven-habits.txt");
		try (LibraryService service = LibraryService.open(workspace)) {
			ImportResult result = service.read(post);
			service.store(result, true);

			assertTrue(service.index().search(SearchRequest.practices("buying followers")).hits().stream()
					.anyMatch(h -> h.id().startsWith(result.source().getId())), "found without reopening");
		}
		try (LibraryService reopened = LibraryService.open(workspace)) {
			assertEquals(PracticeStatus.ACCEPTED, reopened.library().practices().stream()
					.filter(p -> p.getId().startsWith("import-")).findFirst().orElseThrow().getStatus());
			String text = reopened.library().postText(reopened.library().sources().values().stream()
					.filter(s -> s.getId().startsWith("import-")).findFirst().orElseThrow());
			assertTrue(text.startsWith("7 Habits"), "the post's text is kept beside the library");
			assertTrue(reopened.index().search(SearchRequest.practices("buying followers")).totalHits() > 0);
		}
	}

	@Test
	public void proposalsWaitForReviewAndAreNotSearchedButThePostIs() throws Exception {
		try (LibraryService service = LibraryService.open(workspace)) {
			service.store(service.read(testData("listening-first.html")), false);

			assertFalse(service.library().proposals().isEmpty());
			List<Hit> hits = service.index().search(SearchRequest.practices("misspellings")).hits();
			assertTrue(hits.stream().noneMatch(Hit::isPractice), "a proposal is not a practice until accepted: " + hits);
			assertTrue(hits.stream().anyMatch(h -> h.isPassage() && h.source().equals("Why Our Social Team Listens Before It Posts")),
					"the post itself is in the library, and searchable: " + hits);
		}
	}

	@Test
	public void importingAgainWithAcceptAcceptsThePendingProposals() throws Exception {
		Path post = testData("listening-first.html");
		try (LibraryService service = LibraryService.open(workspace)) {
			service.store(service.read(post), false);
			int pending = service.library().proposals().size();
			assertTrue(pending > 0);

			assertEquals(pending, service.store(service.read(post), true));

			assertEquals(0, service.library().proposals().size());
			assertTrue(service.index().search(SearchRequest.practices("misspellings")).totalHits() > 0);
		}
		try (LibraryService reopened = LibraryService.open(workspace)) {
			assertEquals(0, reopened.library().proposals().size(), "the acceptance was saved");
		}
	}

	@Test
	public void theSamePostIsNotImportedTwice() throws Exception {
		Path post = testData("seven-habits.txt");
		try (LibraryService service = LibraryService.open(workspace)) {
			service.store(service.read(post), true);
			int practices = service.library().practices().size();

			ImportException again = assertThrows(ImportException.class, () -> service.store(service.read(post), false));
			assertTrue(again.getMessage().contains("already imported"), again.getMessage());
			assertEquals(practices, service.library().practices().size());
		}
	}

	@Test
	public void aFailedSaveKeepsNothingAndLeavesTheLibraryAsItWas() throws Exception {
		try (LibraryService service = LibraryService.open(workspace)) {
			service.store(service.read(testData("seven-habits.txt")), true);
		}
		Path libraryFile = workspace.resolve(Library.FOLDER).resolve(Library.USER_LIBRARY);
		String before = Files.readString(libraryFile);
		try (LibraryService service = LibraryService.open(workspace)) {
			int practices = service.library().practices().size();
			long hits = service.index().search(SearchRequest.practices("misspellings")).totalHits();
			// the folder the post's text goes to cannot be created: a file stands in its way
			Files.writeString(workspace.resolve(Library.FOLDER).resolve("posts-blocker"), "");
			Path posts = workspace.resolve(Library.FOLDER).resolve("posts");
			try (var files = Files.list(posts)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					Files.delete(file);
				}
			}
			Files.delete(posts);
			Files.writeString(posts, "a file where the folder should be");

			ImportResult result = service.read(testData("listening-first.html"));
			ImportException failure = assertThrows(ImportException.class, () -> service.store(result, true));

			assertTrue(failure.getMessage().contains("nothing was imported"), failure.getMessage());
			assertEquals(practices, service.library().practices().size());
			assertEquals(hits, service.index().search(SearchRequest.practices("misspellings")).totalHits());
		}
		assertEquals(before, Files.readString(libraryFile), "the library file is untouched");
	}

	@Test
	public void withoutAWorkspaceNothingCanBeStored() throws Exception {
		try (LibraryService service = LibraryService.open(null)) {
			ImportResult result = service.read(testData("seven-habits.txt"));
			assertThrows(ImportException.class, () -> service.store(result, true));
		}
	}

	private Path testData(String name) throws IOException {
		Path file = Files.createTempDirectory("posts").resolve(name);
		try (InputStream in = ImportStoreTest.class.getResourceAsStream("/data/" + name)) {
			Files.copy(in, file);
		}
		return file;
	}
}
