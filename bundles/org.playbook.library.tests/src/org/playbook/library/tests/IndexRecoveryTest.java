package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.LibraryService;
import org.playbook.library.search.SearchRequest;
import org.playbook.workspace.SampleAgency;

/** The index is never the only copy of anything: broken or stale, it is rebuilt on open. */
public class IndexRecoveryTest {
	@TempDir
	Path workspace;

	@Test
	public void firstOpenBuildsThenReopenUsesTheIndexAsItIs() throws IOException {
		SampleAgency.install(workspace);
		int size;
		try (LibraryService service = LibraryService.open(workspace)) {
			assertNotNull(service.index().rebuildReason(), "nothing to use yet");
			size = service.index().size();
			assertTrue(size > 60, "practices and the sample strategies' elements: " + size);
		}
		try (LibraryService service = LibraryService.open(workspace)) {
			assertNull(service.index().rebuildReason());
			assertEquals(size, service.index().size());
			assertSearchWorks(service);
		}
	}

	@Test
	public void damagedSegmentFileIsDetectedAndRebuilt() throws IOException {
		buildOnce();
		Path biggest = indexFiles().filter(f -> !f.getFileName().toString().startsWith("playbook-index"))
				.max(Comparator.comparingLong(IndexRecoveryTest::size)).orElseThrow();
		try (RandomAccessFile file = new RandomAccessFile(biggest.toFile(), "rw")) {
			file.seek(file.length() / 2);
			file.write(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
		}
		try (LibraryService service = LibraryService.open(workspace)) {
			assertNotNull(service.index().rebuildReason());
			assertTrue(service.index().rebuildReason().contains("damaged"), service.index().rebuildReason());
			assertSearchWorks(service);
		}
	}

	@Test
	public void deletedSegmentsAreRebuilt() throws IOException {
		buildOnce();
		try (Stream<Path> files = indexFiles()) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (file.getFileName().toString().startsWith("segments")) {
					Files.delete(file);
				}
			}
		}
		try (LibraryService service = LibraryService.open(workspace)) {
			assertNotNull(service.index().rebuildReason());
			assertSearchWorks(service);
		}
	}

	@Test
	public void indexOfAnotherFormatIsRebuilt() throws IOException {
		buildOnce();
		Path stamp = LibraryService.indexFolder(workspace).resolve("playbook-index.properties");
		Files.writeString(stamp, Files.readString(stamp).replace("format=" + org.playbook.library.index.IndexFolder.FORMAT, "format=0"));
		try (LibraryService service = LibraryService.open(workspace)) {
			assertTrue(service.index().rebuildReason().contains("another version"), service.index().rebuildReason());
			assertSearchWorks(service);
		}
	}

	@Test
	public void garbageInTheIndexFolderIsRebuilt() throws IOException {
		Path folder = LibraryService.indexFolder(workspace);
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("segments_2"), "not an index");
		try (LibraryService service = LibraryService.open(workspace)) {
			assertNotNull(service.index().rebuildReason());
			assertSearchWorks(service);
		}
	}

	private void buildOnce() throws IOException {
		SampleAgency.install(workspace);
		LibraryService.open(workspace).close();
	}

	private static void assertSearchWorks(LibraryService service) throws IOException {
		assertEquals("governance.no-intern", service.index().search(SearchRequest.practices("intern")).hits().get(0).id());
	}

	private Stream<Path> indexFiles() throws IOException {
		return Files.list(LibraryService.indexFolder(workspace));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}
}
