package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.playbook.workspace.InstanceFolder;

/**
 * Playbook without a window: "playbook COMMAND [ARGS]" for researchers' batch work and
 * agencies' nightly jobs. The launcher script sends every command line whose first word is
 * not an option here, so {@link #COMMANDS} is the one list of commands: a word that is not
 * one of them is refused here, never taken for a workbench start.
 * Exit codes: 0 done, 1 the work failed, 2 the arguments are wrong.
 */
public class PlaybookCli implements IApplication {
	static final List<Command> COMMANDS = List.of(new InitCommand(), new SearchCommand(), new ImportCommand(), new IndexCommand(),
			new AuditCommand(), new ReportCommand(), new ActualsCommand(), new ShareCommand(), new CloneCommand(), new HistoryCommand(),
			new DiffCommand(), new SyncCommand(), new LibraryCommand(), new CalendarCommand(), new ReviewPackCommand(),
			new ReviewImportCommand());

	/** The names of the commands, in the order the help lists them (the user guide lists them so too). */
	public static List<String> commandNames() {
		return COMMANDS.stream().map(Command::name).toList();
	}

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return Integer.valueOf(run(args == null ? List.of() : Arrays.asList(args), workspaceChoice(), System.out, System.err));
	}

	@Override
	public void stop() {
		// commands finish on their own
	}

	/**
	 * The workspace given with -data, or else the default one (~/playbook-workspace) marked as
	 * not chosen, so that commands that only read use it only when it exists.
	 */
	private static WorkspaceChoice workspaceChoice() {
		Location location = Platform.getInstanceLocation();
		if (location == null) {
			return WorkspaceChoice.NONE; // -data @none
		}
		boolean given = location.isSet(); // checked first: asking for the URL sets the default
		Path folder = InstanceFolder.get();
		return folder == null ? WorkspaceChoice.NONE : new WorkspaceChoice(folder, given);
	}

	/** Runs one command line on a workspace chosen by the caller (null: none); the entry point tests use. */
	public static int run(List<String> args, Path workspace, PrintStream out, PrintStream err) {
		return run(args, workspace == null ? WorkspaceChoice.NONE : new WorkspaceChoice(workspace, true), out, err);
	}

	/** {@link #run(List, Path, PrintStream, PrintStream)} with these environment variables instead of the process's. */
	public static int run(List<String> args, Path workspace, java.util.Map<String, String> environment, PrintStream out, PrintStream err) {
		return Environment.with(environment, () -> run(args, workspace, out, err));
	}

	static int run(List<String> args, WorkspaceChoice workspace, PrintStream out, PrintStream err) {
		if (args.isEmpty() || List.of("help", "--help", "-help", "-h").contains(args.get(0))) {
			out.print(Help.overview(COMMANDS));
			return args.isEmpty() ? Command.USAGE : Command.OK;
		}
		Command command = COMMANDS.stream().filter(c -> c.name().equals(args.get(0))).findFirst().orElse(null);
		if (command == null) {
			err.println(Help.launcher() + ": unknown command '" + Terminal.safe(args.get(0)) + "'; " + Help.launcher()
					+ " --help lists the commands");
			return Command.USAGE;
		}
		List<String> rest = args.subList(1, args.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			out.print(Help.of(command));
			return Command.OK;
		}
		try {
			return command.run(rest, workspace.folderFor(command), out, err);
		} catch (Arguments.UsageException e) {
			err.println(Help.launcher() + " " + command.name() + ": " + e.getMessage());
			err.println("Run '" + Help.launcher() + " " + command.name() + " --help' for its usage.");
			return Command.USAGE;
		} catch (LockObtainFailedException e) {
			err.println(Help.launcher() + " " + command.name() + ": the workspace's index is in use by a running Playbook; close it and try again");
			return Command.FAILED;
		} catch (Exception e) {
			err.println(Help.launcher() + " " + command.name() + ": " + Terminal.safe(String.valueOf(e.getMessage())));
			return Command.FAILED;
		}
	}

	/** The workspace -data named, or the default one and whether it was named. */
	record WorkspaceChoice(Path folder, boolean given) {
		static final WorkspaceChoice NONE = new WorkspaceChoice(null, false);

		/** What the command works on: the named folder; the default one if it exists or the command creates it; else none. */
		Path folderFor(Command command) {
			if (folder == null || given || command.createsWorkspace() || Files.isDirectory(folder)) {
				return folder;
			}
			return null;
		}
	}
}
