package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of ./playbook --help and of every command's --help, run exactly as printed on
 * a workspace made with ./playbook init in a fresh home folder. The list of commands is
 * read from the help itself, so a command added later is checked too.
 */
public class HelpExamplesTest {
	private static final Pattern COMMAND = Pattern.compile("^  ([a-z]+)\\s{2,}\\S.*");

	@TestFactory
	Stream<DynamicTest> everyExampleOfEveryHelpWorks() throws IOException {
		Product product = Product.fresh("help");
		assertEquals(0, product.run("./playbook init").exitCode());
		Product.Run overview = product.run("./playbook --help");
		assertEquals(0, overview.exitCode(), overview.toString());
		List<String> commands = commandsOf(overview.output());
		assertTrue(commands.containsAll(List.of("init", "search", "import", "index", "audit", "report", "actuals")), overview.toString());

		List<DynamicTest> tests = new ArrayList<>();
		examples(tests, product, "overview", overview.output());
		for (String command : commands) {
			Product.Run help = product.run("./playbook " + command + " --help");
			assertEquals(0, help.exitCode(), help.toString());
			assertTrue(help.output().startsWith("Usage: ./playbook " + command + " "), help.toString());
			assertFalse(CommandLines.ofHelp(help.output()).isEmpty(), "every command's help has examples: " + help);
			examples(tests, product, command, help.output());
		}
		return tests.stream();
	}

	private static void examples(List<DynamicTest> tests, Product product, String help, String text) {
		int[] windows = { 0 };
		for (String line : CommandLines.ofHelp(text)) {
			CommandLines.Example example = new CommandLines.Example(line, List.of(), 0);
			tests.add(DynamicTest.dynamicTest(help + ": " + line, () -> {
				if (example.startsWorkbench()) {
					product.startWorkbench(line, "help-" + help + "-workbench-" + ++windows[0]);
					return;
				}
				Product.Run run = product.run(line);
				// an audit that finds errors says so and exits with 1: the example did its work
				boolean auditFoundErrors = run.exitCode() == 1 && line.contains(" audit") && run.output().contains("error-level findings");
				assertTrue(run.exitCode() == 0 || auditFoundErrors, run.toString());
				assertFalse(run.output().isBlank(), "an example says what it did: " + run);
				assertFalse(run.output().contains("Exception"), run.toString());
			}));
		}
	}

	private static List<String> commandsOf(String overview) {
		List<String> commands = new ArrayList<>();
		boolean inCommands = false;
		for (String line : overview.lines().toList()) {
			if (line.startsWith("Commands")) {
				inCommands = true;
			} else if (inCommands) {
				Matcher command = COMMAND.matcher(line);
				if (!command.matches()) {
					break;
				}
				commands.add(command.group(1));
			}
		}
		return commands;
	}
}
