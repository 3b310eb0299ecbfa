package org.playbook.library.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found: the hits, how many matched in all, facet counts per dimension (over
 * all matches, before the limit; estimated from a sample when {@code facetsEstimated}, for
 * very large result sets), and a notice when the query text was not valid syntax and was
 * searched as plain words.
 */
public record SearchResult(String query, long totalHits, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean facetsEstimated,
		String notice) {

	/** One value of a facet and how many matches have it. */
	public record FacetValue(String value, int count) {
	}
}
