package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.playbook.team.AgencyRepository;
import org.playbook.team.ClientGroups;
import org.playbook.team.SyncResult;
import org.playbook.team.TeamException;
import org.playbook.team.merge.Conflict;
import org.playbook.team.merge.Side;

/** playbook sync [WORKSPACE] [--group NAME] [--keep mine|theirs] [--author "Name <email>"] [--user NAME] */
final class SyncCommand implements Command {

	@Override
	public String name() {
		return "sync";
	}

	@Override
	public String summary() {
		return "commit, bring in the agency's changes (merged element by element), push";
	}

	@Override
	public String usage() {
		return "[WORKSPACE] [--group NAME] [--keep mine|theirs] [--author \"Name <email>\"] [--user NAME]";
	}

	@Override
	public String description() {
		return """
				Commits the workspace's changes, fetches what colleagues pushed to the agency
				repository, merges strategy, client and library files element by element
				(changes to different elements, or to different features of one element,
				are all kept), and pushes. When the same feature of the same element was
				changed on both sides (or an element removed on one side and changed on the
				other), a person must decide: the sync lists each such change with both
				values, writes nothing into the files, and exits with 1. Decide in the
				workbench, or keep one side for all of them with --keep.

				A merge cut short (a crash) is undone on the next sync and done again; the
				workspace's own changes are committed before any merge, so none is lost.
				An agency repository that cannot be reached, or refuses the push, is said in
				one line; the changes stay committed here for the next sync.

				Options:
				  --keep SIDE     mine or theirs: the side kept where both changed the same
				  --group NAME    sync this group of clients only (a workspace shared in
				                  groups syncs each of its groups in turn without it)
				  --author TEXT   who commits, as "Name <email>"
				""" + TeamCommands.LOGIN_HELP + """

				Exit codes: 0 synced, 1 a person must decide (or the sync failed), 2 usage.
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("sync ~/playbook-workspace");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of("keep", "author", "user", "group"));
		if (arguments.words().size() > 1) {
			throw new Arguments.UsageException("name one workspace folder");
		}
		Side keep = null;
		if (arguments.option("keep") != null) {
			keep = switch (arguments.option("keep")) {
			case "mine" -> Side.MINE;
			case "theirs" -> Side.THEIRS;
			default -> throw new Arguments.UsageException("--keep takes mine or theirs, not '" + arguments.option("keep") + "'");
			};
		}
		Side chosen = keep;
		Path folder = TeamCommands.workspace(arguments, workspace);
		String group = arguments.option("group");
		List<String> groups = group != null ? List.of(group)
				: java.nio.file.Files.exists(folder.resolve(".git")) ? List.of() : ClientGroups.names(folder);
		if (groups.isEmpty()) {
			try (AgencyRepository repository = AgencyRepository.open(folder).using(TeamCommands.access(arguments))) {
				return syncOne(repository, arguments, chosen, folder, out, err);
			} catch (TeamException e) {
				return TeamCommands.failed(name(), e, err);
			}
		}
		int worst = OK;
		for (String each : groups) { // a failing group does not stop the others
			out.println("Group " + each + ":");
			try (AgencyRepository repository = ClientGroups.open(folder, each).using(TeamCommands.access(arguments))) {
				worst = Math.max(worst, syncOne(repository, arguments, chosen, folder, out, err));
			} catch (TeamException e) {
				worst = Math.max(worst, TeamCommands.failed(name() + " (group " + each + ")", e, err));
			}
		}
		return worst;
	}

	private static int syncOne(AgencyRepository repository, Arguments arguments, Side chosen, Path folder, PrintStream out, PrintStream err)
			throws TeamException, Arguments.UsageException {
		org.eclipse.jgit.lib.PersonIdent author = TeamCommands.author(arguments);
		SyncResult result = repository.sync(author == null ? repository.defaultAuthor() : author, conflict -> chosen);
		result.notes().forEach(note -> out.println(note));
		if (result.committed()) {
			out.println("Committed this workspace's changes.");
		}
		if (result.needsAPerson()) {
			err.println(Help.launcher() + " sync: " + Arguments.count(result.conflicts().size(), "change needs", "changes need")
					+ " a person to decide; nothing was written into the files:");
			for (Conflict conflict : result.conflicts()) {
				err.println("  " + Terminal.safe(conflict.toString()));
			}
			err.println("Decide in the workbench, or keep one side for all: " + Help.launcher() + " sync " + folder + " --keep mine|theirs");
			return FAILED;
		}
		out.println(result.received() == 0 ? "Nothing new in the agency repository."
				: "Received " + Arguments.count(result.received(), "commit", "commits") + ".");
		if (!result.merged().isEmpty()) {
			out.println("Merged element by element: " + String.join(", ", result.merged()) + ".");
		}
		if (!result.taken().isEmpty()) {
			out.println("Updated: " + Arguments.count(result.taken().size(), "file", "files") + ".");
		}
		out.println("Pushed to " + Terminal.safe(repository.remoteUrl()) + ".");
		return OK;
	}
}
