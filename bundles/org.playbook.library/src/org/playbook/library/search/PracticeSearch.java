package org.playbook.library.search;

import java.io.IOException;
import java.util.List;

/**
 * The library's search, whichever engine answers it: the embedded Lucene index (the default)
 * or a SolrCloud collection shared by many strategists. This package is the API both
 * implement and the views, the CLI and the audit use; neither engine's code is in it. Both
 * read queries in the classic syntax, rank by words and meaning alike, count the same facets,
 * give snippets with the offsets of their matches, and diversify hits by post.
 */
public interface PracticeSearch {

	SearchResult search(SearchRequest request) throws IOException;

	/** Completions for what has been typed so far in the search box. */
	List<String> suggest(String typed, int count) throws IOException;

	/** Ids of the practices most like the given one. */
	List<String> relatedTo(String practiceId, int count) throws IOException;

	/** Which library this is, as a strategist reads it: "the embedded library", "SolrCloud collection playbook at ...". */
	String describe();
}
