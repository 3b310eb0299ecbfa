package org.playbook.library.ui;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.playbook.library.LibraryService;
import org.playbook.library.search.PracticeSearch;
import org.playbook.library.solr.FallbackSearch;
import org.playbook.library.solr.LibraryPush;
import org.playbook.library.solr.LibraryServer;
import org.playbook.library.solr.SolrLibrary;

/**
 * The library the workbench searches: the embedded one, or the shared library on SolrCloud
 * named in Window > Preferences > Shared Library (falling back to the embedded one while it
 * cannot be reached). What the strategist accepts is pushed to the shared library in the
 * background; when the server is out of reach the push waits, marked in the preferences,
 * and is done after the next search the shared library answers.
 */
public final class SharedLibrary {
	public static final String NODE = "org.playbook.library.ui", SERVER = "sharedServer", COLLECTION = "sharedCollection",
			PENDING_PUSH = "sharedPushPending";
	private static LibraryServer current;
	private static FallbackSearch search;

	private SharedLibrary() {
	}

	static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** The server named in the preferences, or null for the embedded library (none named, or not a server's address). */
	public static LibraryServer configured() {
		String server = preferences().get(SERVER, "");
		if (server.isBlank()) {
			return null;
		}
		try {
			return LibraryServer.parse(server, preferences().get(COLLECTION, LibraryServer.DEFAULT_COLLECTION));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** What the views search: the shared library with the embedded one behind it, or the embedded one. */
	static synchronized PracticeSearch search(LibraryService library) {
		LibraryServer server = configured();
		if (server == null) {
			closeShared();
			return library.index();
		}
		if (!server.equals(current)) {
			closeShared();
			current = server;
			search = new FallbackSearch(new SolrLibrary(server), library.index());
		}
		return search;
	}

	/** Which library answered the last search, as the Search view's heading says it. */
	static String answeredBy(PracticeSearch searched) {
		return searched instanceof FallbackSearch shared ? shared.answeredBy() : searched.describe();
	}

	/** After a search the shared library answered: a push that waited for it is done now. */
	static void answered(PracticeSearch searched, LibraryService library) {
		if (searched instanceof FallbackSearch shared && shared.answeredBy().equals(shared.describe()) && preferences().getBoolean(PENDING_PUSH, false)) {
			push(library);
		}
	}

	/** Pushes the library to the shared one in the background, if one is named; marks it pending when the server cannot be reached. */
	static void push(LibraryService library) {
		LibraryServer server = configured();
		if (server == null) {
			return;
		}
		Job job = Job.create(NLS.bind(Messages.SharedLibrary_pushing, server), monitor -> {
			try (SolrLibrary shared = new SolrLibrary(server)) {
				LibraryPush.Result result = LibraryPush.push(shared, library.libraryContent(), library.meanings());
				preferences().putBoolean(PENDING_PUSH, false);
				ILog.of(SharedLibrary.class).info("Pushed the library to " + server + ": " + result);
			} catch (IOException e) {
				preferences().putBoolean(PENDING_PUSH, true);
				ILog.of(SharedLibrary.class).log(Status.warning("The library waits to be pushed to " + server + ": " + e.getMessage()));
			}
			flush();
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private static void flush() {
		try {
			preferences().flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			ILog.of(SharedLibrary.class).log(Status.warning("The shared library's preferences were not saved: " + e.getMessage(), e));
		}
	}

	private static void closeShared() {
		if (search != null) {
			try {
				search.shared().close();
			} catch (IOException e) {
				// a client let go of: nothing of it to keep
			}
		}
		search = null;
		current = null;
	}
}
