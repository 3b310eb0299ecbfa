package org.playbook.library.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.misc.search.DiversifiedTopDocsCollector;
import org.apache.lucene.misc.search.DiversifiedTopDocsCollectorManager;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The diversifying collector that lets the query skip what can no longer make the list gives
 * exactly the hits of Lucene's own, which scores every match: on a few hundred random
 * queries over an index of skewed groups (a few posts with many passages, many with few).
 */
public class DiversifiedTopHitsTest {
	private static final String[] WORDS = { "reply", "brand", "post", "always", "never", "customer", "review", "plan", "measure", "hour",
			"weekly", "video", "team", "crisis", "audience", "share" };

	@Test
	public void theSameHitsAsLucenesCollectorThatScoresEverything() throws IOException {
		Random random = new Random(20261201L);
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(2_000))) {
			for (int i = 0; i < 20_000; i++) {
				Document doc = new Document();
				StringBuilder text = new StringBuilder();
				for (int w = 0, length = 3 + random.nextInt(40); w < length; w++) {
					text.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 5)]).append(' ');
				}
				doc.add(new TextField("text", text.toString(), Field.Store.NO));
				// a skewed group: the first groups hold most documents
				doc.add(new NumericDocValuesField(Fields.GROUP, (long) (Math.pow(random.nextDouble(), 3) * 500)));
				writer.addDocument(doc);
			}
		}
		int compared = 0;
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			for (int q = 0; q < 300; q++) {
				BooleanQuery.Builder query = new BooleanQuery.Builder();
				for (int w = 0, words = 1 + random.nextInt(3); w < words; w++) {
					query.add(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])), BooleanClause.Occur.SHOULD);
				}
				int hits = 1 + random.nextInt(20), perGroup = 1 + random.nextInt(3);
				TopDocs skipping = searcher.search(query.build(), new DiversifiedTopHits(hits, perGroup));
				TopDocs complete = searcher.search(query.build(), complete(hits, perGroup));
				assertEquals(describe(complete), describe(skipping), query.build() + ", " + hits + " hits, " + perGroup + " a group");
				compared += complete.scoreDocs.length;
			}
		}
		assertTrue(compared > 1_000, "enough hits compared: " + compared);
	}

	private static String describe(TopDocs top) {
		return Arrays.toString(Arrays.stream(top.scoreDocs).map(hit -> hit.doc + ":" + hit.score).toArray());
	}

	private static DiversifiedTopDocsCollectorManager<DiversifiedTopDocsCollector> complete(int hits, int perGroup) {
		return new DiversifiedTopDocsCollectorManager<>(hits, perGroup) {
			@Override
			public DiversifiedTopDocsCollector newCollector() {
				return new DiversifiedTopDocsCollector(hits, perGroup) {
					@Override
					protected NumericDocValues getKeys(LeafReaderContext context) {
						try {
							return DocValues.getNumeric(context.reader(), Fields.GROUP);
						} catch (IOException e) {
							throw new java.io.UncheckedIOException(e);
						}
					}
				};
			}
		};
	}
}
