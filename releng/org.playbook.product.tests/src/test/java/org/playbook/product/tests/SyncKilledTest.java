package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import org.junit.jupiter.api.Test;

/**
 * kill -9 at random moments of ./playbook sync while a colleague's change waits to be
 * merged: after each, the next sync ends the job, every strategy file is whole, and both
 * strategists' edits are in the file.
 */
public class SyncKilledTest {
	private static final int TRIALS = 12;
	private static final String STRATEGY = "harbor-roast/2026-social.playbook";
	private static final String ANA = "--author \"Ana Lopez <ana@agency.example>\"";
	private static final String BEN = "--author \"Ben Okafor <ben@agency.example>\"";

	@Test
	public void aSyncKilledAtAnyMomentLosesNoEdit() throws Exception {
		Product product = Product.fresh("sync-killed");
		assertEquals(0, product.run("./playbook init").exitCode());
		Path mine = product.home.resolve("playbook-workspace");
		Path theirs = product.home.resolve("colleague");
		assertEquals(0, product.run("./playbook share " + mine + " --remote " + product.home.resolve("agency.git") + " " + ANA).exitCode());
		assertEquals(0, product.run("./playbook clone " + product.home.resolve("agency.git") + " " + theirs).exitCode());

		Random random = new Random(20261201);
		int killed = 0, killedInTheMerge = 0;
		for (int trial = 0; trial < TRIALS; trial++) {
			String target = (1000 + trial) + ".0", posts = (trial + 1) + ".0";
			set(theirs.resolve(STRATEGY), "goal-shop", "target", target);
			Product.Run colleague = product.run("./playbook sync " + theirs + " " + BEN);
			assertEquals(0, colleague.exitCode(), colleague.toString());
			set(mine.resolve(STRATEGY), "tactic-reels", "postsPerWeek", posts);

			Process sync = product.launch(product.here.resolve("sync-" + trial + ".log"), "sync", mine.toString(), "--author", "Ana Lopez <ana@agency.example>");
			// a third the moment the merge begins writing files, the others at random moments of the run
			if (trial % 3 == 0) {
				Path mergeHead = mine.resolve(".git/MERGE_HEAD");
				while (sync.isAlive() && !Files.exists(mergeHead)) {
					Thread.onSpinWait();
				}
			} else {
				Thread.sleep(1_500 + random.nextInt(trial % 3 == 1 ? 1_500 : 3_000));
			}
			if (sync.isAlive()) {
				sync.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
				killed++;
				if (Files.exists(mine.resolve(".git/MERGE_HEAD"))) {
					killedInTheMerge++;
				}
			}
			sync.waitFor();

			Product.Run again = product.run("./playbook sync " + mine + " " + ANA);
			assertEquals(0, again.exitCode(), "trial " + trial + ": the next sync ends the job: " + again);
			String merged = Files.readString(mine.resolve(STRATEGY));
			assertEquals(target, attribute(merged, "goal-shop", "target"), "trial " + trial + ": the colleague's edit is in");
			assertEquals(posts, attribute(merged, "tactic-reels", "postsPerWeek"), "trial " + trial + ": this workspace's edit is kept");
			try (Stream<Path> files = Files.walk(mine)) {
				List<Path> broken = files.filter(f -> f.toString().endsWith(".playbook") && !f.toString().contains(".metadata"))
						.filter(f -> !isWhole(f)).toList();
				assertEquals(List.of(), broken, "trial " + trial + ": every strategy file is whole");
			}
		}
		Product.Run last = product.run("./playbook sync " + theirs + " " + BEN);
		assertEquals(0, last.exitCode(), last.toString());
		assertEquals(TRIALS + ".0", attribute(Files.readString(theirs.resolve(STRATEGY)), "tactic-reels", "postsPerWeek"),
				"the colleague receives this workspace's edits in the end");
		assertTrue(killed >= TRIALS / 3, "many syncs were killed: " + killed);
		assertTrue(killedInTheMerge >= 1, "some in the middle of the merge: " + killedInTheMerge);
		Product.report("kill -9 during ./playbook sync with a colleague's change to merge: " + TRIALS + " trials (" + killed
				+ " killed while running, " + killedInTheMerge + " of them in the middle of the merge), 0 edits lost, 0 strategy files not whole, every next sync exit 0");
	}

	/** Sets an attribute of the element with the xmi:id, as a text editor (or another program) would. */
	private static void set(Path file, String id, String attribute, String value) throws Exception {
		String text = Files.readString(file);
		Matcher element = Pattern.compile("(<[^>]*xmi:id=\"" + Pattern.quote(id) + "\"[^>]*?\\s" + attribute + "=\")[^\"]*(\")").matcher(text);
		assertTrue(element.find(), file + " has " + id + "'s " + attribute);
		Files.writeString(file, element.replaceFirst("$1" + Matcher.quoteReplacement(value) + "$2"));
	}

	private static String attribute(String text, String id, String attribute) {
		Matcher element = Pattern.compile("<[^>]*xmi:id=\"" + Pattern.quote(id) + "\"[^>]*?\\s" + attribute + "=\"([^\"]*)\"").matcher(text);
		return element.find() ? element.group(1) : null;
	}

	private static boolean isWhole(Path file) {
		try {
			return StrategyFiles.isWhole(Files.readAllBytes(file));
		} catch (java.io.IOException e) {
			return false;
		}
	}
}
