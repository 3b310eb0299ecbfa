package org.playbook.cli;

import java.nio.file.Path;

import org.eclipse.jgit.lib.PersonIdent;
import org.playbook.team.RemoteAccess;
import org.playbook.team.TeamException;

/** What the sharing commands have in common: the workspace they name, and who the author is. */
final class TeamCommands {
	private TeamCommands() {
	}

	/** The workspace named by the words (the first, if any), else the workspace the command runs in. */
	static Path workspace(Arguments arguments, Path workspace) throws Arguments.UsageException {
		if (!arguments.words().isEmpty()) {
			return Arguments.path(arguments.words().get(0));
		}
		if (workspace == null) {
			throw new Arguments.UsageException("name the workspace folder (there is no ~/playbook-workspace here)");
		}
		return workspace;
	}

	/** --author "Name <email>", or null when not given (the repository's configured user, else this computer's, then). */
	static PersonIdent author(Arguments arguments) throws Arguments.UsageException {
		String typed = arguments.option("author");
		if (typed == null) {
			return null;
		}
		java.util.regex.Matcher parts = java.util.regex.Pattern.compile("\\s*(.+?)\\s*<([^>]+)>\\s*").matcher(typed);
		if (!parts.matches()) {
			throw new Arguments.UsageException("--author takes \"Name <email>\", not '" + typed + "'");
		}
		return new PersonIdent(parts.group(1), parts.group(2));
	}

	/** The git server login: --user, with the token from the environment; keys and known hosts from ~/.ssh. */
	static RemoteAccess access(Arguments arguments) {
		return RemoteAccess.fromEnvironment(arguments.option("user"), Environment.variables());
	}

	/** The options' help lines every command that talks to the agency repository shows. */
	static final String LOGIN_HELP = """
			  --user NAME      the login on an https server; its token (or password) is read
			                   from the environment variable PLAYBOOK_GIT_TOKEN, never from
			                   the command line. An ssh server is reached with the keys and
			                   known hosts of ~/.ssh; an unknown host is refused, with the
			                   line to add to ~/.ssh/known_hosts.
			""";

	/** Prints one JSON object, readable by people too. */
	static void print(com.google.gson.JsonObject json, java.io.PrintStream out) {
		out.println(new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
	}

	/** Prints a sharing step that did not happen, in its own words. */
	static int failed(String command, TeamException e, java.io.PrintStream err) {
		err.println(Help.launcher() + " " + command + ": " + Terminal.safe(e.getMessage()));
		if (e.getMessage().contains("Share the workspace first") || e.getMessage().contains("share the workspace with a remote")) {
			err.println("To share it: " + Help.launcher() + " share WORKSPACE --remote URL");
		}
		return Command.FAILED;
	}
}
