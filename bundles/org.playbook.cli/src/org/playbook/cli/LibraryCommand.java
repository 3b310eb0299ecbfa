package org.playbook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.playbook.library.solr.CollectionSetup;
import org.playbook.library.solr.LibraryPush;
import org.playbook.library.solr.LibraryServer;
import org.playbook.library.solr.SolrConfigset;
import org.playbook.library.solr.SolrLibrary;

/** playbook library create|push|status --server URLS [--collection NAME] [--shards N] [--replicas N] */
final class LibraryCommand implements Command {

	@Override
	public String name() {
		return "library";
	}

	@Override
	public String summary() {
		return "share the practice library on SolrCloud: create the collection, push the library to it";
	}

	@Override
	public String usage() {
		return "create|push|status|configset --server URLS [--collection NAME] [--shards N] [--replicas N] [--replica-type nrt|tlog]";
	}

	@Override
	public String description() {
		return """
				The practice library on a SolrCloud cluster, for agencies that search one pooled
				library. The embedded library stays the default; search --server searches the
				shared one.

				  create      upload the configset generated from Playbook's own index definitions
				              and create the collection from it (or reload it when it exists)
				  push        send the accepted practices and their posts' passages; what the
				              collection already holds as it is is not sent again, so pushing twice
				              changes nothing and a push cut short is finished by the next one.
				              Nothing is deleted: others share the collection
				  status      how many documents the collection holds
				  configset   write the generated configset's files into the folder given with
				              --to FOLDER, to read or to upload with Solr's own tools

				Options:
				""" + SharedLibraryOptions.HELP + """
				  --shards N          create: shards of the collection (default 1)
				  --replicas N        create: replicas of each shard (default 1)
				  --replica-type T    create: nrt (default: every replica indexes every document,
				                      all answer alike at once) or tlog (only each shard's leader
				                      indexes, the others copy its segments: faster pushes, and a
				                      copy may answer a little behind the leader)
				  --to FOLDER         configset: where to write it

				Exit codes: 0 done, 1 the server refused or cannot be reached (the embedded
				library is untouched), 2 a usage error.
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("library configset --to playbook-configset");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of(SharedLibraryOptions.SERVER, SharedLibraryOptions.COLLECTION, "shards", "replicas", "replica-type", "to"));
		if (arguments.words().size() != 1 || !List.of("create", "push", "status", "configset").contains(arguments.words().get(0))) {
			throw new Arguments.UsageException("say what to do: create, push, status or configset, e.g. " + Help.launcher()
					+ " library push --server http://localhost:8983/solr");
		}
		String action = arguments.words().get(0);
		if (action.equals("configset")) {
			return writeConfigset(arguments, out);
		}
		LibraryServer server = SharedLibraryOptions.of(arguments);
		if (server == null) {
			throw new Arguments.UsageException("name the shared library's server with --server, e.g. --server http://localhost:8983/solr");
		}
		try (SolrLibrary library = new SolrLibrary(server)) {
			switch (action) {
				case "create" -> out.println(capitalized(CollectionSetup.create(library, arguments.integer("shards", 1, 1, 64),
						arguments.integer("replicas", 1, 1, 16), replicaType(arguments))) + ".");
				case "push" -> {
					try (LibrarySession session = LibrarySession.open(workspace, "library push", err)) {
						LibraryPush.Result result = LibraryPush.push(library, session.service().libraryContent(), session.service().meanings());
						out.println("Pushed the library to " + server + ": " + result + ".");
					}
				}
				default -> out.println(server + " holds " + library.size() + " documents.");
			}
			return OK;
		} catch (SolrLibrary.ServerUnreachableException e) {
			err.println(Help.launcher() + " library " + action + ": the shared library cannot be reached (" + Terminal.safe(e.getMessage())
					+ "); nothing was changed");
			return FAILED;
		} catch (IOException e) {
			err.println(Help.launcher() + " library " + action + ": " + Terminal.safe(e.getMessage()));
			return FAILED;
		}
	}

	private static int writeConfigset(Arguments arguments, PrintStream out) throws Arguments.UsageException, IOException {
		String to = arguments.option("to");
		if (to == null) {
			throw new Arguments.UsageException("say where to write the configset with --to FOLDER");
		}
		Path folder = Arguments.path(to);
		java.nio.file.Files.createDirectories(folder);
		for (var file : SolrConfigset.files().entrySet()) {
			java.nio.file.Files.write(folder.resolve(file.getKey()), file.getValue());
		}
		out.println("Wrote the configset (" + String.join(", ", SolrConfigset.files().keySet()) + ") to " + folder + ".");
		return OK;
	}

	private static CollectionSetup.ReplicaType replicaType(Arguments arguments) throws Arguments.UsageException {
		String typed = arguments.option("replica-type");
		if (typed == null) {
			return CollectionSetup.ReplicaType.NRT;
		}
		try {
			return CollectionSetup.ReplicaType.valueOf(typed.toUpperCase(java.util.Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new Arguments.UsageException("--replica-type takes nrt or tlog, not " + typed);
		}
	}

	private static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
