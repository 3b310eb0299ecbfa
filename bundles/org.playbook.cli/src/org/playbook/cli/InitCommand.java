package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.SampleAgency;

/** playbook init [FOLDER] [--empty] */
final class InitCommand implements Command {

	@Override
	public String name() {
		return "init";
	}

	@Override
	public String summary() {
		return "create an agency workspace holding the sample agency, to try Playbook and its commands";
	}

	@Override
	public String usage() {
		return "[FOLDER] [--empty]";
	}

	@Override
	public String description() {
		return """
				Creates the agency workspace folder (the one named, else -data, else
				~/playbook-workspace) and copies the sample agency into it: four clients whose
				strategies range from strong to weak, the same the workbench opens on at its
				first start. A folder that already holds clients is left as it is.

				Options:
				  --empty    create the workspace without the sample agency
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("init", "init ~/trial-agency --empty");
	}

	@Override
	public boolean createsWorkspace() {
		return true;
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("empty"), Set.of());
		if (arguments.words().size() > 1) {
			throw new Arguments.UsageException("init takes one workspace folder at most");
		}
		Path folder = arguments.words().isEmpty() ? workspace : Arguments.path(arguments.words().get(0));
		if (folder == null) {
			throw new Arguments.UsageException("name the folder of the new workspace");
		}
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new Arguments.UsageException(folder + " is a file, not a folder");
		}
		int clients = Files.isDirectory(folder) ? new AgencyLoader().load(folder).getClients().size() : 0;
		if (clients > 0) {
			out.println(folder + " already holds a workspace of " + clients + (clients == 1 ? " client" : " clients") + "; it was left as it is.");
			return OK;
		}
		Files.createDirectories(folder);
		if (arguments.flag("empty")) {
			out.println("Created the empty workspace " + folder + ".");
			return OK;
		}
		SampleAgency.install(folder);
		int installed = new AgencyLoader().load(folder).getClients().size();
		out.println("Created the workspace " + folder + " with the sample agency: " + installed + " clients.");
		return OK;
	}
}
