package org.playbook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.playbook.library.LibraryService;
import org.playbook.workspace.WorkspaceLock;

/**
 * The library a command works on, opened while the command holds the workspace's lock: the
 * index has one writer at a time, so commands on one workspace take turns (a second one
 * waits a while, then is refused naming the first). What was found wrong on the way (an
 * index rebuilt because it was damaged, one in use by the workbench) is said in one line.
 */
final class LibrarySession implements AutoCloseable {
	private final WorkspaceLock.Held lock;
	private final LibraryService service;

	private LibrarySession(WorkspaceLock.Held lock, LibraryService service) {
		this.lock = lock;
		this.service = service;
	}

	/**
	 * @param workspace null for the bundled library alone, in memory
	 * @param err where the notes go; null when the command says them itself
	 */
	static LibrarySession open(Path workspace, String purpose, PrintStream err) throws IOException {
		WorkspaceLock.Held lock = workspace == null ? null : WorkspaceLock.acquire(workspace, Help.launcher() + " " + purpose);
		try {
			LibraryService service = LibraryService.open(workspace);
			if (err != null && service.index().wasRepaired()) {
				err.println("Note: the index was rebuilt: " + service.index().rebuildReason() + ".");
			}
			if (err != null && service.index().notice() != null) {
				err.println("Note: " + service.index().notice() + ".");
			}
			return new LibrarySession(lock, service);
		} catch (IOException | RuntimeException e) {
			if (lock != null) {
				lock.close();
			}
			throw e;
		}
	}

	LibraryService service() {
		return service;
	}

	@Override
	public void close() throws IOException {
		try (WorkspaceLock.Held held = lock) {
			service.close();
		}
	}
}
