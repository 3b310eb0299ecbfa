package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.playbook.workspace.InstanceFolder;

/**
 * Playbook without a window: "playbook COMMAND [ARGS]" for researchers' batch work and
 * agencies' nightly jobs. Exit codes: 0 done, 1 the work failed, 2 the arguments are wrong.
 */
public class PlaybookCli implements IApplication {
	private static final List<Command> COMMANDS = List.of(new SearchCommand(), new ImportCommand(), new IndexCommand(), new AuditCommand(), new ReportCommand(), new ActualsCommand());

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return Integer.valueOf(run(args == null ? List.of() : Arrays.asList(args), InstanceFolder.get(), System.out, System.err));
	}

	@Override
	public void stop() {
		// commands finish on their own
	}

	/** Runs one command line; the entry point tests use too. */
	public static int run(List<String> args, Path workspace, PrintStream out, PrintStream err) {
		if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
			out.print(overview());
			return args.isEmpty() ? Command.USAGE : Command.OK;
		}
		Command command = COMMANDS.stream().filter(c -> c.name().equals(args.get(0))).findFirst().orElse(null);
		if (command == null) {
			err.println("playbook: unknown command '" + args.get(0) + "'");
			err.print(overview());
			return Command.USAGE;
		}
		List<String> rest = args.subList(1, args.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			out.print(command.help());
			return Command.OK;
		}
		try {
			return command.run(rest, workspace, out, err);
		} catch (Arguments.UsageException e) {
			err.println("playbook " + command.name() + ": " + e.getMessage());
			err.println("Run 'playbook " + command.name() + " --help' for its usage.");
			return Command.USAGE;
		} catch (LockObtainFailedException e) {
			err.println("playbook " + command.name() + ": the workspace's index is in use by a running Playbook; close it and try again");
			return Command.FAILED;
		} catch (Exception e) {
			err.println("playbook " + command.name() + ": " + e.getMessage());
			return Command.FAILED;
		}
	}

	static String overview() {
		StringBuilder text = new StringBuilder("Usage: playbook COMMAND [ARGS]\n\nCommands:\n");
		for (Command command : COMMANDS) {
			text.append(String.format("  %-8s %s%n", command.name(), command.summary()));
		}
		text.append("\nWithout -data FOLDER the workspace in ~/playbook-workspace is used if it exists,\n")
				.append("otherwise the library bundled with Playbook. 'playbook COMMAND --help' tells more.\n");
		return text.toString();
	}
}
