package org.playbook.cli;

import java.util.List;

/**
 * The help texts, written with the launcher's name as the user typed it (./playbook, or
 * playbook when it is on the PATH), so that every example can be typed exactly as shown.
 */
final class Help {
	/** Set by the launcher script to the name it was started by. */
	static final String LAUNCHER_PROPERTY = "playbook.launcher";

	private Help() {
	}

	static String launcher() {
		String name = System.getProperty(LAUNCHER_PROPERTY);
		return name == null || name.isBlank() ? "playbook" : name;
	}

	/** "Usage: ./playbook NAME USAGE", the description and the examples of one command. */
	static String of(Command command) {
		StringBuilder text = new StringBuilder("Usage: ").append(launcher()).append(' ').append(command.name()).append(' ')
				.append(command.usage()).append("\n\n").append(command.description().stripTrailing()).append('\n');
		appendExamples(text, command.examples());
		return text.toString();
	}

	/** The launcher's own usage, every command with its one line, and the options. */
	static String overview(List<Command> commands) {
		String me = launcher();
		StringBuilder text = new StringBuilder();
		text.append("Usage: ").append(me).append(" [-data FOLDER] [ECLIPSE-OPTIONS]    the workbench\n");
		text.append("       ").append(me).append(" COMMAND [ARGS...] [-data FOLDER]    a command, without a window\n\n");
		text.append("""
				Starts the Playbook workbench on the agency workspace in FOLDER (default:
				~/playbook-workspace; a first start fills it with the sample agency), or runs a
				command without a window. The product is built on the first start.

				Commands ('COMMAND --help' for each):
				""");
		for (Command command : commands) {
			text.append(String.format("  %-8s %s%n", command.name(), command.summary()));
		}
		text.append("""

				Options:
				  -data FOLDER      the agency workspace, before or after the command; without it,
				                    commands use ~/playbook-workspace if it exists, else the
				                    library bundled with Playbook
				  --build-product   build the product again from its sources before starting
				  -vmargs ARGS...   options for the Java virtual machine (the last option)
				  -h, --help        this help
				Other Eclipse options (-clean, -consoleLog, -nl de...) reach the workbench.

				Exit codes of the commands: 0 done, 1 failed, 2 wrong arguments.
				""");
		appendExamples(text, List.of("", "-data ~/other-agency", "search \"listen more than talk\" --limit 3", "audit --help"));
		return text.toString();
	}

	private static void appendExamples(StringBuilder text, List<String> examples) {
		if (examples.isEmpty()) {
			return;
		}
		text.append("\nExamples:\n");
		for (String example : examples) {
			text.append("  ").append(launcher()).append(example.isEmpty() ? "" : " " + example).append('\n');
		}
	}
}
