package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * One of the CLI's commands. Its usage line, description and examples are what
 * "playbook NAME --help" prints; the examples are real command lines, and a test runs each
 * of them through the launcher exactly as printed.
 */
interface Command {
	int OK = 0, FAILED = 1, USAGE = 2;

	String name();

	/** One line for the list of commands. */
	String summary();

	/** The arguments after the command's name, e.g. {@code QUERY [--limit N]}. */
	String usage();

	/** What the command does, its options and exit codes: paragraphs, without the usage line. */
	String description();

	/** Command lines without the launcher's name, e.g. {@code search "roi" --limit 3}. */
	List<String> examples();

	/**
	 * Whether the command keeps what it does in the workspace and so creates the default one
	 * (~/playbook-workspace) when it does not exist yet; the others then use the bundled
	 * library, or say that there is no workspace.
	 */
	default boolean createsWorkspace() {
		return false;
	}

	/**
	 * @param workspace the agency workspace, or null when there is none (the bundled library only)
	 * @return the exit code
	 */
	int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception;
}
