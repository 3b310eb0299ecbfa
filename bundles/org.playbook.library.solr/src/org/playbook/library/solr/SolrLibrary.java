package org.playbook.library.solr;

import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;
import org.playbook.library.index.Fields;
import org.playbook.library.index.LibraryDocuments;
import org.playbook.library.index.PracticeSearcher;
import org.playbook.library.index.QueryFactory;
import org.playbook.library.index.RankFusion;
import org.playbook.library.embedding.SentenceEmbeddings;
import org.playbook.library.search.Hit;
import org.playbook.library.search.PracticeSearch;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.library.search.SearchResult.FacetValue;
import org.playbook.library.search.Snippet;

/**
 * The library's search on a SolrCloud collection of the generated configset, through SolrJ's
 * JDK HTTP client (no Jetty or ZooKeeper client in the product). It asks what the embedded
 * index asks: the same query text for the same fields and weights (edismax, whose per-field
 * sum with tie 1 equals the classic parser's), the same facets, snippets from the same
 * fields, at most two hits of a post (Solr's grouping, re-ranked by score). Any node named
 * answers; the next is tried when one cannot be reached.
 */
public final class SolrLibrary implements PracticeSearch, Closeable {
	/**
	 * What Solr's highlighter puts around a match, read back into offsets ({@link #marks}):
	 * two characters of Unicode's private use area, not markup a post about HTML may hold.
	 */
	private static final String MARK_START = "\uE000", MARK_END = "\uE001";
	private static final int DIVERSIFY_DEPTH = 2_000, FACET_OVERREQUEST = 100, POST_TITLES_MS = 60_000;
	private static final String QUERY_FIELDS = Fields.TITLE.fieldName() + " " + Fields.ALL.fieldName() + " " + Fields.PASSAGE_TEXT.fieldName()
			+ "^" + QueryFactory.PASSAGE_WEIGHT;

	private final LibraryServer server;
	private final List<SolrClient> nodes = new ArrayList<>();
	private final QueryFactory queries = new QueryFactory();
	private volatile List<String> postTitles;
	private volatile long postTitlesRead;

	public SolrLibrary(LibraryServer server) {
		this.server = server;
		for (String url : server.urls()) {
			nodes.add(new HttpJdkSolrClient.Builder(url).withDefaultCollection(server.collection()).useHttp1_1(true)
					.withConnectionTimeout(5, TimeUnit.SECONDS).withRequestTimeout(60, TimeUnit.SECONDS).build());
		}
	}

	public LibraryServer server() {
		return server;
	}

	@Override
	public String describe() {
		return server.toString();
	}

	/** Sends a request to the first node that answers. */
	public NamedList<Object> send(SolrRequest<?> request, boolean toCollection)
			throws IOException {
		IOException last = null;
		for (int i = 0; i < nodes.size(); i++) {
			try {
				return nodes.get(i).request(request, toCollection ? server.collection() : null);
			} catch (SolrServerException | IOException e) {
				if (!isUnreachable(e)) {
					throw new IOException(server.urls().get(i) + ": " + message(e), e);
				}
				last = new ServerUnreachableException(server.urls().get(i) + ": " + message(e), e);
			} catch (SolrException e) {
				if (e.code() != 503 && e.code() != 502) {
					throw new IOException("the library server says: " + message(e), e);
				}
				last = new ServerUnreachableException(server.urls().get(i) + " cannot serve the collection: " + message(e), e);
			}
		}
		throw last;
	}

	QueryResponse query(SolrQuery query) throws IOException {
		QueryRequest request = new QueryRequest(query, SolrRequest.METHOD.POST);
		QueryResponse response = new QueryResponse();
		response.setResponse(send(request, true));
		return response;
	}

	private static boolean isUnreachable(Throwable e) {
		return reason(e) != null || e instanceof SolrServerException && e.getCause() instanceof IOException;
	}

	/** Why a node could not be reached, in words, or null when it was reached. */
	private static String reason(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.net.http.HttpConnectTimeoutException || cause instanceof java.net.http.HttpTimeoutException) {
				return "no answer in time";
			}
			if (cause instanceof java.net.UnknownHostException) {
				return "unknown host " + cause.getMessage();
			}
			if (cause instanceof ConnectException || cause instanceof java.nio.channels.ClosedChannelException) {
				return "connection refused";
			}
			if (cause instanceof java.io.EOFException || cause instanceof java.net.SocketException) {
				return "the connection was closed";
			}
		}
		return null;
	}

	static String message(Throwable e) {
		String reason = reason(e);
		if (reason != null) {
			return reason;
		}
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}

	@Override
	public SearchResult search(SearchRequest request) throws IOException {
		QueryFactory.ParsedText text = queries.searchedText(request.query());
		boolean diversify = !isAboutOnePost(text.text(), request);
		String meaningText = request.practices() && request.meaning() ? QueryFactory.meaningText(request.query()) : null;
		float[] meaning = meaningText == null ? null : queryMeaning(meaningText);
		if (meaning != null) {
			return searchByWordsAndMeaning(request, text, meaning, diversify);
		}
		// First the ranking and the facets, ids only; then the stored fields and snippets of
		// the hits chosen. Solr's grouping would do the diversifying, but a grouped search
		// scores with each shard's own statistics: the best hits are read in pages and
		// diversified here, as the embedded index's collector does, with the collection's
		// exact statistics.
		SolrQuery query = withFacets(baseQuery(text.text(), request));
		query.setRows(diversify ? request.limit() * 2 : request.limit());
		query.setFields(Fields.ID.fieldName(), "score", Fields.GROUP);
		QueryResponse response = query(query);
		long total = response.getResults().getNumFound();
		List<SolrDocument> ranked = diversify ? diversified(response, query, request.limit(), total) : new ArrayList<>(response.getResults());
		List<Hit> hits = new ArrayList<>();
		for (Shown doc : documents(ranked.stream().map(hit -> new Ranked(first(hit, Fields.ID), score(hit))).toList(), text.text(), request)) {
			hits.add(hit(doc.document(), snippet(doc.highlights()), doc.score()));
		}
		return new SearchResult(request.query(), total, hits, facets(response), false, text.notice());
	}

	/**
	 * The search as the embedded index answers it when the query has words to read meaning
	 * from: the words' best hits (edismax) and the nearest practices and passages (Solr's knn
	 * parser on the meaning vectors, the request's filters applied before the neighbours are
	 * chosen), fused by {@link RankFusion}, the one rule of both engines; the total and the
	 * facets count the words' matches.
	 */
	private SearchResult searchByWordsAndMeaning(SearchRequest request, QueryFactory.ParsedText text, float[] meaning, boolean diversify)
			throws IOException {
		int depth = Math.max(RankFusion.DEPTH, request.limit());
		SolrQuery near = baseQuery(null, request.withStrategies(true, false));
		// Solr reads a {!parser} prefix of q only when defType is the standard parser (SOLR-11501)
		near.setQuery("{!knn f=" + Fields.MEANING.fieldName() + " topK=" + depth + "}" + vector(meaning)).set("defType", "lucene");
		near.setRows(depth).setFields(Fields.ID.fieldName(), "score", Fields.GROUP);
		List<RankFusion.Scored> close = new ArrayList<>();
		for (SolrDocument doc : query(near).getResults()) {
			if (2 * score(doc) - 1 >= RankFusion.MATCH_COSINE) { // Solr scores a dot product (1 + cosine) / 2, as Lucene does
				close.add(new RankFusion.Scored(first(doc, Fields.ID), score(doc), group(doc)));
			}
		}
		// the words' best hits, and with them the total and the facets of the words' matches
		SolrQuery words = withFacets(baseQuery(text.text(), request));
		words.setRows(depth).setFields(Fields.ID.fieldName(), "score", Fields.GROUP);
		QueryResponse counted = query(words);
		List<RankFusion.Scored> byWords = new ArrayList<>();
		for (SolrDocument doc : counted.getResults()) {
			byWords.add(new RankFusion.Scored(first(doc, Fields.ID), score(doc), group(doc)));
		}
		List<RankFusion.Fused> fused = RankFusion.fuse(byWords, close, diversify ? PracticeSearcher.PER_POST : request.limit(), request.limit());
		List<Hit> hits = new ArrayList<>();
		for (Shown doc : documents(fused.stream().map(hit -> new Ranked(hit.id(), hit.score())).toList(), text.text(), request)) {
			hits.add(hit(doc.document(), snippet(doc.highlights()), doc.score()));
		}
		return new SearchResult(request.query(), counted.getResults().getNumFound(), hits, facets(counted), false, text.notice());
	}

	/** The query's vector, or null when the sentence model cannot run here (the search is then by words alone). */
	private static float[] queryMeaning(String text) {
		try {
			return SentenceEmbeddings.shared().embed(text);
		} catch (IOException e) {
			return null;
		}
	}

	/** A vector as Solr's knn parser reads it: [0.1,0.2,...]. */
	static String vector(float[] values) {
		StringBuilder text = new StringBuilder("[");
		for (int i = 0; i < values.length; i++) {
			text.append(i == 0 ? "" : ",").append(values[i]);
		}
		return text.append(']').toString();
	}

	private static long group(SolrDocument doc) {
		Object group = doc.getFieldValue(Fields.GROUP);
		return group instanceof Number number ? number.longValue() : group == null ? 0 : Long.parseLong(group.toString());
	}

	/** A hit as a ranking chose it: which document, and its score there. */
	private record Ranked(String id, float score) {
	}

	/** A hit's stored fields, its snippets by field, and its score from the ranking. */
	private record Shown(SolrDocument document, Map<String, List<String>> highlights, float score) {
	}

	/** The stored fields and snippets of the ranked hits, in their order: one request for all, by id. */
	private List<Shown> documents(List<Ranked> ranked, String text, SearchRequest request) throws IOException {
		if (ranked.isEmpty()) {
			return List.of();
		}
		List<String> ids = ranked.stream().map(Ranked::id).toList();
		// the hits by their ids (a neighbour in meaning need not match the words), snippets of the words
		SolrQuery query = baseQuery(text, request);
		query.setQuery("{!terms f=" + Fields.ID.fieldName() + "}" + String.join(",", ids)).set("defType", "lucene");
		query.setRows(ids.size());
		query.setFields("*");
		highlight(query);
		query.set("hl.q", text).set("hl.qparser", "edismax");
		QueryResponse response = query(query);
		Map<String, SolrDocument> byId = new java.util.HashMap<>();
		response.getResults().forEach(doc -> byId.put(first(doc, Fields.ID), doc));
		Map<String, Map<String, List<String>>> highlighting = response.getHighlighting() == null ? Map.of() : response.getHighlighting();
		List<Shown> shown = new ArrayList<>();
		for (Ranked hit : ranked) {
			if (byId.containsKey(hit.id())) {
				shown.add(new Shown(byId.get(hit.id()), highlighting.get(hit.id()), hit.score()));
			}
		}
		return shown;
	}

	/**
	 * The best hits, at most {@value PracticeSearcher#PER_POST} of one group, read page by page (up to
	 * {@value #DIVERSIFY_DEPTH} matches); when the matches come from too few groups to fill
	 * the list so, the best of the others follow them.
	 */
	private List<SolrDocument> diversified(QueryResponse first, SolrQuery query, int limit, long total) throws IOException {
		List<SolrDocument> hits = new ArrayList<>();
		Map<Object, Integer> perGroup = new java.util.HashMap<>();
		Set<Object> taken = new HashSet<>();
		QueryResponse response = first;
		int start = 0;
		while (true) {
			for (SolrDocument doc : response.getResults()) {
				if (hits.size() < limit && perGroup.merge(doc.getFieldValue(Fields.GROUP), 1, Integer::sum) <= PracticeSearcher.PER_POST) {
					hits.add(doc);
					taken.add(doc.getFieldValue(Fields.ID.fieldName()));
				}
			}
			start += query.getRows();
			if (hits.size() >= limit || start >= total || start >= DIVERSIFY_DEPTH) {
				break;
			}
			query.setStart(start).setRows(Math.max(query.getRows(), 100)).setFacet(false);
			response = query(query);
		}
		for (SolrDocument doc : first.getResults()) {
			if (hits.size() < limit && taken.add(doc.getFieldValue(Fields.ID.fieldName()))) {
				hits.add(doc);
			}
		}
		return hits;
	}

	/** The query, counting the facets of all its matches as the embedded searcher does. */
	private static SolrQuery withFacets(SolrQuery query) {
		query.setFacet(true).setFacetLimit(PracticeSearcher.FACET_VALUES).setFacetMinCount(1).setFacetSort("count");
		// each shard sends this many values of a dimension, so that a value counted on several
		// shards is not missed at the cut (counts exact up to that many values a shard)
		query.set("facet.overrequest.count", FACET_OVERREQUEST).set("facet.overrequest.ratio", 1);
		for (String dimension : Fields.FACET_DIMENSIONS) {
			query.addFacetField("{!key=" + dimension + "}" + SolrConfigset.facetField(dimension));
		}
		return query;
	}

	/** The query and its filters (what to search, facet values chosen), as the embedded searcher builds them. */
	private static SolrQuery baseQuery(String text, SearchRequest request) {
		SolrQuery query = new SolrQuery(text);
		query.set("defType", "edismax").set("qf", QUERY_FIELDS).set("tie", "1.0").set("q.op", "OR").set("sow", false)
				.set("lowercaseOperators", false).set("mm", "0%");
		if (request.practices() != request.strategies()) {
			List<String> kinds = request.practices() ? List.of(LibraryDocuments.KIND_PRACTICE, LibraryDocuments.KIND_PASSAGE)
					: List.of(LibraryDocuments.KIND_STRATEGY);
			query.addFilterQuery("{!terms f=" + Fields.KIND.fieldName() + "}" + String.join(",", kinds));
		}
		for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
			query.addFilterQuery(anyOf(SolrConfigset.facetField(filter.getKey()), filter.getValue()));
		}
		return query;
	}

	/** A filter for documents whose field holds one of the values exactly: each a quoted term, so commas and spaces in post titles are kept. */
	private static String anyOf(String field, List<String> values) {
		StringBuilder filter = new StringBuilder(field).append(":(");
		for (int i = 0; i < values.size(); i++) {
			filter.append(i == 0 ? "" : " OR ").append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return filter.append(')').toString();
	}

	private static void highlight(SolrQuery query) {
		query.setHighlight(true).set("hl.method", "unified").set("hl.snippets", 1).set("hl.tag.pre", MARK_START).set("hl.tag.post", MARK_END)
				.set("hl.tag.ellipsis", " … ").set("hl.requireFieldMatch", false).set("hl.usePhraseHighlighter", false)
				.set("hl.maxAnalyzedChars", PracticeSearcher.SNIPPET_LENGTH).set("hl.defaultSummary", false).set("hl.bs.type", "SENTENCE").set("hl.fragsize", 1);
		for (Fields field : Fields.HIGHLIGHTED) {
			query.addHighlightField(field.fieldName());
		}
	}

	/** The snippet of the first field, in the embedded index's order of preference, that shows a match. */
	private static Snippet snippet(Map<String, List<String>> byField) {
		if (byField == null) {
			return null;
		}
		for (Fields field : Fields.HIGHLIGHTED) {
			List<String> snippets = byField.get(field.fieldName());
			if (snippets != null && !snippets.isEmpty() && snippets.get(0).contains(MARK_START)) {
				return marks(snippets.get(0));
			}
		}
		return null;
	}

	/** Solr's highlighted text, its marks between {@link #MARK_START} and {@link #MARK_END}, as a snippet with offsets. */
	static Snippet marks(String highlighted) {
		Snippet.Builder snippet = new Snippet.Builder();
		int at = 0;
		while (at < highlighted.length()) {
			int start = highlighted.indexOf(MARK_START, at);
			int end = start < 0 ? -1 : highlighted.indexOf(MARK_END, start);
			if (start < 0 || end < 0) {
				snippet.append(highlighted.substring(at).replace(MARK_START, "").replace(MARK_END, ""));
				break;
			}
			snippet.append(highlighted.substring(at, start)).appendMarked(highlighted.substring(start + MARK_START.length(), end));
			at = end + MARK_END.length();
		}
		return snippet.build();
	}

	/** A search filtered by a post, on the post field, or whose words name a post, asks for that post: not diversified. */
	private boolean isAboutOnePost(String text, SearchRequest request) throws IOException {
		if (request.filters().containsKey(Fields.FACET_SOURCE) || text.contains(Fields.SOURCE.fieldName() + ":")) {
			return true;
		}
		return PracticeSearcher.namesAPost(request.query(), postTitles());
	}

	/**
	 * The titles of the collection's posts, read again after {@value #POST_TITLES_MS} ms: other
	 * strategists push posts too, not only this client.
	 */
	private List<String> postTitles() throws IOException {
		List<String> titles = postTitles;
		if (titles == null || System.currentTimeMillis() - postTitlesRead > POST_TITLES_MS) {
			SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetLimit(-1).setFacetMinCount(1)
					.addFacetField(SolrConfigset.facetField(Fields.FACET_SOURCE));
			FacetField sources = query(query).getFacetField(SolrConfigset.facetField(Fields.FACET_SOURCE));
			titles = sources == null || sources.getValues() == null ? List.of()
					: sources.getValues().stream().map(count -> PracticeSearcher.normal(count.getName())).toList();
			postTitles = titles;
			postTitlesRead = System.currentTimeMillis();
		}
		return titles;
	}

	/** Forgets what was read of the collection's posts: after a push. */
	void changed() {
		postTitles = null;
	}

	private static Map<String, List<FacetValue>> facets(QueryResponse response) {
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (String dimension : Fields.FACET_DIMENSIONS) {
			FacetField field = response.getFacetField(dimension);
			if (field != null && field.getValues() != null && !field.getValues().isEmpty()) {
				facets.put(dimension, field.getValues().stream().map(v -> new FacetValue(v.getName(), (int) v.getCount())).toList());
			}
		}
		return facets;
	}

	private static Hit hit(SolrDocument doc, Snippet snippet, float score) {
		return PracticeSearcher.toHit(new PracticeSearcher.StoredValues() {
			@Override
			public String first(Fields field) {
				return SolrLibrary.first(doc, field);
			}

			@Override
			public List<String> all(Fields field) {
				return SolrLibrary.all(doc, field);
			}
		}, snippet, score);
	}

	static String first(SolrDocument doc, Fields field) {
		Object value = doc.getFirstValue(field.fieldName());
		return value == null ? null : value.toString();
	}

	private static List<String> all(SolrDocument doc, Fields field) {
		Collection<Object> values = doc.getFieldValues(field.fieldName());
		return values == null ? List.of() : values.stream().map(Object::toString).toList();
	}

	private static float score(SolrDocument doc) {
		Object score = doc.getFieldValue("score");
		return score instanceof Number number ? number.floatValue() : 0f;
	}

	/** Practice titles and tags holding the words typed so far, the last one as a prefix. */
	@Override
	public List<String> suggest(String typed, int count) throws IOException {
		String[] words = PracticeSearcher.normal(typed).split(" ");
		if (words.length == 0 || words[0].isEmpty()) {
			return List.of();
		}
		StringBuilder q = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			q.append(" +").append(SolrConfigset.SUGGEST_FIELD).append(':').append(words[i]).append(i == words.length - 1 ? "*" : "");
		}
		SolrQuery query = new SolrQuery(q.toString().strip()).setRows(count * 3)
				.addFilterQuery(Fields.KIND.fieldName() + ":" + LibraryDocuments.KIND_PRACTICE).setFields(Fields.TITLE.fieldName(), Fields.TAGS.fieldName());
		Set<String> suggestions = new LinkedHashSet<>();
		for (SolrDocument doc : query(query).getResults()) {
			List<String> phrases = new ArrayList<>();
			phrases.add(first(doc, Fields.TITLE));
			phrases.addAll(all(doc, Fields.TAGS));
			for (String phrase : phrases) {
				if (phrase != null && containsAll(PracticeSearcher.normal(phrase), words) && suggestions.size() < count) {
					suggestions.add(phrase);
				}
			}
		}
		return List.copyOf(suggestions);
	}

	private static boolean containsAll(String phrase, String[] words) {
		List<String> tokens = List.of(phrase.split(" "));
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			boolean last = i == words.length - 1;
			if (tokens.stream().noneMatch(t -> last ? t.startsWith(word) : t.equals(word))) {
				return false;
			}
		}
		return true;
	}

	/** Solr's MoreLikeThis on the practice's words, among practices. */
	@Override
	public List<String> relatedTo(String practiceId, int count) throws IOException {
		SolrQuery query = new SolrQuery("{!mlt qf=" + Fields.TITLE.fieldName() + "," + Fields.SUMMARY.fieldName() + "," + Fields.BODY.fieldName() + ","
				+ Fields.QUOTES.fieldName() + " mintf=1 mindf=1 v=$id}").setRows(count)
				.addFilterQuery(Fields.KIND.fieldName() + ":" + LibraryDocuments.KIND_PRACTICE).setFields(Fields.ID.fieldName());
		query.set("id", practiceId);
		List<String> ids = new ArrayList<>();
		for (SolrDocument doc : query(query).getResults()) {
			ids.add(first(doc, Fields.ID));
		}
		return ids;
	}

	/** How many documents the collection holds. */
	public long size() throws IOException {
		return query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
	}

	/** Every document's id and stamp, read page by page with a cursor: what a push compares against. */
	Map<String, String> stamps() throws IOException {
		Map<String, String> stamps = new java.util.HashMap<>();
		String cursor = CursorMarkParams.CURSOR_MARK_START;
		while (true) {
			SolrQuery query = new SolrQuery("*:*").setRows(5_000).setFields(Fields.ID.fieldName(), Fields.STAMP.fieldName())
					.setSort(Fields.ID.fieldName(), SolrQuery.ORDER.asc);
			query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
			QueryResponse response = query(query);
			for (SolrDocument doc : response.getResults()) {
				stamps.put(first(doc, Fields.ID), first(doc, Fields.STAMP));
			}
			if (cursor.equals(response.getNextCursorMark())) {
				return stamps;
			}
			cursor = response.getNextCursorMark();
		}
	}

	@Override
	public void close() throws IOException {
		for (SolrClient node : nodes) {
			node.close();
		}
	}

	/** No node of the server could be reached, or none could serve the collection. */
	public static final class ServerUnreachableException extends IOException {
		private static final long serialVersionUID = 1L;

		ServerUnreachableException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
