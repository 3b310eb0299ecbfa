package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.playbook.library.LibraryService;
import org.playbook.library.search.Hit;
import org.playbook.library.index.LibraryIndex;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.library.search.SearchResult.FacetValue;

/** Searching the bundled library the way a strategist types. */
public class SearchTest {
	private static LibraryService service;
	private static LibraryIndex index;

	@BeforeAll
	public static void open() throws IOException {
		service = LibraryService.open(null);
		index = service.index();
	}

	@AfterAll
	public static void close() throws IOException {
		service.close();
	}

	@ParameterizedTest(name = "\"{0}\" finds {1} first")
	@CsvSource({
			"listen more than talk, engagement.listen-more-than-talk",
			"intern, governance.no-intern",
			"return on investment, measurement.measure-roi",
			"ROI, measurement.measure-roi",
			"sales pitch, content.sales-pitch",
			"commitment, commitment.not-a-campaign",
			"start with why, purpose.start-with-why",
			"\"tactics are not strategy\" OR \"jump straight to tactics\", strategy.tactics-are-not-strategy",
			"one network first, channels.one-network-first",
			"crisis media, crisis.media-goes-to-social" })
	public void strategistQueriesFindTheRightPracticeFirst(String query, String expected) throws IOException {
		SearchResult result = index.search(SearchRequest.practices(query));

		assertNull(result.notice(), "valid syntax");
		assertFalse(result.hits().isEmpty(), "no hits for " + query);
		Hit first = result.hits().get(0);
		assertEquals(expected, first.id(), () -> "ranking for \"" + query + "\": " + result.hits().stream().map(Hit::id).toList());
		assertFalse(first.marks().isEmpty(), "the snippet marks the match: " + first.snippet());
		Hit.Mark mark = first.marks().get(0);
		assertTrue(first.snippet().substring(mark.start(), mark.end()).chars().anyMatch(Character::isLetter), "a mark is on words: " + first.marked().marked("[", "]"));
		assertFalse(first.snippet().contains("<b>"), "and the text holds no markup");
		assertNotNull(first.quote(), "practices carry their quote");
		assertNotNull(first.source(), "and the post it is from");
	}

	@Test
	public void fieldQueryReturnsOnlyThatCategory() throws IOException {
		SearchResult result = index.search(SearchRequest.practices("category:measurement").withLimit(50));

		assertTrue(result.totalHits() >= 4);
		assertTrue(result.hits().stream().allMatch(h -> "measurement".equals(h.category())), result.hits().toString());
	}

	@Test
	public void booleanAndWildcardSyntax() throws IOException {
		long withMeasur = service.library().accepted().stream().filter(SearchTest::mentionsMeasuring).count();
		SearchResult wildcard = index.search(SearchRequest.practices("measur*").withLimit(50));
		assertTrue(withMeasur >= 3);
		assertEquals(withMeasur, count(wildcard, "kind", "practice"), "every practice with a word starting 'measur', and no other");
		assertTrue(count(wildcard, "kind", "passage") > 0, "and the passages of the posts that say it");
		SearchResult both = index.search(SearchRequest.practices("intern AND voice"));
		assertEquals("governance.no-intern", both.hits().get(0).id());
		SearchResult without = index.search(SearchRequest.practices("campaign NOT commitment").withLimit(50));
		assertTrue(without.hits().stream().noneMatch(h -> h.id().equals("commitment.not-a-campaign")));
	}

	private static long count(SearchResult result, String dimension, String value) {
		return result.facets().get(dimension).stream().filter(v -> v.value().equals(value)).mapToInt(FacetValue::count).sum();
	}

	private static boolean mentionsMeasuring(org.playbook.model.Practice practice) {
		String text = String.join(" ", practice.getTitle(), String.valueOf(practice.getSummary()), String.valueOf(practice.getBody()),
				String.join(" ", practice.getTags()),
				practice.getSourceRefs().stream().map(r -> r.getQuote() + " " + r.getSource().getTitle()).reduce("", String::concat));
		return text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bmeasur.*");
	}

	@Test
	public void syntaxErrorFallsBackToPlainWordsAndSaysSo() throws IOException {
		SearchResult result = index.search(SearchRequest.practices("listen AND (talk"));

		assertNotNull(result.notice(), "the user is told the query was read as words");
		assertFalse(result.hits().isEmpty());
		assertEquals("engagement.listen-more-than-talk", result.hits().get(0).id());
	}

	@Test
	public void facetsCountAllMatchesAndFilterNarrows() throws IOException {
		SearchResult all = index.search(SearchRequest.practices("").withLimit(5));
		Map<String, List<FacetValue>> facets = all.facets();
		int byCategory = facets.get("category").stream().mapToInt(FacetValue::count).sum();
		assertEquals(count(all, "kind", "practice"), byCategory, "every practice has exactly one category");
		assertEquals(all.totalHits(), count(all, "kind", "practice") + count(all, "kind", "passage"), "the library: its practices and its posts' passages");
		assertEquals(3, facets.get("polarity").size());
		assertEquals(5, facets.get("source").size());
		assertTrue(facets.containsKey("tag"));

		int content = facets.get("category").stream().filter(v -> v.value().equals("content")).findFirst().orElseThrow().count();
		SearchResult filtered = index.search(SearchRequest.practices("").withLimit(100).withFilters(Map.of("category", List.of("content"))));
		assertEquals(content, filtered.totalHits());
		assertTrue(filtered.hits().stream().allMatch(h -> "content".equals(h.category())));
	}

	@Test
	public void typeAheadCompletesPracticeTitles() throws IOException {
		List<String> suggestions = index.suggest("lis", 8);
		assertTrue(suggestions.contains("Listen as much as, or more than, you talk"), suggestions.toString());
		assertTrue(index.suggest("sales p", 5).contains("Every status update is a sales pitch"));
		assertEquals(List.of(), index.suggest("", 5));
	}

	@Test
	public void relatedPracticesForAPracticeAndForText() throws IOException {
		List<String> related = index.relatedTo("content.sales-pitch", 5);
		assertFalse(related.contains("content.sales-pitch"), "a practice is not related to itself");
		assertTrue(related.contains("content.marketing-messages-sparingly") || related.contains("content.push-push-push"), related.toString());

		List<String> forTactic = index.relatedToText("Daily offer posts with discount codes: every status update sells", 5);
		assertTrue(forTactic.contains("content.sales-pitch"), forTactic.toString());
		assertEquals(List.of(), index.relatedTo("no.such.practice", 5));
	}
}
