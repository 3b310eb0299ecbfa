package org.playbook.library.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.LibraryService;
import org.playbook.library.embedding.StoredEmbeddings;
import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.tests.AcceptedPractices;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.workspace.SampleAgency;

/**
 * The meanings' graph kept beside the words' index: a rebuild of the words does not build it
 * again, a graph lost or damaged is built anew with the words, and texts gone from the
 * library leave it when the words are rebuilt.
 */
public class MeaningGraphTest {
	/** Worded unlike the practice that answers it ("measure", "ROI" and "return" are not in it). */
	private static final String QUESTION = "how do we know the money spent on social pays off";
	private static final String ANSWER = "measurement.measure-roi";

	@Test
	public void aRebuildOfTheWordsLeavesTheGraphAsItIs(@TempDir Path workspace) throws IOException {
		buildOnce(workspace);
		Map<String, Long> graph = files(graphFolder(workspace));
		Path stamp = LibraryService.indexFolder(workspace).resolve("playbook-index.properties");
		Files.writeString(stamp, Files.readString(stamp).replace("format=" + IndexFolder.FORMAT, "format=0"));
		try (LibraryService service = LibraryService.open(workspace)) {
			assertTrue(service.index().rebuildReason().contains("another version"), service.index().rebuildReason());
			assertTrue(answers(service), "found by meaning after the rebuild");
		}
		assertEquals(graph, files(graphFolder(workspace)), "not one file of the graph was written again");
	}

	@Test
	public void aLostGraphIsBuiltAnewAndTheWordsWithIt(@TempDir Path workspace) throws IOException {
		buildOnce(workspace);
		long stored = Files.size(LibraryService.meaningsFile(workspace));
		deleteTree(graphFolder(workspace));
		try (LibraryService service = LibraryService.open(workspace)) {
			assertTrue(service.index().rebuildReason().contains("graph of meanings"), service.index().rebuildReason());
			assertTrue(answers(service), "found by meaning again");
		}
		assertEquals(stored, Files.size(LibraryService.meaningsFile(workspace)), "the vectors were read back, none computed");
	}

	@Test
	public void aDamagedGraphIsBuiltAnew(@TempDir Path workspace) throws IOException {
		buildOnce(workspace);
		Path vectors;
		try (Stream<Path> files = Files.list(graphFolder(workspace))) {
			vectors = files.filter(file -> file.getFileName().toString().endsWith(".vec")).findFirst().orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(vectors);
		bytes[bytes.length / 2] ^= 0x55;
		Files.write(vectors, bytes);
		try (LibraryService service = LibraryService.open(workspace)) {
			String reason = service.index().rebuildReason();
			assertTrue(reason.contains("graph of meanings") && reason.contains("checksum"), reason);
			assertTrue(answers(service), "found by meaning again");
		}
	}

	@Test
	public void textsGoneFromTheLibraryLeaveTheGraphWhenTheWordsAreRebuilt(@TempDir Path folder) throws IOException {
		List<Practice> practices = new ArrayList<>();
		for (PracticeCategory category : List.of(PracticeCategory.MEASUREMENT, PracticeCategory.CONTENT, PracticeCategory.ENGAGEMENT)) {
			practices.add(AcceptedPractices.of(category.getLiteral(), "Plan the " + category.getLiteral() + " of every campaign a quarter ahead", category));
		}
		Path index = folder.resolve("index");
		try (LibraryIndex library = LibraryIndex.open(index, IndexContent.library(practices, List.of()), StoredEmbeddings.inMemory())) {
			assertEquals(3, graphSize(index));
			Practice changed = practices.get(0);
			changed.setTitle("Report what each campaign brought in, in money");
			library.updatePractices(List.of(changed));
			library.commit();
			assertEquals(4, graphSize(index), "the new text's vector is added; the old one stays until the words are rebuilt");
			assertEquals(List.of(changed.getId()), ids(library.search(SearchRequest.practices("revenue we earned from advertising").withLimit(1))));
			library.rebuild();
			assertEquals(3, graphSize(index), "the old text's vector is gone");
			assertEquals(List.of(changed.getId()), ids(library.search(SearchRequest.practices("revenue we earned from advertising").withLimit(1))));
		}
	}

	@Test
	public void aFilterThatLeavesOnePracticeFindsItByMeaning(@TempDir Path folder) throws IOException {
		List<Practice> practices = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			practices.add(AcceptedPractices.of("p" + i, "Post a photo of the team at event number " + i, PracticeCategory.CONTENT));
		}
		practices.add(AcceptedPractices.of("roi", "Report what each campaign brought in, in money", PracticeCategory.MEASUREMENT));
		try (LibraryIndex library = LibraryIndex.open(folder.resolve("index"), IndexContent.library(practices, List.of()), StoredEmbeddings.inMemory())) {
			var filtered = SearchRequest.practices("revenue we earned from advertising").withFilters(Map.of("category", List.of("measurement")));
			assertEquals(List.of(), ids(library.searchByWords(filtered)), "no word of the question is the practice's");
			assertEquals(List.of("roi"), ids(library.search(filtered)), "its meaning is found among the one practice the filter leaves");
			assertNull(library.meaningProblem());
		}
	}

	private static void buildOnce(Path workspace) throws IOException {
		SampleAgency.install(workspace);
		try (LibraryService service = LibraryService.open(workspace)) {
			assertTrue(answers(service), "found by meaning on the first build");
		}
		assertNotNull(files(graphFolder(workspace)).get("segments_1"), "the graph was committed");
	}

	private static boolean answers(LibraryService service) throws IOException {
		List<String> words = ids(service.index().searchByWords(SearchRequest.practices(QUESTION).withLimit(5)));
		assertFalse(words.contains(ANSWER), "its words alone do not find it: " + words);
		return ids(service.index().search(SearchRequest.practices(QUESTION).withLimit(5))).contains(ANSWER);
	}

	private static List<String> ids(org.playbook.library.search.SearchResult result) {
		return result.hits().stream().map(Hit::id).toList();
	}

	private static Path graphFolder(Path workspace) {
		return LibraryIndex.graphFolder(LibraryService.indexFolder(workspace));
	}

	private static int graphSize(Path index) throws IOException {
		try (FSDirectory directory = FSDirectory.open(LibraryIndex.graphFolder(index)); DirectoryReader reader = DirectoryReader.open(directory)) {
			return reader.numDocs();
		}
	}

	/** Each file of a folder with its size and time, but the lock. */
	private static Map<String, Long> files(Path folder) throws IOException {
		Map<String, Long> files = new TreeMap<>();
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : (Iterable<Path>) list::iterator) {
				if (!file.getFileName().toString().equals("write.lock")) {
					files.put(file.getFileName().toString(), Files.size(file) * 31 + Files.getLastModifiedTime(file).toMillis());
				}
			}
		}
		return files;
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
