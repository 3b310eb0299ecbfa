package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.playbook.team.AgencyRepository;
import org.playbook.team.ClientGroups;
import org.playbook.team.TeamException;

/** playbook share [WORKSPACE] [--remote URL] [--author "Name <email>"] */
final class ShareCommand implements Command {

	@Override
	public String name() {
		return "share";
	}

	@Override
	public String summary() {
		return "make the workspace a git repository shared with the agency (--remote)";
	}

	@Override
	public String usage() {
		return "[WORKSPACE] [--remote URL] [--group NAME --clients FOLDER,...] [--author \"Name <email>\"] [--user NAME]";
	}

	@Override
	public String description() {
		return """
				Makes the workspace (by default the one Playbook uses) a git repository and
				commits its clients, strategies and library. The workspace's own state
				(.metadata), backups and temporary files are not shared (.gitignore).
				With --remote, the repository is shared with the agency: a folder path (a
				shared drive; a new, empty repository is made there if there is none yet), or
				an ssh or https URL of an existing repository; the commits are pushed to it.
				No git program is needed.

				Options:
				  --remote URL     the agency repository: a path, ssh://... or https://...
				  --group NAME     share only some clients, as a team's group with a
				                   repository of its own (again with more --clients to add
				                   them); a workspace can hold several groups, each synced
				                   on its own, beside clients shared with nobody
				  --clients LIST   the group's client folders, comma-separated
				  --author TEXT    who commits, as "Name <email>" (else git's user.name and
				                   user.email, else this computer's user)
				""" + TeamCommands.LOGIN_HELP;
	}

	@Override
	public List<String> examples() {
		return List.of("share ~/playbook-workspace --remote ~/agency.git");
	}

	@Override
	public boolean createsWorkspace() {
		return true;
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of("remote", "author", "user", "group", "clients"));
		if (arguments.words().size() > 1) {
			throw new Arguments.UsageException("name one workspace folder");
		}
		Path folder = TeamCommands.workspace(arguments, workspace);
		String remote = arguments.option("remote");
		if (remote != null && !remote.contains("://") && !remote.matches("[^/]+@[^:]+:.*")) {
			remote = Arguments.path(remote).toString();
		}
		String group = arguments.option("group");
		if (group != null || arguments.option("clients") != null) {
			if (group == null || arguments.option("clients") == null) {
				throw new Arguments.UsageException("a group is shared with both --group NAME and --clients FOLDER,FOLDER");
			}
			List<String> clients = java.util.Arrays.stream(arguments.option("clients").split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
			try (AgencyRepository repository = ClientGroups.share(folder, group, clients, remote, TeamCommands.author(arguments),
					TeamCommands.access(arguments))) {
				out.println("Shared " + Arguments.count(clients.size(), "client", "clients") + " of " + repository.root() + " as the group " + group
						+ " (now " + String.join(", ", ClientGroups.clients(repository)) + ")"
						+ (remote == null ? "." : " with the agency repository " + Terminal.safe(remote) + "."));
				return OK;
			} catch (TeamException e) {
				return TeamCommands.failed(name(), e, err);
			}
		}
		try (AgencyRepository repository = AgencyRepository.share(folder, remote, TeamCommands.author(arguments), TeamCommands.access(arguments))) {
			out.println("Shared " + repository.root() + (remote == null ? " as a git repository." : " with the agency repository " + Terminal.safe(remote) + "."));
			return OK;
		} catch (TeamException e) {
			return TeamCommands.failed(name(), e, err);
		}
	}
}
