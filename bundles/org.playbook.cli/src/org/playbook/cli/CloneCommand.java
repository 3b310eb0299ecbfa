package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.playbook.team.AgencyRepository;
import org.playbook.team.ClientGroups;
import org.playbook.team.TeamException;

/** playbook clone URL FOLDER */
final class CloneCommand implements Command {

	@Override
	public String name() {
		return "clone";
	}

	@Override
	public String summary() {
		return "make a new workspace from the agency repository";
	}

	@Override
	public String usage() {
		return "URL FOLDER [--group NAME] [--user NAME]";
	}

	@Override
	public String description() {
		return """
				Copies the agency repository (a folder path, ssh://... or https://...) into a
				new workspace folder, with every client's history. Start Playbook on it with
				-data FOLDER; playbook sync FOLDER brings in what colleagues pushed since.

				With --group, FOLDER is a workspace (new, or one with clients already): the
				group's clients are brought in beside the others, and a client folder of the
				group that the workspace already has is never overwritten (the clone is
				refused and nothing is written).

				Options:
				  --group NAME     join a team's group of clients into the workspace
				""" + TeamCommands.LOGIN_HELP;
	}

	@Override
	public List<String> examples() {
		return List.of("clone ~/agency.git ~/colleague-workspace");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of("user", "group"));
		if (arguments.words().size() != 2) {
			throw new Arguments.UsageException("name the agency repository and a new folder: clone URL FOLDER");
		}
		String remote = arguments.words().get(0);
		if (!remote.contains("://") && !remote.matches("[^/]+@[^:]+:.*")) {
			remote = Arguments.path(remote).toString();
		}
		Path folder = Arguments.path(arguments.words().get(1));
		String group = arguments.option("group");
		if (group != null) {
			try (AgencyRepository repository = ClientGroups.join(remote, folder, group, TeamCommands.access(arguments))) {
				out.println("Joined the group " + group + " in " + repository.root() + ": " + String.join(", ", ClientGroups.clients(repository)) + ".");
				return OK;
			} catch (TeamException e) {
				return TeamCommands.failed(name(), e, err);
			}
		}
		try (AgencyRepository repository = AgencyRepository.cloneFrom(remote, folder, TeamCommands.access(arguments))) {
			out.println("Cloned " + Terminal.safe(remote) + " into " + repository.root() + ".");
			return OK;
		} catch (TeamException e) {
			return TeamCommands.failed(name(), e, err);
		}
	}
}
