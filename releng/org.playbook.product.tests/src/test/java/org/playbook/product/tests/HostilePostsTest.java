package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Hundreds of hostile posts, written at test time, imported by ./playbook: each file is
 * named in the results, imported or refused with a reason in words, within its time budget;
 * the dry run and the real import agree; a refused file leaves nothing behind; the output
 * carries no control character to the terminal; the library still loads afterwards.
 */
public class HostilePostsTest {
	private static final int BUDGET_MILLIS = 10_000;

	@Test
	public void everyHostilePostIsNamedAndNoneHangsOrLeavesAnythingBehind() throws Exception {
		Product product = Product.fresh("hostile-posts");
		assertEquals(0, product.run("./playbook init").exitCode());
		List<Path> posts = HostilePosts.write(product.here.resolve("posts"), 20261201L);
		assertTrue(posts.size() >= 300, "a corpus of at least 300 hostile posts: " + posts.size());

		long start = System.nanoTime();
		Map<String, String[]> dryRun = importAll(product, posts, "--dry-run");
		long dryRunMillis = (System.nanoTime() - start) / 1_000_000;
		Map<String, String[]> stored = importAll(product, posts, "--accept");

		assertEquals(posts.size(), dryRun.size(), "every file is named in the dry run's results");
		assertEquals(posts.size(), stored.size(), "and in the import's");
		String slowest = dryRun.entrySet().stream().max(Comparator.comparingLong(e -> Long.parseLong(e.getValue()[2]))).map(Map.Entry::getKey).orElseThrow();
		long refused = 0;
		for (Path post : posts) {
			String name = post.toString();
			String[] dry = dryRun.get(key(name)), real = stored.get(key(name));
			assertTrue(dry != null && real != null, "named in the results: " + name);
			assertTrue(Long.parseLong(dry[2]) <= BUDGET_MILLIS && Long.parseLong(real[2]) <= BUDGET_MILLIS + 5_000, "within its budget: " + name);
			assertEquals(dry[0].equals("refused"), real[0].equals("refused"), "the dry run and the import agree on " + name + ": " + dry[1] + " / " + real[1]);
			if (dry[0].equals("refused")) {
				refused++;
				assertEquals(dry[1], real[1], "refused for the same reason");
				assertFalse(dry[1].contains("Exception") || dry[1].contains("could not be read ("), "a reason in words, not a fault: " + dry[1]);
			}
		}
		Path library = product.home.resolve("playbook-workspace/library");
		long sources = Pattern.compile("<sources ").matcher(Files.readString(library.resolve("imported.practices"))).results().count();
		try (Stream<Path> texts = Files.list(library.resolve("posts"))) {
			assertEquals(sources, texts.count(), "a post text for every post kept, and none for a refused file");
		}
		Product.Run search = product.run("./playbook search \"complaint within the hour\" --limit 3");
		assertEquals(0, search.exitCode(), search.toString());
		assertFalse(search.output().contains("warning"), "the library reads back whole: " + search);
		Product.report("hostile posts through ./playbook import: " + posts.size() + " files (dry run " + dryRunMillis + " ms in all), " + refused
				+ " refused with a reason, " + (posts.size() - refused) + " imported, 0 over the " + BUDGET_MILLIS / 1000 + " s budget, 0 disagreements between"
				+ " the dry run and the import, 0 left behind; slowest: " + Path.of(slowest).getFileName() + " (" + dryRun.get(slowest)[2] + " ms)");
	}

	/** Imports the files with one command; the file, its status, problem and time as the JSON results say. */
	private static Map<String, String[]> importAll(Product product, List<Path> posts, String mode) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("import"));
		posts.forEach(post -> arguments.add(post.toString()));
		arguments.addAll(List.of(mode, "--json"));
		Path output = product.here.resolve("import" + mode + ".json");
		Process process = product.launch(output, arguments.toArray(String[]::new));
		assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the import of the whole corpus ends");
		assertEquals(1, process.exitValue(), "some files are refused, so the import says it failed for them");
		String printed = Files.readString(output);
		for (int i = 0; i < printed.length(); i++) {
			char c = printed.charAt(i);
			assertFalse(Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r', "no control character reaches the terminal, at " + i);
		}
		JsonArray files = JsonParser.parseString(printed.substring(printed.indexOf("{\n"))).getAsJsonObject().getAsJsonArray("files");
		Map<String, String[]> results = new LinkedHashMap<>();
		for (var element : files) {
			JsonObject file = element.getAsJsonObject();
			results.put(file.get("file").getAsString(), new String[] { file.get("status").getAsString(),
					file.has("problem") ? file.get("problem").getAsString() : "", file.get("millis").getAsString() });
		}
		return results;
	}

	/** File names as the output shows them: control characters written as escapes. */
	private static String key(String name) {
		StringBuilder key = new StringBuilder();
		name.codePoints().forEach(c -> key.append(Character.isISOControl(c) && c != '\t' && c != '\n' || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
				? String.format("\\u%04X", c) : Character.toString(c)));
		return key.toString();
	}

}
