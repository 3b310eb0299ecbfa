package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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

	@Test
	public void aFileWhereTheIndexFolderBelongsIsReplaced() throws IOException {
		SampleAgency.install(workspace);
		Path folder = LibraryService.indexFolder(workspace);
		Files.createDirectories(folder.getParent());
		Files.writeString(folder, "not a folder");
		for (int open = 0; open < 2; open++) {
			try (LibraryService service = LibraryService.open(workspace)) {
				if (open == 0) {
					assertEquals("a file stood where the index folder belongs", service.index().rebuildReason());
				} else {
					assertNull(service.index().rebuildReason(), "repaired for good");
				}
				assertSearchWorks(service);
			}
		}
	}

	@Test
	public void aLinkWhereTheIndexFolderBelongsIsReplaced() throws IOException {
		SampleAgency.install(workspace);
		Path folder = LibraryService.indexFolder(workspace);
		Files.createDirectories(folder.getParent());
		Files.createSymbolicLink(folder, workspace.resolve("nowhere"));
		try (LibraryService service = LibraryService.open(workspace)) {
			assertTrue(service.index().wasRepaired(), service.index().rebuildReason());
			assertSearchWorks(service);
		}
	}

	@Test
	public void reasonsAreInPlainWords() throws IOException {
		buildOnce();
		try (Stream<Path> files = indexFiles()) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (file.getFileName().toString().endsWith(".si")) {
					Files.write(file, new byte[] { 1, 2, 3 });
				}
			}
		}
		try (LibraryService service = LibraryService.open(workspace)) {
			String reason = service.index().rebuildReason();
			assertTrue(reason.startsWith("the index was damaged: "), reason);
			assertFalse(reason.contains("Exception") || reason.contains("Lucene90") || reason.contains("resource="), reason);
		}
	}

	@Test
	public void whileAnotherPlaybookWritesTheIndexItIsSearchedAsItIsAndImportsWait() throws Exception {
		buildOnce();
		try (LibraryService workbench = LibraryService.open(workspace)) {
			try (LibraryService command = LibraryService.open(workspace)) {
				assertFalse(command.index().isWritable());
				assertTrue(command.index().notice().contains("open in another running Playbook"), command.index().notice());
				assertSearchWorks(command);
				assertTrue(findsByMeaning(command), "the graph of meanings is searched as the other one last wrote it too");
				Path post = Files.writeString(workspace.resolve("post.txt"), "Zebra Rules\n\nAlways thank a zebra keeper in public every month.\n");
				assertEquals(1, command.store(command.read(post), true), "the library is saved even though the index is not this one's to write");
			}
			assertEquals(0, workbench.index().search(SearchRequest.practices("zebra keeper")).totalHits());
			assertTrue(workbench.refresh(), "the workbench notices the library saved by the other process");
			assertEquals(2, workbench.index().search(SearchRequest.practices("zebra keeper")).totalHits(), "the practice and its post's passage");
			assertFalse(workbench.refresh(), "and only once");
		}
	}

	/**
	 * Every file of a built index, damaged each way a disk or a person can: cut to half, cut
	 * to nothing, bytes overwritten, deleted. Whatever the damage, the library opens, searches
	 * right, and a damage it had to repair is said in plain words.
	 */
	@Test
	public void everyFileOfTheIndexDamagedEveryWay() throws IOException {
		buildOnce();
		damageEveryFile(LibraryService.indexFolder(workspace), "index", List.of("half", "empty", "overwritten", "deleted"));
	}

	@Test
	public void everyFileOfTheMeaningsGraphDamagedEveryWay() throws IOException {
		buildOnce();
		// its files are read by the same Lucene code as the index's: the damages that differ most, to keep the suite short
		damageEveryFile(org.playbook.library.index.LibraryIndex.graphFolder(LibraryService.indexFolder(workspace)), "meanings graph",
				List.of("half", "deleted"));
	}

	/**
	 * Each file of the folder damaged each way named (cut in half, emptied, overwritten in part,
	 * deleted), one at a time: opened, repaired and searched by words and by meaning.
	 */
	private void damageEveryFile(Path index, String what, List<String> damages) throws IOException {
		Path pristine = Files.createDirectories(workspace.resolve("pristine"));
		List<String> names;
		try (Stream<Path> files = Files.list(index)) {
			names = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("write.lock")).sorted().toList();
		}
		for (String name : names) {
			Files.copy(index.resolve(name), pristine.resolve(name));
		}
		int scenarios = 0, repaired = 0;
		for (String name : names) {
			for (String damage : damages) {
				restore(index, pristine, names);
				Path file = index.resolve(name);
				switch (damage) {
					case "half" -> truncate(file, Files.size(file) / 2);
					case "empty" -> truncate(file, 0);
					case "overwritten" -> overwrite(file);
					default -> Files.delete(file);
				}
				scenarios++;
				try (LibraryService service = LibraryService.open(workspace)) {
					String reason = service.index().rebuildReason();
					if (reason != null) {
						repaired++;
						assertFalse(reason.contains("Exception"), name + " " + damage + ": " + reason);
					}
					assertEquals("governance.no-intern", service.index().search(SearchRequest.practices("intern")).hits().get(0).id(), name + " " + damage);
					assertTrue(findsByMeaning(service), name + " " + damage + ": found by meaning");
				}
			}
		}
		assertTrue(repaired >= scenarios - names.size(), "nearly every damage is found and repaired (" + repaired + " of " + scenarios + ")");
		System.out.println(what + " damage matrix: " + scenarios + " scenarios on " + names.size() + " files, " + repaired + " repaired, all searched right");
	}

	private static void restore(Path index, Path pristine, List<String> names) throws IOException {
		try (Stream<Path> files = Files.list(index)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		for (String name : names) {
			Files.copy(pristine.resolve(name), index.resolve(name));
		}
	}

	private static void truncate(Path file, long length) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(length);
		}
	}

	private static void overwrite(Path file) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.seek(raf.length() / 3);
			raf.write(new byte[] { 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A, 0x5A });
		}
	}

	private void buildOnce() throws IOException {
		SampleAgency.install(workspace);
		LibraryService.open(workspace).close();
	}

	private static void assertSearchWorks(LibraryService service) throws IOException {
		assertEquals("governance.no-intern", service.index().search(SearchRequest.practices("intern")).hits().get(0).id());
	}

	/** Whether a question worded unlike the practice that answers it finds it (by its meaning). */
	private static boolean findsByMeaning(LibraryService service) throws IOException {
		return service.index().search(SearchRequest.practices("how do we know the money spent on social pays off").withLimit(5)).hits().stream()
				.anyMatch(hit -> hit.id().equals("measurement.measure-roi"));
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
