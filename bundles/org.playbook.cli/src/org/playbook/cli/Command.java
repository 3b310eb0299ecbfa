package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** One of the CLI's commands. */
interface Command {
	int OK = 0, FAILED = 1, USAGE = 2;

	String name();

	/** One line for the list of commands. */
	String summary();

	/** The full help text, shown by "playbook NAME --help". */
	String help();

	/**
	 * @param workspace the agency workspace, or null to use the bundled library only
	 * @return the exit code
	 */
	int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception;
}
