package org.playbook.library.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * One search of the embedded index answered by words and by meaning: the best hits of the
 * words (BM25) and the practices and passages nearest to the query's vector (Lucene's HNSW
 * graph, in the index's {@link MeaningGraph}), fused as {@link RankFusion} says, so that a
 * passage worded unlike the question but saying what it asks can rank above a practice that shares a word with it.
 */
final class HybridRanking {
	private HybridRanking() {
	}

	/** The words' best hits, as deep as the fusion reads them. */
	static TopDocs byWords(IndexSearcher searcher, Query words, int limit) throws IOException {
		int depth = depth(limit);
		return searcher.search(words, new TopScoreDocCollectorManager(depth, depth));
	}

	/** How deep the fusion reads each ranking: the words' best hits and the nearest in meaning. */
	static int depth(int limit) {
		return Math.max(RankFusion.DEPTH, limit);
	}

	/**
	 * The fused, diversified hits.
	 *
	 * @param byWords the best hits of the query's words, with its filters ({@link #byWords})
	 * @param byMeaning the nearest in meaning ({@link #nearest}); those too far to match are left out
	 * @param perGroup at most this many hits of one post
	 */
	static TopDocs fuse(IndexSearcher searcher, TopDocs byWords, TopDocs byMeaning, int limit, int perGroup) throws IOException {
		Map<String, Integer> docs = new HashMap<>();
		List<RankFusion.Scored> close = new ArrayList<>();
		for (ScoreDoc neighbour : byMeaning.scoreDocs) {
			if (cosine(neighbour.score) >= RankFusion.MATCH_COSINE) {
				close.add(scored(searcher, neighbour, docs));
			}
		}
		List<RankFusion.Scored> matched = new ArrayList<>();
		for (ScoreDoc hit : byWords.scoreDocs) {
			matched.add(scored(searcher, hit, docs));
		}
		ScoreDoc[] hits = RankFusion.fuse(matched, close, perGroup, limit).stream().map(hit -> new ScoreDoc(docs.get(hit.id()), hit.score()))
				.toArray(ScoreDoc[]::new);
		return new TopDocs(new TotalHits(hits.length, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), hits);
	}

	/**
	 * A hit as the fusion reads it, by the document's id (as the shared library's hits are),
	 * noting which document the id is; both read from doc values (stored fields cost a block's
	 * decompression a hit).
	 */
	private static RankFusion.Scored scored(IndexSearcher searcher, ScoreDoc hit, Map<String, Integer> docs) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
		int doc = hit.doc - leaf.docBase;
		SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID.fieldName());
		String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "#" + hit.doc;
		NumericDocValues groups = DocValues.getNumeric(leaf.reader(), Fields.GROUP);
		long group = groups.advanceExact(doc) ? groups.longValue() : -1 - hit.doc;
		docs.put(id, hit.doc);
		return new RankFusion.Scored(id, hit.score, group);
	}

	/** A dot product as Lucene scores it, (1 + cosine) / 2, back to the cosine. */
	private static float cosine(float score) {
		return 2 * score - 1;
	}
}
