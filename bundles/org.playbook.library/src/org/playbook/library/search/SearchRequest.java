package org.playbook.library.search;

import java.util.List;
import java.util.Map;

/**
 * A search as a person asks it: the text typed (classic Lucene syntax), facet filters
 * (dimension to accepted values, e.g. "category" to ["measurement"]), what to search (the
 * library, that is practices and the passages of their posts, the clients' strategy
 * elements, or both), how many hits to return, and whether a question in plain words is
 * answered by its meaning as well as its words (the default) or by its words alone.
 */
public record SearchRequest(String query, Map<String, List<String>> filters, boolean practices, boolean strategies, int limit, boolean meaning) {

	public SearchRequest {
		filters = filters == null ? Map.of() : Map.copyOf(filters);
		limit = Math.max(1, limit);
	}

	/** Practices matching the text, the ten best. */
	public static SearchRequest practices(String query) {
		return new SearchRequest(query, Map.of(), true, false, 10, true);
	}

	public SearchRequest withLimit(int newLimit) {
		return new SearchRequest(query, filters, practices, strategies, newLimit, meaning);
	}

	public SearchRequest withFilters(Map<String, List<String>> newFilters) {
		return new SearchRequest(query, newFilters, practices, strategies, limit, meaning);
	}

	public SearchRequest withStrategies(boolean includePractices, boolean includeStrategies) {
		return new SearchRequest(query, filters, includePractices, includeStrategies, limit, meaning);
	}

	/** The same search by its words alone, whatever the words: as the library searched before it knew meanings. */
	public SearchRequest byWordsAlone() {
		return new SearchRequest(query, filters, practices, strategies, limit, false);
	}
}
