package org.playbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: words, flags (--json) and options with a value (--limit 5). Anything
 * not declared is a usage error, reported rather than ignored.
 */
final class Arguments {
	private final List<String> words = new ArrayList<>();
	private final Map<String, String> options = new HashMap<>();

	/** Thrown for arguments a command does not take; the CLI exits with 2. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	static Arguments parse(List<String> args, Set<String> flags, Set<String> valued) throws UsageException {
		Arguments parsed = new Arguments();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--") && arg.length() > 2) {
				String name = arg.substring(2);
				int equals = name.indexOf('=');
				if (equals > 0 && valued.contains(name.substring(0, equals))) {
					parsed.options.put(name.substring(0, equals), name.substring(equals + 1));
				} else if (valued.contains(name)) {
					if (i + 1 >= args.size()) {
						throw new UsageException("--" + name + " needs a value");
					}
					parsed.options.put(name, args.get(++i));
				} else if (flags.contains(name)) {
					parsed.options.put(name, "true");
				} else {
					throw new UsageException("unknown option --" + name);
				}
			} else {
				parsed.words.add(arg);
			}
		}
		return parsed;
	}

	List<String> words() {
		return words;
	}

	/**
	 * The agency workspace folder a command works on: its one word if given, else the
	 * workspace Playbook runs on; a usage error when there is none or it is not a folder.
	 */
	Path workspaceFolder(Path workspace, String command) throws UsageException {
		if (words.size() > 1) {
			throw new UsageException(command + " takes one workspace folder at most");
		}
		Path folder = words.isEmpty() ? workspace : path(words.get(0));
		if (folder == null || !Files.isDirectory(folder)) {
			throw new UsageException(folder == null
					? "there is no workspace yet: '" + Help.launcher() + " init' creates ~/playbook-workspace with the sample agency, or name a folder"
					: "no workspace folder " + folder);
		}
		return folder;
	}

	/**
	 * A path as the user typed it, taken in the folder the command was typed in (the launcher
	 * starts Java there), with "." and ".." resolved.
	 */
	static Path path(String typed) {
		return Path.of(typed).toAbsolutePath().normalize();
	}

	/** "1 strategy", "4 strategies". */
	static String count(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	/** The option's value, or null if it was not given. */
	String option(String name) {
		return options.get(name);
	}

	/** The option's date (2026-03-02), or null if it was not given. */
	java.time.LocalDate date(String name) throws UsageException {
		String typed = options.get(name);
		if (typed == null) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(typed.strip());
		} catch (java.time.format.DateTimeParseException e) {
			throw new UsageException("--" + name + " '" + typed + "' is not a date like 2026-03-02");
		}
	}

	boolean flag(String name) {
		return options.containsKey(name);
	}

	int integer(String name, int fallback, int min, int max) throws UsageException {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed < min || parsed > max) {
				throw new UsageException("--" + name + " must be between " + min + " and " + max);
			}
			return parsed;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " takes a whole number, not '" + value + "'");
		}
	}
}
