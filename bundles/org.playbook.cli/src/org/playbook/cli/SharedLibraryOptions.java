package org.playbook.cli;

import org.playbook.library.solr.LibraryServer;

/** The --server and --collection options of the commands that use the shared library on SolrCloud. */
final class SharedLibraryOptions {
	static final String SERVER = "server", COLLECTION = "collection";
	static final String HELP = """
			  --server URLS       the shared library's SolrCloud: the base URL of a Solr node,
			                      e.g. http://localhost:8983/solr, or several, comma-separated,
			                      each tried in turn when one is down
			  --collection NAME   its collection (default playbook)
			""";

	private SharedLibraryOptions() {
	}

	/** The server named, or null when the command is to use the embedded library. */
	static LibraryServer of(Arguments arguments) throws Arguments.UsageException {
		String server = arguments.option(SERVER);
		if (server == null) {
			if (arguments.option(COLLECTION) != null) {
				throw new Arguments.UsageException("--collection names a collection of a --server");
			}
			return null;
		}
		try {
			return LibraryServer.parse(server, arguments.option(COLLECTION));
		} catch (IllegalArgumentException e) {
			throw new Arguments.UsageException("--server: " + e.getMessage());
		}
	}
}
