package org.playbook.library.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The practices and passages nearest in meaning to a query, found in the index's
 * {@link MeaningGraph}: the search's filter, run on the words' index, is carried over to the
 * graph's documents of the same texts, and the neighbours found there back to the words'
 * documents, so that Lucene's filtered HNSW search (exact when the filter leaves few) runs as
 * it would on one index. Thread-safe.
 */
final class NearestMeanings {
	private final MeaningGraph graph;
	/** The graph's reader that {@link #graphDocs} point into. */
	private IndexReader mappedGraph;
	/** For each leaf of the words' index (by its core), the graph's document of each of its documents, or -1. */
	private final Map<IndexReader.CacheKey, int[]> graphDocs = new HashMap<>();
	/** The last filter carried over, reused while neither index changes: most searches have the same one. */
	private volatile Accepted last;

	/**
	 * What a filter of the words' index accepts, carried over to the graph: the graph's
	 * documents (by leaf), whether that is every live one (then the neighbours are searched
	 * unfiltered), and the words' document each of them stands for.
	 */
	private record Accepted(IndexReader words, IndexReader graph, Query filter, FixedBitSet[] graphDocs, boolean all, int[] wordsDocs) {
	}

	NearestMeanings(MeaningGraph graph) {
		this.graph = graph;
	}

	/**
	 * The documents of the words' index that the filter accepts and whose meanings are nearest
	 * to the vector, best first, scored as Lucene scores a dot product.
	 */
	TopDocs nearest(IndexSearcher words, float[] meaning, Query filter, int depth) throws IOException {
		IndexSearcher graphSearcher = graph.acquire();
		try {
			Accepted accepted = accepted(words, graphSearcher.getIndexReader(), filter);
			TopDocs found = graphSearcher.search(new KnnFloatVectorQuery(Fields.MEANING.fieldName(), meaning, depth,
					accepted.all() ? null : new AcceptedQuery(accepted.graphDocs())), depth);
			List<ScoreDoc> hits = new ArrayList<>();
			for (ScoreDoc hit : found.scoreDocs) {
				int doc = accepted.wordsDocs()[hit.doc];
				if (doc >= 0) {
					hits.add(new ScoreDoc(doc, hit.score));
				}
			}
			return new TopDocs(found.totalHits, hits.toArray(ScoreDoc[]::new));
		} finally {
			graph.release(graphSearcher);
		}
	}

	/** The filter's documents of the words' index, and the graph's documents of their texts. */
	private Accepted accepted(IndexSearcher words, IndexReader graphReader, Query filter) throws IOException {
		Accepted known = last;
		if (known != null && known.words() == words.getIndexReader() && known.graph() == graphReader && known.filter().equals(filter)) {
			return known;
		}
		List<LeafReaderContext> graphLeaves = graphReader.leaves();
		FixedBitSet[] graphDocs = new FixedBitSet[graphLeaves.size()];
		for (LeafReaderContext leaf : graphLeaves) {
			graphDocs[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
		}
		int[] wordsDocs = new int[graphReader.maxDoc()];
		Arrays.fill(wordsDocs, -1);
		int accepted = 0;
		Weight weight = words.createWeight(words.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1);
		for (LeafReaderContext leaf : words.getIndexReader().leaves()) {
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			int[] toGraph = graphDocs(leaf, graphReader);
			Bits live = leaf.reader().getLiveDocs();
			DocIdSetIterator matches = scorer.iterator();
			for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
				int graphDoc = toGraph[doc];
				if (graphDoc >= 0 && (live == null || live.get(doc)) && wordsDocs[graphDoc] < 0) {
					wordsDocs[graphDoc] = leaf.docBase + doc; // of two documents of one text, the first stands for both
					int graphLeaf = ReaderUtil.subIndex(graphDoc, graphLeaves);
					graphDocs[graphLeaf].set(graphDoc - graphLeaves.get(graphLeaf).docBase);
					accepted++;
				}
			}
		}
		Accepted carried = new Accepted(words.getIndexReader(), graphReader, filter, graphDocs, accepted == graphReader.numDocs(), wordsDocs);
		last = carried;
		return carried;
	}

	/**
	 * The graph's document of each document of a leaf of the words' index, found once per leaf
	 * and reader of the graph (a lookup per text: some hundred milliseconds at 100,000
	 * practices, after a rebuild; an import's new leaf costs a lookup per new text).
	 */
	private synchronized int[] graphDocs(LeafReaderContext leaf, IndexReader graphReader) throws IOException {
		if (graphReader != mappedGraph) {
			graphDocs.clear();
			mappedGraph = graphReader;
		}
		IndexReader.CacheKey core = leaf.reader().getCoreCacheHelper().getKey();
		int[] known = graphDocs.get(core);
		if (known != null) {
			return known;
		}
		Set<IndexReader.CacheKey> current = new HashSet<>();
		for (LeafReaderContext other : ReaderUtil.getTopLevelContext(leaf).leaves()) {
			current.add(other.reader().getCoreCacheHelper().getKey());
		}
		graphDocs.keySet().retainAll(current); // leaves merged away
		int[] toGraph = new int[leaf.reader().maxDoc()];
		Arrays.fill(toGraph, -1);
		Terms keys = leaf.reader().terms(Fields.MEANING_KEY);
		if (keys != null) {
			TermsEnum terms = keys.iterator();
			PostingsEnum postings = null;
			MeaningGraph.Lookup inGraph = MeaningGraph.Lookup.keys(graphReader);
			for (BytesRef key = terms.next(); key != null; key = terms.next()) {
				int graphDoc = inGraph.liveDoc(key);
				if (graphDoc >= 0) {
					postings = terms.postings(postings, PostingsEnum.NONE);
					for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
						toGraph[doc] = graphDoc;
					}
				}
			}
		}
		graphDocs.put(core, toGraph);
		return toGraph;
	}

	/** The graph's documents a search accepts, as the filter of Lucene's neighbour search. */
	private static final class AcceptedQuery extends Query {
		private final FixedBitSet[] perLeaf;

		AcceptedQuery(FixedBitSet[] perLeaf) {
			this.perLeaf = perLeaf;
		}

		@Override
		public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
			return new ConstantScoreWeight(this, boost) {
				@Override
				public ScorerSupplier scorerSupplier(LeafReaderContext context) {
					FixedBitSet docs = perLeaf[context.ord];
					int cardinality = docs.cardinality();
					return cardinality == 0 ? null
							: new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(docs, cardinality)));
				}

				@Override
				public boolean isCacheable(LeafReaderContext context) {
					return false; // a search's own set
				}
			};
		}

		@Override
		public void visit(QueryVisitor visitor) {
			visitor.visitLeaf(this);
		}

		@Override
		public String toString(String field) {
			return "AcceptedMeanings";
		}

		@Override
		public boolean equals(Object other) {
			return other == this;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}
	}
}
