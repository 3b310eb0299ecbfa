package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.playbook.library.LibraryService;
import org.playbook.library.importer.Passages;
import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.model.Practice;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;

/**
 * Every post of the library is searchable as passages, beside the practices drawn from it: a
 * passage hit says where it stands, a practice that matches as well ranks above it, and no
 * post takes more than two of the top five unless the search names it.
 */
public class PassageSearchTest {
	private static LibraryService service;

	@BeforeAll
	public static void open() throws IOException {
		service = LibraryService.open(null);
	}

	@AfterAll
	public static void close() throws IOException {
		service.close();
	}

	@Test
	public void whatNoPracticeQuotesIsFoundInItsPost() throws IOException {
		int checked = 0;
		for (Source source : service.library().sources().values()) {
			String text = service.library().postText(source);
			Passages.Passage unquoted = Passages.of(source.getOrigin(), text).stream().filter(p -> !quoted(source, p))
					.filter(p -> text.substring(p.start(), p.end()).split("\\s+").length >= 12).findFirst().orElse(null);
			if (unquoted == null) {
				continue;
			}
			String words = String.join(" ", List.of(text.substring(unquoted.start(), unquoted.end()).strip().split("\\s+")).subList(0, 8));
			SearchResult result = service.index().search(SearchRequest.practices("\"" + words.replaceAll("[\"\\\\]", " ") + "\""));

			Hit hit = result.hits().stream().filter(Hit::isPassage).findFirst().orElse(null);
			assertNotNull(hit, "\"" + words + "\" of " + source.getTitle() + " is found: " + result.hits());
			assertEquals(source.getTitle(), hit.source(), "in its post");
			assertEquals(source.getId(), hit.passage().post());
			assertTrue(text.substring(hit.passage().start(), hit.passage().end()).contains(words.split(" ")[0]), "at the passage's offsets");
			assertFalse(hit.marks().isEmpty(), "with the words marked: " + hit.snippet());
			checked++;
		}
		assertTrue(checked >= 3, "the seed posts have paragraphs no practice quotes: " + checked);
	}

	@Test
	public void aPassageShowsThePracticesDrawnFromIt() throws IOException {
		Practice practice = service.library().accepted().get(0);
		SourceRef ref = practice.getSourceRefs().get(0);
		SearchResult result = service.index().search(SearchRequest.practices("\"" + ref.getQuote().replaceAll("[\"\\\\]", " ") + "\"").withLimit(10));

		Hit passage = result.hits().stream().filter(Hit::isPassage).findFirst().orElseThrow(() -> new AssertionError(result.hits().toString()));
		assertTrue(passage.passage().practices().stream().anyMatch(drawn -> drawn.id().equals(practice.getId())),
				"the passage lists " + practice.getId() + ": " + passage.passage().practices());
	}

	/**
	 * The words of a practice's quote, typed as plain words, find what was drawn from them
	 * among the first three: the practice or the passage it stands in, whichever the fused
	 * ranking puts first (neither is put above the other by rule).
	 */
	@Test
	public void aPracticesOwnWordsFindItOrItsPassageFirst() throws IOException {
		int checked = 0, found = 0;
		for (Practice practice : service.library().accepted()) {
			String quote = practice.getSourceRefs().get(0).getQuote();
			List<Hit> hits = service.index().search(SearchRequest.practices(quote.replaceAll("[^\\p{L}\\p{N} ]", " ")).withLimit(10)).hits();
			int own = indexOf(hits, hit -> hit.id().equals(practice.getId()));
			int passage = indexOf(hits, hit -> hit.isPassage() && hit.passage().practices().stream().anyMatch(d -> d.id().equals(practice.getId())));
			checked++;
			int first = own < 0 ? passage : passage < 0 ? own : Math.min(own, passage);
			found += first >= 0 && first < 3 ? 1 : 0;
		}
		assertTrue(checked >= 10, "practices checked: " + checked);
		assertTrue(found >= checked * 9 / 10, "found among the first three for " + found + " of " + checked);
	}

	@Test
	public void noPostTakesMoreThanTwoOfTheTopFive() throws IOException {
		for (String query : List.of("social media", "customers", "content", "brand", "strategy plan", "measure results")) {
			SearchResult result = service.index().search(SearchRequest.practices(query).withLimit(5));
			int posts = result.facets().get("source").size();
			// with fewer posts than that, the list is filled with the best of the rest
			List<Hit> diverse = result.hits().subList(0, Math.min(5, 2 * posts));
			Map<String, Long> perPost = diverse.stream().collect(Collectors.groupingBy(PassageSearchTest::post, Collectors.counting()));
			assertEquals(Math.min(5, result.totalHits()), result.hits().size(), "\"" + query + "\" fills the list");
			assertTrue(perPost.values().stream().allMatch(count -> count <= 2), "\"" + query + "\" (" + posts + " posts): " + perPost);
		}
	}

	@Test
	public void aSearchThatNamesAPostMayTakeMoreOfIt() throws IOException {
		Source named = service.library().sources().values().stream()
				.filter(source -> source.getTitle().split("\\s+").length >= 4).findFirst().orElseThrow();
		String title = named.getTitle().replaceAll("[^\\p{L}\\p{N} ]", " ");
		List<Hit> top = service.index().search(SearchRequest.practices(title).withLimit(5)).hits();

		assertTrue(top.stream().filter(hit -> named.getTitle().equals(hit.source())).count() > 2, "\"" + title + "\": " + top);
	}

	/** The title of the post a passage stands in, or a practice first quotes. */
	private static String post(Hit hit) {
		return String.valueOf(hit.source());
	}

	private static boolean quoted(Source source, Passages.Passage passage) {
		return service.library().accepted().stream().flatMap(p -> p.getSourceRefs().stream())
				.anyMatch(ref -> ref.getSource() == source && ref.getStart() < passage.end() && ref.getEnd() > passage.start());
	}

	private static int indexOf(List<Hit> hits, Function<Hit, Boolean> test) {
		for (int i = 0; i < hits.size(); i++) {
			if (test.apply(hits.get(i))) {
				return i;
			}
		}
		return -1;
	}
}
