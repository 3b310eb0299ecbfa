package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.LibraryService;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.workspace.SampleAgency;

/** An index that is sound is brought up to date on open: only what changed is indexed again. */
public class IndexFreshnessTest {
	@TempDir
	Path workspace;

	@BeforeEach
	public void buildOnce() throws IOException {
		SampleAgency.install(workspace);
		LibraryService.open(workspace).close();
	}

	@Test
	public void unchangedWorkspaceReopensWithoutChanges() throws IOException {
		try (LibraryService service = LibraryService.open(workspace)) {
			assertNull(service.index().rebuildReason());
			assertEquals(0, service.index().changesOnOpen());
		}
	}

	@Test
	public void strategyEditedOnDiskIsIndexedAgainOnOpen() throws IOException {
		Path file = workspace.resolve("harbor-roast/2026-social.playbook");
		Files.writeString(file, Files.readString(file).replace("Brew-along reels", "Zebra crossing reels"));
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));

		try (LibraryService service = LibraryService.open(workspace)) {
			assertNull(service.index().rebuildReason(), "no rebuild: only the changed file");
			assertEquals(1, service.index().changesOnOpen());
			assertEquals(1, strategies(service, "zebra").totalHits());
			assertEquals(0, strategies(service, "\"brew-along\"").totalHits());
			assertTrue(strategies(service, "intern").totalHits() > 0, "the other clients are still there");
		}
	}

	@Test
	public void aStrategySavedWhileTheLibraryIsOpenIsIndexedAgainAtOnce() throws IOException {
		try (LibraryService service = LibraryService.open(workspace)) {
			Path file = workspace.resolve("harbor-roast/2026-social.playbook");
			Files.writeString(file, Files.readString(file).replace("Brew-along reels", "Zebra crossing reels"));

			service.reindexStrategy(file);

			assertEquals(1, strategies(service, "zebra").totalHits());
			assertEquals(0, strategies(service, "\"brew-along\"").totalHits());
			Files.delete(file);
			service.reindexStrategy(file);
			assertEquals(0, strategies(service, "zebra").totalHits(), "a deleted strategy leaves the index");
		}
	}

	@Test
	public void deletedClientLeavesTheIndex() throws IOException {
		try (Stream<Path> files = Files.walk(workspace.resolve("northwind-dental"))) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		try (LibraryService service = LibraryService.open(workspace)) {
			assertEquals(1, service.index().changesOnOpen());
			assertTrue(strategies(service, "whitening").hits().isEmpty(), "Northwind's strategy is gone from search");
		}
	}

	private static SearchResult strategies(LibraryService service, String query) throws IOException {
		return service.index().search(SearchRequest.practices(query).withStrategies(false, true).withLimit(50));
	}
}
