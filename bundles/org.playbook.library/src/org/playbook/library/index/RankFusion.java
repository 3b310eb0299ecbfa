package org.playbook.library.index;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The ranking rule of a search by words and meaning, the same on every engine: the words'
 * best hits and the nearest in meaning fused by reciprocal rank (Lucene's {@link TopDocs#rrf},
 * the meaning's ranks counted {@value #MEANING_WEIGHT} times), then at most a few hits of one
 * post. The embedded index fuses Lucene's documents, the shared library Solr's ids. The
 * constants were chosen on the labelled questions (SearchEvaluation, BENCHMARKS.md).
 */
public final class RankFusion {
	/**
	 * How many of each list's best are fused (more when more hits are asked for). 20 ranked the
	 * labelled questions as 50 did, and the words' 20 best cost a large library less to find.
	 */
	public static final int DEPTH = 20;
	/**
	 * Reciprocal rank fusion's constant: the lower, the more the first few places of each list
	 * weigh above the next ones. 10 put the key sentence in the first three for more of the
	 * labelled questions than 20 or Lucene's usual 60.
	 */
	static final int RRF_K = 10;
	/**
	 * How many times the meaning's ranks count against the words' once: a question worded
	 * unlike the post is the common case, and the words favour short practices that share a
	 * word with it. Twice did better than once, three or four times.
	 */
	static final int MEANING_WEIGHT = 2;
	/**
	 * The cosine below which a neighbour is too far to be an answer: it is not fused into the
	 * ranking, so a question nobody wrote about finds as little as its words do. Questions off the subject (bread, tax, bicycles)
	 * come no nearer than 0.12 to any practice; paraphrases of a practice stand at 0.25 and
	 * above; 0.25 did better on the labelled questions than 0.35.
	 */
	public static final float MATCH_COSINE = 0.25f;
	private static final MathContext SIGNIFICANT = new MathContext(5);

	/** A hit of one list: the document's id, its score in that list, its post (or strategy file). */
	public record Scored(String id, float score, long group) {
	}

	/** A hit of the fused ranking and its fused score. */
	public record Fused(String id, float score) {
	}

	private RankFusion() {
	}

	/**
	 * @param byWords the words' hits
	 * @param byMeaning the nearest in meaning that are close enough to match
	 * @param perGroup at most this many hits of one group, unless too few groups are left to fill the list
	 * @return the best {@code limit}, best first; equal scores in the order of their ids, so that
	 *         every engine gives the same list for the same scores
	 */
	public static List<Fused> fuse(List<Scored> byWords, List<Scored> byMeaning, int perGroup, int limit) {
		Map<String, Integer> numbers = new HashMap<>();
		List<Scored> keys = new ArrayList<>();
		TopDocs[] lists = new TopDocs[1 + MEANING_WEIGHT];
		lists[0] = ranks(byWords, numbers, keys);
		Arrays.fill(lists, 1, lists.length, ranks(byMeaning, numbers, keys));
		if (keys.isEmpty()) {
			return List.of();
		}
		List<ScoreDoc> fused = new ArrayList<>(List.of(TopDocs.rrf(keys.size(), RRF_K, lists).scoreDocs));
		fused.sort(Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparing(hit -> keys.get(hit.doc).id()));
		List<Fused> chosen = new ArrayList<>(), others = new ArrayList<>();
		Map<Long, Integer> taken = new HashMap<>();
		for (ScoreDoc hit : fused) {
			Scored key = keys.get(hit.doc);
			Fused next = new Fused(key.id(), hit.score);
			if (chosen.size() < limit && taken.merge(key.group(), 1, Integer::sum) <= perGroup) {
				chosen.add(next);
			} else {
				others.add(next);
			}
		}
		// the best of the others follow when too few groups were left to fill the list
		for (Fused other : others) {
			if (chosen.size() < limit) {
				chosen.add(other);
			}
		}
		return chosen;
	}

	/**
	 * A score to five significant digits: engines add a document's term scores in their own
	 * order (a SolrCloud collection over shards, the embedded index in one), so two hits that
	 * score the same may differ in the last bits; a rank fusion would turn that noise into two
	 * different rankings. Equal to five digits, they are ordered by id on every engine.
	 */
	static double comparable(float score) {
		return score == 0 || !Float.isFinite(score) ? score : new BigDecimal(score).round(SIGNIFICANT).doubleValue();
	}

	/**
	 * A list as Lucene's fusion reads it, best first, scores equal to five digits in the order of their ids;
	 * each id numbered once, in the order first met.
	 */
	private static TopDocs ranks(List<Scored> hits, Map<String, Integer> numbers, List<Scored> keys) {
		List<Scored> sorted = new ArrayList<>(hits);
		sorted.sort(Comparator.comparingDouble((Scored hit) -> -comparable(hit.score())).thenComparing(Scored::id));
		ScoreDoc[] docs = new ScoreDoc[sorted.size()];
		for (int i = 0; i < docs.length; i++) {
			Scored hit = sorted.get(i);
			Integer number = numbers.get(hit.id());
			if (number == null) {
				number = keys.size();
				numbers.put(hit.id(), number);
				keys.add(hit);
			}
			docs[i] = new ScoreDoc(number, docs.length - i);
		}
		return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
	}
}
