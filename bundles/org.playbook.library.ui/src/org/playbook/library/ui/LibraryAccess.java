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
import org.playbook.workspace.WorkspaceLock;

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
			Job.create(Messages.LibraryAccess_openingThePracticeLibrary, monitor -> {
				// under the workspace's lock: a command running on the workspace holds the index's
				// one writer until it ends, and the workbench must not settle for reading it only
				try (WorkspaceLock.Held lock = WorkspaceLock.acquire(InstanceFolder.get(), Messages.LibraryAccess_thePlaybookWorkbenchOpening)) {
					opening.complete(LibraryService.open(InstanceFolder.get()));
				} catch (Exception e) {
					ILog.of(LibraryAccess.class).log(Status.error("The practice library could not be opened: " + e.getMessage(), e));
					opening.completeExceptionally(e);
				}
			}).schedule();
			closeOnShutdown(opening);
			opening.thenAccept(LibraryAccess::followSaves);
			service = opening;
		}
		return service;
	}

	/** Strategy files saved, added or deleted in the workspace are indexed again in the background. */
	private static void followSaves(LibraryService library) {
		org.eclipse.core.resources.ResourcesPlugin.getWorkspace().addResourceChangeListener(event -> {
			if (event.getDelta() == null) {
				return;
			}
			java.util.List<java.nio.file.Path> changed = new java.util.ArrayList<>();
			try {
				event.getDelta().accept(delta -> {
					if (delta.getResource() instanceof org.eclipse.core.resources.IFile file && "playbook".equals(file.getFileExtension())
							&& file.getLocation() != null && org.playbook.workspace.projects.ClientProjects.changesContent(delta)) {
						changed.add(file.getLocation().toPath());
					}
					return true;
				});
			} catch (org.eclipse.core.runtime.CoreException e) {
				return;
			}
			if (changed.isEmpty()) {
				return;
			}
			Job reindex = Job.create(Messages.LibraryAccess_indexingSavedStrategies, monitor -> {
				for (java.nio.file.Path file : changed) {
					try {
						library.reindexStrategy(file);
					} catch (java.io.IOException e) {
						ILog.of(LibraryAccess.class).log(Status.warning("The strategy " + file + " was not indexed again: " + e.getMessage(), e));
					}
				}
			});
			reindex.setSystem(true);
			reindex.schedule();
		}, org.eclipse.core.resources.IResourceChangeEvent.POST_CHANGE);
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
