package org.playbook.cli;

import java.util.Map;

/**
 * The environment variables the commands read (a git server's token, which never goes on
 * a command line, where process lists would show it). The process's own, unless the caller
 * of {@link PlaybookCli#run(java.util.List, java.nio.file.Path, Map, java.io.PrintStream, java.io.PrintStream)}
 * gives others.
 */
final class Environment {
	private static volatile Map<String, String> variables = System.getenv();

	private Environment() {
	}

	static Map<String, String> variables() {
		return variables;
	}

	/** Runs the command line with these variables in place of the process's, one command line at a time. */
	static synchronized int with(Map<String, String> given, java.util.function.IntSupplier commandLine) {
		Map<String, String> before = variables;
		variables = Map.copyOf(given);
		try {
			return commandLine.getAsInt();
		} finally {
			variables = before;
		}
	}
}
