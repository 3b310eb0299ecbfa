package org.playbook.team.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.playbook.team.AgencyRepository;
import org.playbook.team.SyncResult;
import org.playbook.team.TeamException;
import org.playbook.team.merge.Conflict;
import org.playbook.team.merge.Side;
import org.playbook.workspace.projects.ClientProjects;

/**
 * What the Team menu does, with progress and plain errors: share, commit, pull, push and
 * synchronize the workbench's workspace. After anything that changes files, the workspace
 * is refreshed, so the model service brings the new versions to open editors (a clean one
 * reloads, one with unsaved edits asks) and new clients appear.
 */
public final class TeamActions {
	private TeamActions() {
	}

	/** The folder of the workbench's workspace. */
	static Path workspace() {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
	}

	public static boolean share(Shell shell, String remote) {
		return run(shell, Messages.Progress_share, () -> {
			AgencyRepository.share(workspace(), remote == null || remote.isBlank() ? null : remote.strip(), TeamPreferences.author()).close();
			return Boolean.TRUE;
		}) != null;
	}

	public static boolean commit(Shell shell, String message) {
		return run(shell, Messages.Commit_title, () -> {
			try (AgencyRepository repository = AgencyRepository.open(workspace())) {
				return repository.commitAll(message, author(repository));
			}
		}) == Boolean.TRUE;
	}

	public static boolean push(Shell shell) {
		return run(shell, Messages.Progress_push, () -> {
			try (AgencyRepository repository = AgencyRepository.open(workspace())) {
				repository.pushCommits(author(repository));
				return Boolean.TRUE;
			}
		}) != null;
	}

	/**
	 * Pulls (and, with {@code andPush}, pushes), asking {@code decide} about the changes a
	 * person must decide; answers the last result, or null when it failed or nobody decided.
	 */
	public static SyncResult synchronize(Shell shell, boolean andPush, Function<List<Conflict>, Map<String, Side>> decide) {
		PlatformUI.getWorkbench().saveAllEditors(true); // what is synchronized is what is saved
		Map<String, Side> choices = Map.of();
		while (true) {
			Map<String, Side> decided = choices;
			SyncResult result = run(shell, andPush ? Messages.Progress_sync : Messages.Progress_pull, () -> {
				try (AgencyRepository repository = AgencyRepository.open(workspace())) {
					Function<Conflict, Side> choice = conflict -> decided.get(conflict.key());
					SyncResult done = andPush ? repository.sync(author(repository), choice) : repository.pull(author(repository), choice);
					if (!done.needsAPerson()) {
						refresh();
					}
					return done;
				}
			});
			if (result == null || !result.needsAPerson()) {
				return result;
			}
			Map<String, Side> answer = decide.apply(result.conflicts());
			if (answer == null) {
				return null; // the strategist closed the dialog: nothing was written
			}
			java.util.HashMap<String, Side> all = new java.util.HashMap<>(choices);
			all.putAll(answer);
			choices = all;
		}
	}

	/** Asks in the merge dialog. */
	static Function<List<Conflict>, Map<String, Side>> askIn(Shell shell) {
		return conflicts -> new MergeDialog(shell, conflicts).decide();
	}

	private static PersonIdent author(AgencyRepository repository) {
		PersonIdent preferred = TeamPreferences.author();
		return preferred != null ? preferred : repository.defaultAuthor();
	}

	/** The workspace as the files now are: changed strategies reach the model service; new client folders become projects. */
	private static void refresh() throws TeamException {
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				ResourcesPlugin.getWorkspace().getRoot().refreshLocal(IResource.DEPTH_INFINITE, monitor);
				ClientProjects.adoptFolders(monitor);
			}, null);
		} catch (CoreException e) {
			throw new TeamException(e.getMessage(), e);
		}
	}

	private interface TeamCall<T> {
		T call() throws TeamException;
	}

	/** Runs the call with progress; a failure is shown in its own words and answers null. */
	private static <T> T run(Shell shell, String task, TeamCall<T> call) {
		Object[] result = new Object[1];
		try {
			PlatformUI.getWorkbench().getProgressService().run(true, false, (IProgressMonitor monitor) -> {
				monitor.beginTask(task, IProgressMonitor.UNKNOWN);
				try {
					result[0] = call.call();
				} catch (TeamException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			ErrorDialog.openError(shell, Messages.Failed_title, null, Status.error(String.valueOf(cause.getMessage()), cause));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}
}
