package org.playbook.library.ui;

import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.playbook.library.LibraryService;
import org.playbook.workspace.InstanceFolder;

/**
 * The library of the workspace the workbench runs on, opened once in a background job (it
 * may rebuild the index) and closed when the workbench shuts down. Views ask for it and
 * get it when it is ready, never on the UI thread's time.
 */
public final class LibraryAccess {
	private static CompletableFuture<LibraryService> service;

	private LibraryAccess() {
	}

	/** The library service, opened on first request. */
	public static synchronized CompletableFuture<LibraryService> service() {
		if (service == null) {
			CompletableFuture<LibraryService> opening = new CompletableFuture<>();
			Job.create("Opening the practice library", monitor -> {
				try {
					opening.complete(LibraryService.open(InstanceFolder.get()));
				} catch (Exception e) {
					ILog.of(LibraryAccess.class).log(Status.error("The practice library could not be opened: " + e.getMessage(), e));
					opening.completeExceptionally(e);
				}
			}).schedule();
			closeOnShutdown(opening);
			service = opening;
		}
		return service;
	}

	private static void closeOnShutdown(CompletableFuture<LibraryService> opening) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				opening.thenAccept(library -> {
					try {
						library.close();
					} catch (Exception e) {
						ILog.of(LibraryAccess.class).log(Status.warning("The practice library's index was not closed cleanly", e));
					}
				});
			}
		});
	}
}
