package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.playbook.library.embedding.SentenceEmbeddings;

/** Many texts are embedded in batches run on every core, and each vector comes back in its text's place. */
public class SentenceEmbeddingsTest {
	private static final String[] WHO = { "the night shift", "our interns", "the brand manager", "a community volunteer", "the legal team",
			"every regional office" };
	private static final String[] WHAT = { "answers angry comments within an hour", "posts three photos a week on Instagram",
			"approves each paid campaign before launch", "reports reach and saves to the client monthly", "never deletes a customer's complaint",
			"keeps a crisis plan printed next to the phone, with the names of everyone who must be called first" };

	@Test
	public void batchesRunTogetherGiveEachTextItsOwnMeaning() throws IOException {
		List<String> texts = new ArrayList<>();
		for (String who : WHO) {
			for (String what : WHAT) {
				texts.add(who.substring(0, 1).toUpperCase() + who.substring(1) + " " + what + ".");
			}
		}
		SentenceEmbeddings model = SentenceEmbeddings.shared();
		List<float[]> together = model.embed(texts); // 36 texts of unlike lengths: several batches at once
		assertEquals(texts.size(), together.size());
		List<float[]> alone = new ArrayList<>();
		for (String text : texts) {
			alone.add(model.embed(text));
		}
		for (int i = 0; i < texts.size(); i++) {
			int nearest = 0;
			for (int j = 1; j < texts.size(); j++) {
				if (SentenceEmbeddings.cosine(together.get(i), alone.get(j)) > SentenceEmbeddings.cosine(together.get(i), alone.get(nearest))) {
					nearest = j;
				}
			}
			assertEquals(texts.get(i), texts.get(nearest), "the vector in this text's place is another text's");
			float own = SentenceEmbeddings.cosine(together.get(i), alone.get(i));
			assertTrue(own > 0.95f, texts.get(i) + ": " + own);
		}
	}
}
