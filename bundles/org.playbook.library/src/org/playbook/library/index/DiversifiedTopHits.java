package org.playbook.library.index;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.misc.search.DiversifiedTopDocsCollector;
import org.apache.lucene.misc.search.DiversifiedTopDocsCollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The best hits with at most a few of one group (a post and the practices drawn from it, or a
 * strategy file): Lucene's diversifying collector, keyed by the {@link Fields#GROUP} doc
 * values, told which scores can no longer make the list so that the query may skip them.
 *
 * <p>Lucene's collector scores every match (ScoreMode.COMPLETE): on a large library a common
 * word costs milliseconds. Once {@code hits} different groups each have a match scoring at
 * least {@code t}, a list of {@code hits} matches all scoring {@code t} or more exists, one
 * per group, so the collector's final list scores no lower, and a match below {@code t} can
 * never enter it. That {@code t} is handed to the scorer as the minimum competitive score,
 * which lets block-max WAND skip whole blocks, as a plain top-hits search does.
 */
final class DiversifiedTopHits extends DiversifiedTopDocsCollectorManager<DiversifiedTopDocsCollector> {
	private final int hits, perGroup;

	DiversifiedTopHits(int hits, int perGroup) {
		super(hits, perGroup);
		this.hits = hits;
		this.perGroup = perGroup;
	}

	@Override
	public DiversifiedTopDocsCollector newCollector() {
		return new Collector(hits, perGroup);
	}

	private static NumericDocValues groups(LeafReaderContext context) {
		try {
			return DocValues.getNumeric(context.reader(), Fields.GROUP);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final class Collector extends DiversifiedTopDocsCollector {
		/** The groups with the best matches so far, each with its best score: at most {@code hits}. */
		private final long[] bestGroups;
		private final float[] bestScores;
		private int size;

		Collector(int hits, int perGroup) {
			super(hits, perGroup);
			bestGroups = new long[hits];
			bestScores = new float[hits];
		}

		@Override
		protected NumericDocValues getKeys(LeafReaderContext context) {
			return groups(context);
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.TOP_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			NumericDocValues groups = groups(context);
			return new FilterLeafCollector(super.getLeafCollector(context)) {
				private Scorable scorer;

				@Override
				public void setScorer(Scorable scorable) throws IOException {
					scorer = scorable;
					super.setScorer(scorable);
					if (size == bestGroups.length) {
						scorer.setMinCompetitiveScore(lowestBest());
					}
				}

				@Override
				public void collect(int doc) throws IOException {
					super.collect(doc);
					if (groups.advanceExact(doc) && offer(groups.longValue(), scorer.score())) {
						scorer.setMinCompetitiveScore(lowestBest());
					}
				}
			};
		}

		/** Takes a group's match into account; true when there are enough groups and the bound rose. */
		private boolean offer(long group, float score) {
			for (int i = 0; i < size; i++) {
				if (bestGroups[i] == group) {
					if (score <= bestScores[i]) {
						return false;
					}
					float before = lowestBest();
					bestScores[i] = score;
					return size == bestGroups.length && lowestBest() > before;
				}
			}
			if (size < bestGroups.length) {
				bestGroups[size] = group;
				bestScores[size++] = score;
				return size == bestGroups.length;
			}
			int lowest = lowestIndex();
			if (score <= bestScores[lowest]) {
				return false;
			}
			bestGroups[lowest] = group;
			bestScores[lowest] = score;
			return true;
		}

		private float lowestBest() {
			return size == 0 ? 0 : bestScores[lowestIndex()];
		}

		private int lowestIndex() {
			int lowest = 0;
			for (int i = 1; i < size; i++) {
				lowest = bestScores[i] < bestScores[lowest] ? i : lowest;
			}
			return lowest;
		}
	}
}
