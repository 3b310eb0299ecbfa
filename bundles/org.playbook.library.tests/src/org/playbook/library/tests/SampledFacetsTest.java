package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.index.IndexContent;
import org.playbook.library.index.LibraryIndex;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.library.search.SearchResult.FacetValue;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;

/**
 * A search with more matches than the facets count exactly: the counts come from a sample,
 * scaled up, and never above the number of documents that have the value.
 */
public class SampledFacetsTest {
	private static final int MEASUREMENT = 6_000, CONTENT = 2_000;

	@Test
	public void countsFromASampleAreScaledUpNoFurtherThanTheDocumentsThatHaveTheValue(@TempDir Path folder) throws IOException {
		List<Practice> practices = new ArrayList<>();
		for (int i = 0; i < MEASUREMENT + CONTENT; i++) {
			boolean measuring = i < MEASUREMENT;
			practices.add(AcceptedPractices.of("p" + i, (measuring ? "Measure the quarterly reach of campaign " : "Write quarterly posts for series ") + i,
					measuring ? PracticeCategory.MEASUREMENT : PracticeCategory.CONTENT));
		}
		try (LibraryIndex index = LibraryIndex.open(folder.resolve("index"), IndexContent.library(practices, List.of()), null)) {
			SearchResult all = index.search(SearchRequest.practices("quarterly"));
			assertEquals(MEASUREMENT + CONTENT, all.totalHits());
			assertTrue(all.facetsEstimated(), "more matches than the sample: the counts are estimated");
			Map<String, Integer> categories = counts(all, "category");
			// 5,000 of 8,000 matches: the sample takes every match, and scaled up by 8/5 each count
			// would pass the documents that have the value; it stops there
			assertEquals(MEASUREMENT, categories.get("measurement"), categories::toString);
			assertEquals(CONTENT, categories.get("content"), categories::toString);

			SearchResult few = index.search(SearchRequest.practices("series"));
			assertEquals(CONTENT, few.totalHits());
			assertFalse(few.facetsEstimated(), "fewer matches than the sample: counted exactly");
			assertEquals(Map.of("content", CONTENT), counts(few, "category"));
		}
	}

	private static Map<String, Integer> counts(SearchResult result, String dimension) {
		return result.facets().get(dimension).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
	}
}
