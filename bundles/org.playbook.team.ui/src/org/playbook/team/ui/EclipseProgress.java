package org.playbook.team.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/** JGit's progress (fetching, writing files, pushing) shown as the job's steps, and the job's Cancel heard by JGit. */
final class EclipseProgress implements ProgressMonitor {
	private final IProgressMonitor monitor;
	private String task = "";
	private int total;
	private int done;

	EclipseProgress(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void start(int totalTasks) {
	}

	@Override
	public void beginTask(String title, int totalWork) {
		task = title;
		total = totalWork;
		done = 0;
		monitor.subTask(title);
	}

	@Override
	public void update(int completed) {
		done += completed;
		if (total > 0) {
			monitor.subTask(task + " (" + done + " / " + total + ")");
		}
	}

	@Override
	public void endTask() {
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}

	@Override
	public void showDuration(boolean enabled) {
	}
}
