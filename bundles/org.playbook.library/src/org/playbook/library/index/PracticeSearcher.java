package org.playbook.library.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.library.search.SearchResult.FacetValue;

/** Runs one search: the query, facet filters and counts (lucene-facet), snippets (UnifiedHighlighter). */
public final class PracticeSearcher {
	private static final String[] FACET_DIMENSIONS = { Fields.FACET_CATEGORY, Fields.FACET_POLARITY, Fields.FACET_SOURCE,
			Fields.FACET_TAG, Fields.FACET_KIND, Fields.FACET_CLIENT };
	private static final int FACET_VALUES = 12;
	private static final int SNIPPET_LENGTH = 10_000;

	private final QueryFactory queries = new QueryFactory();
	private IndexReader facetStateReader;
	private SortedSetDocValuesReaderState facetState;

	public SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
		QueryFactory.ParsedQuery parsed = queries.parse(request.query());
		DrillDownQuery query = new DrillDownQuery(LibraryDocuments.facetsConfig(), restrictKind(parsed.query(), request));
		request.filters().forEach((dimension, values) -> values.forEach(value -> query.add(dimension, value)));

		FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, request.limit(),
				new FacetsCollectorManager());
		TopDocs top = found.topDocs();
		Map<String, String[]> snippets = highlight(searcher, parsed.query(), top);
		List<Hit> hits = new ArrayList<>();
		StoredFields stored = searcher.storedFields();
		for (int i = 0; i < top.scoreDocs.length; i++) {
			ScoreDoc scoreDoc = top.scoreDocs[i];
			hits.add(toHit(stored.document(scoreDoc.doc), snippetAt(snippets, i), scoreDoc.score));
		}
		Map<String, List<FacetValue>> facets = countFacets(searcher.getIndexReader(), found);
		return new SearchResult(request.query(), top.totalHits.value(), hits, facets, parsed.notice());
	}

	private static Query restrictKind(Query query, SearchRequest request) {
		if (request.practices() == request.strategies()) {
			return query;
		}
		String kind = request.practices() ? LibraryDocuments.KIND_PRACTICE : LibraryDocuments.KIND_STRATEGY;
		return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
				.add(new TermQuery(new Term(Fields.KIND.fieldName(), kind)), BooleanClause.Occur.FILTER).build();
	}

	private static Map<String, String[]> highlight(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
		if (top.scoreDocs.length == 0) {
			return Map.of();
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, LibraryAnalyzer.forQueries())
				.withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
				.withMaxLength(SNIPPET_LENGTH).withMaxNoHighlightPassages(0).build();
		String[] fields = new String[Fields.HIGHLIGHTED.length];
		for (int i = 0; i < fields.length; i++) {
			fields[i] = Fields.HIGHLIGHTED[i].fieldName();
		}
		return highlighter.highlightFields(fields, query, top);
	}

	/** The first field, in order of preference, whose passage shows a match. */
	private static String snippetAt(Map<String, String[]> snippets, int index) {
		for (Fields field : Fields.HIGHLIGHTED) {
			String[] values = snippets.get(field.fieldName());
			if (values != null && values[index] != null && values[index].contains("<b>")) {
				return values[index];
			}
		}
		return null;
	}

	private static Hit toHit(Document doc, String snippet, float score) {
		String summary = doc.get(Fields.SUMMARY.fieldName());
		String body = doc.get(Fields.BODY.fieldName());
		String fallback = summary != null ? summary : body;
		return new Hit(doc.get(Fields.ID.fieldName()), doc.get(Fields.KIND.fieldName()), doc.get(Fields.TITLE.fieldName()),
				snippet != null ? snippet : fallback, doc.get(Fields.CATEGORY.fieldName()),
				doc.get(Fields.POLARITY.fieldName()), doc.get(Fields.SOURCE.fieldName()), doc.get(Fields.QUOTES.fieldName()),
				doc.get(Fields.CLIENT.fieldName()), doc.get(Fields.STRATEGY.fieldName()), score);
	}

	private Map<String, List<FacetValue>> countFacets(IndexReader reader, FacetsCollectorManager.FacetsResult found)
			throws IOException {
		SortedSetDocValuesReaderState state = facetState(reader);
		Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
		if (state == null) {
			return counts;
		}
		Facets facets = new SortedSetDocValuesFacetCounts(state, found.facetsCollector());
		for (String dimension : FACET_DIMENSIONS) {
			FacetResult result;
			try {
				result = facets.getTopChildren(FACET_VALUES, dimension);
			} catch (IllegalArgumentException noSuchDimension) {
				continue; // no document of this index has that dimension
			}
			if (result != null) {
				List<FacetValue> values = new ArrayList<>();
				for (LabelAndValue value : result.labelValues) {
					values.add(new FacetValue(value.label, value.value.intValue()));
				}
				counts.put(dimension, values);
			}
		}
		return counts;
	}

	/** Building the facet ordinals costs as much as many searches: once per reader. */
	private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
		if (reader != facetStateReader) {
			facetStateReader = reader;
			try {
				facetState = new DefaultSortedSetDocValuesReaderState(reader, LibraryDocuments.facetsConfig());
			} catch (IllegalArgumentException noFacetsYet) {
				facetState = null;
			}
		}
		return facetState;
	}
}
