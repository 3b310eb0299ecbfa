package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Two writers of one workspace at the same moment, through ./playbook as users start them:
 * both finish, and neither's work is lost (the workspace's lock makes them take turns).
 */
public class ConcurrentWritersTest {
	private static final int TRIALS = 20;

	@Test
	public void twoActualsImportsIntoOneStrategyAtOnceBothStay() throws Exception {
		Product product = Product.fresh("concurrent-actuals");
		assertEquals(0, product.run("./playbook init").exitCode());
		Path strategy = product.home.resolve("playbook-workspace/harbor-roast/2026-social.playbook");
		String example = Files.readString(Product.ROOT.resolve("docs/examples/harbor-roast-posts.csv"));
		List<String> sources = new ArrayList<>();
		for (int trial = 0; trial < TRIALS; trial++) {
			List<Process> writers = new ArrayList<>();
			for (String side : List.of("a", "b")) {
				String name = "export-" + trial + side + ".csv";
				Files.writeString(product.here.resolve(name), example.replace("2026-", (2000 + trial) + "-"));
				sources.add("import: " + name);
				writers.add(product.launch(product.here.resolve(name + ".log"), "actuals", name, "--strategy", strategy.toString()));
			}
			for (Process writer : writers) {
				assertTrue(writer.waitFor(120, TimeUnit.SECONDS));
				assertEquals(0, writer.exitValue(), "trial " + trial + ": " + logs(product, trial));
			}
			String saved = Files.readString(strategy);
			List<String> lost = sources.stream().filter(source -> !saved.contains("source=\"" + source + "\"")).toList();
			assertEquals(List.of(), lost, "trial " + trial + ": every export imported so far is in the file");
		}
		Product.report("./playbook actuals x actuals on one strategy at once: " + TRIALS + " trials, " + 2 * TRIALS
				+ " imports, 0 lost (every export's measurements in the file after every trial)");
	}

	@Test
	public void twoPostImportsIntoOneLibraryAtOnceBothStay() throws Exception {
		Product product = Product.fresh("concurrent-import");
		assertEquals(0, product.run("./playbook init").exitCode());
		Path library = product.home.resolve("playbook-workspace/library/imported.practices");
		List<String> words = new ArrayList<>();
		for (int trial = 0; trial < TRIALS; trial++) {
			List<Process> writers = new ArrayList<>();
			for (String side : List.of("a", "b")) {
				String word = "quokka" + trial + side;
				words.add(word);
				Path post = Files.writeString(product.here.resolve("post-" + trial + side + ".txt"), "Rules of the " + word + " desk\n\n"
						+ "Always thank the " + word + " team in public every month.\nNever answer a " + word + " complaint in anger.\n");
				writers.add(product.launch(product.here.resolve(post.getFileName() + ".log"), "import", post.getFileName().toString(), "--accept"));
			}
			for (Process writer : writers) {
				assertTrue(writer.waitFor(120, TimeUnit.SECONDS));
				assertEquals(0, writer.exitValue(), "trial " + trial + ": " + logs(product, trial));
			}
			String saved = Files.readString(library);
			List<String> lost = words.stream().filter(word -> !saved.contains("Rules of the " + word + " desk")).toList();
			assertEquals(List.of(), lost, "trial " + trial + ": every post imported so far is in the library");
		}
		Product.Run search = product.run("./playbook search \"" + String.join(" OR ", words.subList(0, 10)) + "\" --limit 100 --json");
		for (String word : words.subList(0, 10)) {
			assertTrue(search.output().contains(word), "the index holds what each import accepted: " + word);
		}
		Product.report("./playbook import x import into one library at once: " + TRIALS + " trials, " + 2 * TRIALS
				+ " posts, 0 lost (all in the library file, and searchable)");
	}

	private static String logs(Product product, int trial) throws IOException {
		StringBuilder text = new StringBuilder();
		try (var files = Files.list(product.here)) {
			for (Path log : files.filter(f -> f.getFileName().toString().contains("-" + trial) && f.toString().endsWith(".log")).toList()) {
				text.append(log.getFileName()).append(":\n").append(Files.readString(log));
			}
		}
		return text.toString();
	}
}
