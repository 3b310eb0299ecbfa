package org.playbook.library.solr;

import java.io.IOException;
import java.util.List;

import org.playbook.library.search.PracticeSearch;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;

/**
 * The shared library while it answers, the embedded one when it does not: a search never
 * fails because the server is down; the result's notice says which library answered.
 */
public final class FallbackSearch implements PracticeSearch {
	private final SolrLibrary shared;
	private final PracticeSearch embedded;
	private volatile PracticeSearch answered;

	public FallbackSearch(SolrLibrary shared, PracticeSearch embedded) {
		this.shared = shared;
		this.embedded = embedded;
	}

	@Override
	public SearchResult search(SearchRequest request) throws IOException {
		try {
			SearchResult result = shared.search(request);
			answered = shared;
			return result;
		} catch (SolrLibrary.ServerUnreachableException e) {
			SearchResult local = embedded.search(request);
			answered = embedded;
			return new SearchResult(local.query(), local.totalHits(), local.hits(), local.facets(), local.facetsEstimated(),
					join(notice(e), local.notice()));
		}
	}

	/** What a strategist reads when the shared library is out of reach. */
	public String notice(IOException e) {
		return "The shared library (" + shared.describe() + ") cannot be reached (" + e.getMessage() + "); searched " + embedded.describe()
				+ " instead.";
	}

	private static String join(String first, String second) {
		return second == null ? first : first + " " + second;
	}

	@Override
	public List<String> suggest(String typed, int count) throws IOException {
		return sharedOrEmbedded(search -> search.suggest(typed, count));
	}

	@Override
	public List<String> relatedTo(String practiceId, int count) throws IOException {
		return sharedOrEmbedded(search -> search.relatedTo(practiceId, count));
	}

	private interface Ask<T> {
		T of(PracticeSearch search) throws IOException;
	}

	/** The shared library's answer, or the embedded one's while the shared one cannot be reached. */
	private <T> T sharedOrEmbedded(Ask<T> ask) throws IOException {
		try {
			return ask.of(shared);
		} catch (SolrLibrary.ServerUnreachableException e) {
			return ask.of(embedded);
		}
	}

	/** The shared library this searches first. */
	public SolrLibrary shared() {
		return shared;
	}

	@Override
	public String describe() {
		return shared.describe();
	}

	/** Which library answered the last search: the shared one, or the embedded one when the shared one could not be reached. */
	public String answeredBy() {
		PracticeSearch last = answered;
		return last == null || last == shared ? shared.describe() : embedded.describe() + " (the shared library cannot be reached)";
	}
}
