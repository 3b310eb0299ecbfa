package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * kill -9 at random moments of ./playbook index --rebuild and ./playbook import --accept,
 * which write the index of words and the graph of meanings beside it: after each, the next
 * search finds by words and by meaning, and every post whose import ended is found.
 */
public class IndexKilledTest {
	private static final int TRIALS = 8;
	private static final String BY_MEANING = "./playbook search \"how do we know the money spent on social pays off\" --limit 5";

	@Test
	public void anIndexKilledAtAnyMomentSearchesRightNextTime() throws Exception {
		Product product = Product.fresh("index-killed");
		assertEquals(0, product.run("./playbook init").exitCode());
		assertEquals(0, product.run("./playbook index").exitCode());
		Random random = new Random(20261207);
		int killed = 0;
		List<Integer> imported = new ArrayList<>();
		for (int trial = 0; trial < TRIALS; trial++) {
			boolean importing = trial % 2 == 1;
			Path log = product.here.resolve("trial-" + trial + ".log");
			Process command;
			if (importing) {
				Path post = Files.writeString(product.here.resolve("zebra-" + trial + ".txt"), "Zebra Habit " + trial + "\n\nAlways thank the zebra keeper"
						+ trial + " in public every month. Never post a photo of the keeper without asking first.\n");
				command = product.launch(log, "import", post.toString(), "--accept");
			} else {
				command = product.launch(log, "index", "--rebuild");
			}
			// most are killed early, while they write; every fourth may end, so that some imports are kept
			Thread.sleep(trial % 4 == 3 ? 3_000 + random.nextInt(4_000) : 1_000 + random.nextInt(2_500));
			if (command.isAlive()) {
				command.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
				killed++;
			} else if (importing && command.exitValue() == 0) {
				imported.add(trial);
			}
			command.waitFor();

			// a practice none of the question's words finds: the words' index and the graph both answer
			Product.Run meaning = product.run(BY_MEANING);
			assertEquals(0, meaning.exitCode(), "trial " + trial + ": " + meaning + "\n" + Files.readString(log));
			assertTrue(meaning.output().contains("measurement.measure-roi"), "trial " + trial + ": found by meaning: " + meaning);
			for (int done : imported) {
				Product.Run post = product.run("./playbook search zebra keeper" + done + " --limit 3");
				assertTrue(post.output().contains("keeper" + done), "trial " + trial + ": the post imported in trial " + done + " is found: " + post);
			}
		}
		Product.Run words = product.run("./playbook search intern --limit 1");
		assertTrue(words.output().contains("governance.no-intern"), "found by words: " + words);
		assertTrue(killed >= TRIALS / 4, "many commands were killed while running: " + killed);
		Product.report("kill -9 during ./playbook index --rebuild and import --accept (the index of words and the graph of meanings): " + TRIALS
				+ " trials (" + killed + " killed while running), every next search exit 0 and found by meaning, " + imported.size()
				+ " finished imports all found");
	}
}
