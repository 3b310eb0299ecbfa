package org.playbook.product.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command lines of a text (README.md, or what a --help prints) and what they are said to
 * print. In README.md's indented code blocks every line is a command line, except lines
 * starting with "#": those right after a command line are what it prints ("…" stands for
 * anything), and "# exit code N" is its exit code (0 when not said). Fenced blocks hold
 * pictures (the layout), not commands.
 */
final class CommandLines {
	private static final Pattern EXIT_CODE = Pattern.compile("exit code (\\d+)");

	/** A command line, the lines it is said to print, in order, and its exit code. */
	record Example(String line, List<String> printed, int exitCode) {
		/** True for a line that starts the workbench rather than a command. */
		boolean startsWorkbench() {
			String[] words = line.replaceFirst("^xvfb-run( -a)? ", "").split("\\s+");
			if (!words[0].endsWith("playbook")) {
				return false;
			}
			for (int i = 1; i < words.length; i++) {
				if (words[i].equals("-data") || words[i].equals("-vmargs")) {
					i++;
				} else if (!words[i].startsWith("-") || words[i].matches("-h|-help|--help")) {
					return false;
				}
			}
			return true;
		}

		boolean runsPlaybook() {
			return line.matches("(xvfb-run( -a)? )?\\./playbook( .*)?");
		}

		/** Whether the output holds each printed line, in order, as a whole (trimmed) line. */
		String mismatch(List<String> output) {
			int at = 0;
			for (String expected : printed) {
				Pattern pattern = pattern(expected);
				while (at < output.size() && !pattern.matcher(output.get(at).strip()).matches()) {
					at++;
				}
				if (at == output.size()) {
					return "missing (in this order): " + expected;
				}
				at++;
			}
			return null;
		}

		private static Pattern pattern(String expected) {
			return Pattern.compile(Stream.of(expected.strip().split("…", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
		}
	}

	private CommandLines() {
	}

	/** The examples of a markdown text's indented code blocks. */
	static List<Example> ofMarkdown(String markdown) {
		List<Example> examples = new ArrayList<>();
		boolean fenced = false, previousBlank = true, inBlock = false;
		String line = null;
		List<String> printed = new ArrayList<>();
		int exitCode = 0;
		for (String text : markdown.lines().toList()) {
			if (text.startsWith("```")) {
				fenced = !fenced;
				continue;
			}
			boolean code = !fenced && text.startsWith("    ") && (inBlock || previousBlank);
			previousBlank = text.isBlank();
			inBlock = code || inBlock && text.isBlank();
			if (!code) {
				if (!text.isBlank() && line != null) { // prose ends the command before it
					examples.add(new Example(line, List.copyOf(printed), exitCode));
					line = null;
				}
				continue;
			}
			String content = text.substring(4);
			if (content.startsWith("#")) {
				String said = content.substring(1).strip();
				if (line != null && EXIT_CODE.matcher(said).matches()) {
					exitCode = Integer.parseInt(said.replaceAll("\\D", ""));
				} else if (line != null) {
					printed.add(content.length() > 2 ? content.substring(2) : "");
				}
				continue;
			}
			if (line != null) {
				examples.add(new Example(line, List.copyOf(printed), exitCode));
			}
			line = content.strip();
			printed.clear();
			exitCode = 0;
		}
		if (line != null) {
			examples.add(new Example(line, List.copyOf(printed), exitCode));
		}
		return examples;
	}

	/** The lines under "Examples:" of what a --help printed. */
	static List<String> ofHelp(String help) {
		List<String> lines = new ArrayList<>();
		boolean inExamples = false;
		for (String text : help.lines().toList()) {
			if (text.equals("Examples:")) {
				inExamples = true;
			} else if (inExamples && text.startsWith("  ")) {
				lines.add(text.strip());
			} else if (inExamples) {
				inExamples = false;
			}
		}
		return lines;
	}
}
