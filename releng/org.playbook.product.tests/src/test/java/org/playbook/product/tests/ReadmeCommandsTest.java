package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command line of README.md's code blocks, typed by a new user in order, through
 * ./playbook itself in a fresh home folder: each must end with the exit code and print the
 * lines the README shows. Lines that are not ./playbook commands must be run by .ci/run.
 */
public class ReadmeCommandsTest {
	private static final Path README = Product.ROOT.resolve("README.md");

	/** The README's shared-library lines name a SolrCloud on this machine: a real one is started there for them. */
	private static LibraryCluster cluster;

	@AfterAll
	static void stopCluster() throws Exception {
		if (cluster != null) {
			cluster.close();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyPlaybookLineWorksAsPrinted() throws Exception {
		Product product = Product.fresh("readme");
		if (Files.readString(README).contains("localhost:" + LibraryCluster.README_PORT)) {
			cluster = LibraryCluster.start(LibraryCluster.README_PORT);
		}
		List<CommandLines.Example> examples = CommandLines.ofMarkdown(Files.readString(README)).stream()
				.filter(CommandLines.Example::runsPlaybook).toList();
		assertTrue(examples.size() >= 10, "README.md shows the launcher's commands: " + examples);
		List<DynamicTest> tests = new ArrayList<>();
		int[] workbenchStarts = { 0 };
		for (CommandLines.Example example : examples) {
			tests.add(DynamicTest.dynamicTest(example.line(), () -> {
				if (example.startsWorkbench()) {
					product.startWorkbench(example.line(), "readme-workbench-" + ++workbenchStarts[0]);
					assertEquals(4, clientsIn(product.home.resolve("playbook-workspace")), "a first start fills the workspace with the sample agency");
					return;
				}
				Product.Run run = product.run(example.line());
				assertEquals(example.exitCode(), run.exitCode(), run.toString());
				assertNull(example.mismatch(run.lines()), () -> example.mismatch(run.lines()) + "\n" + run);
			}));
		}
		return tests.stream();
	}

	private static long clientsIn(Path workspace) throws IOException {
		try (Stream<Path> folders = Files.list(workspace)) {
			return folders.filter(folder -> Files.isRegularFile(folder.resolve("client.pbclient"))).count();
		}
	}

	@Test
	public void everyOtherCommandLineIsRunByCi() throws IOException {
		String ci = Files.readString(Product.ROOT.resolve(".ci/run"));
		List<String> notRun = CommandLines.ofMarkdown(Files.readString(README)).stream().filter(example -> !example.runsPlaybook())
				.map(CommandLines.Example::line).filter(line -> ci.lines().noneMatch(ciLine -> ciLine.strip().startsWith(line))).toList();
		assertTrue(notRun.isEmpty(), "README.md shows command lines that no test runs: " + notRun);
	}

	@Test
	public void inlineCommandsAreSynopsesOrShownInABlock() throws IOException {
		String readme = Files.readString(README);
		List<String> blockLines = CommandLines.ofMarkdown(readme).stream().map(CommandLines.Example::line).toList();
		List<String> unchecked = new ArrayList<>();
		var inline = java.util.regex.Pattern.compile("`(\\./playbook[^`]*)`").matcher(readme.replaceAll("\\s*\\n\\s*", " "));
		while (inline.find()) {
			String command = inline.group(1);
			boolean synopsis = command.matches(".*\\b[A-Z][A-Z_.]+\\b.*|.*\\[.*|.*\\.\\.\\..*");
			if (!synopsis && !blockLines.contains(command)
					&& blockLines.stream().noneMatch(line -> line.startsWith(command + " ") || line.startsWith("xvfb-run -a " + command))) {
				unchecked.add(command);
			}
		}
		assertFalse(!unchecked.isEmpty(), "inline command lines that no block shows (so no test runs them): " + unchecked);
	}
}
