package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.LibraryService;
import org.playbook.library.embedding.StoredEmbeddings;
import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.workspace.SampleAgency;

/** The library searched by meaning as well as words, and the vectors it keeps so that nothing is embedded twice. */
public class MeaningSearchTest {
	private static LibraryService bundled;

	@BeforeAll
	public static void open() throws IOException {
		bundled = LibraryService.open(null);
	}

	@AfterAll
	public static void close() throws IOException {
		bundled.close();
	}

	@Test
	public void aQuestionWordedUnlikeThePracticeFindsItByMeaning() throws IOException {
		// none of "measure", "ROI" or "return" is in the question
		String question = "how do we know the money spent on social pays off";
		List<String> words = ids(bundled.index().searchByWords(SearchRequest.practices(question).withLimit(3)));
		List<String> both = ids(bundled.index().search(SearchRequest.practices(question).withLimit(3)));
		assertFalse(words.contains("measurement.measure-roi"), "its words alone do not find it: " + words);
		assertTrue(both.contains("measurement.measure-roi"), "its meaning does: " + both);
		assertNull(bundled.index().meaningProblem(), "the sentence model runs here");
	}

	@Test
	public void aQuestionNobodyWroteAboutFindsNothing() throws IOException {
		SearchResult result = bundled.index().search(SearchRequest.practices("quantum chromodynamics on a lattice"));
		assertEquals(0, result.totalHits(), "no neighbour is close enough to count: " + ids(result));
		assertTrue(result.hits().isEmpty());
	}

	@Test
	public void searchSyntaxAndKeywordsAreSearchedByTheirWords() throws IOException {
		for (String query : List.of("campaign NOT commitment", "\"listen more than you talk\"", "category:measurement", "commitment", "measur*")) {
			SearchRequest request = SearchRequest.practices(query).withLimit(10);
			assertEquals(ids(bundled.index().searchByWords(request)), ids(bundled.index().search(request)), query);
		}
		assertTrue(ids(bundled.index().search(SearchRequest.practices("campaign NOT commitment").withLimit(50))).stream()
				.noneMatch("commitment.not-a-campaign"::equals), "NOT is obeyed");
	}

	@Test
	public void filtersHoldForTheNeighboursToo() throws IOException {
		SearchResult result = bundled.index().search(SearchRequest.practices("how do we know the money spent on social pays off")
				.withFilters(java.util.Map.of("category", List.of("content"))).withLimit(20));
		assertFalse(result.hits().isEmpty());
		assertTrue(result.hits().stream().allMatch(h -> "content".equals(h.category())), ids(result).toString());
	}

	@Test
	public void aRebuiltIndexReadsItsVectorsBack(@TempDir Path workspace) throws IOException {
		SampleAgency.install(workspace);
		try (LibraryService service = LibraryService.open(workspace)) {
			assertFalse(service.index().search(SearchRequest.practices("who should speak for the brand online")).hits().isEmpty());
		}
		Path stored = LibraryService.meaningsFile(workspace);
		long size = Files.size(stored);
		int vectors;
		try (StoredEmbeddings embeddings = StoredEmbeddings.open(stored)) {
			vectors = embeddings.size();
			assertNull(embeddings.problem());
		}
		assertTrue(vectors > 60, "the practices' and passages' vectors are kept: " + vectors);
		deleteTree(LibraryService.indexFolder(workspace));
		try (LibraryService service = LibraryService.open(workspace)) {
			assertTrue(service.index().rebuildReason() != null, "rebuilt");
			assertTrue(ids(service.index().search(SearchRequest.practices("how do we know the money spent on social pays off")))
					.contains("measurement.measure-roi"));
		}
		assertEquals(size, Files.size(stored), "the rebuild computed no vector: it read them all back");
	}

	private static List<String> ids(SearchResult result) {
		return result.hits().stream().map(Hit::id).toList();
	}

	private static void deleteTree(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
