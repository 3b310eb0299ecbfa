package org.playbook.team.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.playbook.team.AgencyRepository;
import org.playbook.team.ClientGroups;
import org.playbook.team.RemoteAccess;
import org.playbook.team.SyncCancelledException;
import org.playbook.team.SyncResult;
import org.playbook.team.TeamException;
import org.playbook.team.merge.Conflict;
import org.playbook.team.merge.Side;
import org.playbook.workspace.projects.ClientProjects;

/**
 * What the Team menu does, as workspace jobs with progress, cancel and plain errors: share,
 * commit, pull, push and synchronize the workbench's workspace. A sync writes the files it
 * brings in through the workspace (Local History keeps each one's earlier version) and then
 * adopts new client folders, so the model service brings the new versions to open editors
 * (a clean one reloads, one with unsaved edits asks) and new clients appear. Each network
 * call gets the job's monitor and the login: the secure storage's, else asked.
 */
public final class TeamActions {
	private static SecureLogin logins;

	private TeamActions() {
	}

	/** The secure storage the logins are read from and stored in (tests give one that asks no master password). */
	static synchronized SecureLogin logins() {
		if (logins == null) {
			logins = SecureLogin.standard();
		}
		return logins;
	}

	static synchronized void useLogins(SecureLogin storage) {
		logins = storage;
	}

	/** The login, keys, asker and progress for a call to the agency repository at the address. */
	static RemoteAccess access(String remote, IProgressMonitor monitor) {
		RemoteAccess access = RemoteAccess.headless().withProgress(new EclipseProgress(monitor));
		if (remote == null || !remote.contains("://") && !remote.matches("[^/]+@[^:]+:.*")) {
			return access; // a folder: no login, and the secure storage is not opened
		}
		SecureLogin storage = logins();
		access = access.askingWith(new WorkbenchAsker(storage));
		if (remote.startsWith("http")) {
			try {
				SecureLogin.Login login = storage.find(new org.eclipse.jgit.transport.URIish(remote).getHost());
				if (login != null) {
					access = access.withLogin(login.user(), login.token());
				}
			} catch (java.net.URISyntaxException e) {
				// not an address JGit reads either: its own message says so
			}
		}
		return access;
	}

	/** The folder of the workbench's workspace. */
	static Path workspace() {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
	}

	public static boolean share(Shell shell, String remote) {
		return run(shell, Messages.Progress_share, monitor -> {
			String address = remote == null || remote.isBlank() ? null : remote.strip();
			AgencyRepository.share(workspace(), address, TeamPreferences.author(), access(address, monitor)).close();
			return Boolean.TRUE;
		}) != null;
	}

	public static boolean commit(Shell shell, String message) {
		return run(shell, Messages.Commit_title, monitor -> {
			try (AgencyRepository repository = AgencyRepository.open(workspace())) {
				return repository.commitAll(message, author(repository));
			}
		}) == Boolean.TRUE;
	}

	public static boolean push(Shell shell) {
		return run(shell, Messages.Progress_push, monitor -> {
			try (AgencyRepository repository = connected(monitor)) {
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
			SyncResult result = run(shell, andPush ? Messages.Progress_sync : Messages.Progress_pull, monitor -> {
				SyncResult done = null;
				for (String group : groups()) { // a workspace shared in groups syncs each; one shared whole, once
					try (AgencyRepository repository = connected(group, monitor).writingThrough(new WorkspaceFiles(workspace(), monitor))) {
						Function<Conflict, Side> choice = conflict -> decided.get(conflict.key());
						SyncResult one = andPush ? repository.sync(author(repository), choice) : repository.pull(author(repository), choice);
						done = done == null ? one : done.and(one);
					}
				}
				if (!done.needsAPerson()) {
					refresh();
				}
				return done;
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

	private static AgencyRepository connected(IProgressMonitor monitor) throws TeamException {
		return connected(null, monitor);
	}

	/** The workspace's repository (group null), or one group's. */
	private static AgencyRepository connected(String group, IProgressMonitor monitor) throws TeamException {
		AgencyRepository repository = group == null ? AgencyRepository.open(workspace()) : ClientGroups.open(workspace(), group);
		return repository.using(access(repository.remoteUrl(), monitor));
	}

	/** The groups of clients the workspace shares, or one null for a workspace shared whole (or not yet). */
	private static List<String> groups() {
		List<String> groups = java.nio.file.Files.exists(workspace().resolve(".git")) ? List.of() : ClientGroups.names(workspace());
		return groups.isEmpty() ? java.util.Collections.singletonList(null) : groups;
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
		T call(IProgressMonitor monitor) throws TeamException;
	}

	/**
	 * Runs the call as a user job on the whole workspace (a sync may write into any client),
	 * its progress in the workbench's dialog with Cancel and Run in Background, and waits for
	 * it with the UI alive (the job may ask for a login or a host key). A failure is shown in
	 * its own words and answers null, as does a cancel.
	 */
	private static <T> T run(Shell shell, String task, TeamCall<T> call) {
		java.util.concurrent.atomic.AtomicReference<T> value = new java.util.concurrent.atomic.AtomicReference<>();
		java.util.concurrent.atomic.AtomicReference<TeamException> failure = new java.util.concurrent.atomic.AtomicReference<>();
		java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
		WorkspaceJob job = new WorkspaceJob(task) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) {
				monitor.beginTask(task, IProgressMonitor.UNKNOWN);
				try {
					value.set(call.call(monitor));
					return Status.OK_STATUS;
				} catch (SyncCancelledException e) {
					return Status.CANCEL_STATUS;
				} catch (TeamException e) {
					failure.set(e);
					return Status.OK_STATUS; // said in a dialog of its own below, not twice
				} finally {
					monitor.done();
				}
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setUser(true);
		Display display = shell.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				finished.set(true);
				display.wake();
			}
		});
		job.schedule();
		while (!finished.get()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		if (failure.get() != null) {
			TeamException cause = failure.get();
			ErrorDialog.openError(shell, Messages.Failed_title, null, Status.error(String.valueOf(cause.getMessage()), cause));
			return null;
		}
		return value.get();
	}
}
