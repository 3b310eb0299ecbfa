package org.playbook.library.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The one ranking rule of both engines: the same hits, scored alike, give the same list on
 * the embedded index and on SolrCloud, even where the engines' sums differ in the last bits.
 */
public class RankFusionTest {

	private static List<String> ids(List<RankFusion.Fused> fused) {
		return fused.stream().map(RankFusion.Fused::id).toList();
	}

	@Test
	public void scoresEqualToFiveDigitsRankByIdOnEveryEngine() {
		// one engine adds the terms' scores in another order: the last bits differ, the order must not
		List<RankFusion.Scored> embedded = List.of(new RankFusion.Scored("b", 3.1415927f, 1), new RankFusion.Scored("a", 3.1415925f, 2),
				new RankFusion.Scored("c", 1.5f, 3));
		List<RankFusion.Scored> shared = List.of(new RankFusion.Scored("b", 3.1415925f, 1), new RankFusion.Scored("a", 3.1415927f, 2),
				new RankFusion.Scored("c", 1.5f, 3));
		List<RankFusion.Scored> near = List.of(new RankFusion.Scored("c", 0.8f, 3), new RankFusion.Scored("a", 0.7f, 2));
		List<String> once = ids(RankFusion.fuse(embedded, near, 2, 3)), again = ids(RankFusion.fuse(shared, near, 2, 3));
		assertEquals(once, again);
		// RRF, k = 10: c 1/13 + 2/11, a 1/11 + 2/12 (first by words, tied with b and before it by id), b 1/12
		assertEquals(List.of("c", "a", "b"), once);
	}

	@Test
	public void theMeaningCountsTwiceAndAPostGivesAtMostTwo() {
		List<RankFusion.Scored> words = List.of(new RankFusion.Scored("w1", 9, 1), new RankFusion.Scored("w2", 8, 1), new RankFusion.Scored("w3", 7, 1));
		List<RankFusion.Scored> near = List.of(new RankFusion.Scored("m1", 0.9f, 2), new RankFusion.Scored("w3", 0.8f, 1));
		List<String> fused = ids(RankFusion.fuse(words, near, 2, 3));
		// w3 is found both ways (1/13 + 2/12), the meaning's first (2/11) beats the words' first (1/11),
		// and post 1 gives two hits: w2 waits
		assertEquals(List.of("w3", "m1", "w1"), fused);
		assertEquals(3.1416, RankFusion.comparable(3.1415927f), 1e-9);
	}
}
