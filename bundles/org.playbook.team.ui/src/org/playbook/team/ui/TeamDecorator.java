package org.playbook.team.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.playbook.team.AgencyRepository;
import org.playbook.team.TeamException;

/**
 * Marks, in the Clients view, the strategies and client files that are new or changed since
 * the last commit, and the clients that hold one. The repository's status is read in the
 * background, after changes settle, never while painting.
 */
public class TeamDecorator extends LabelProvider implements ILightweightLabelDecorator, IResourceChangeListener {
	/** The workspace-relative paths (e.g. "harbor-roast/2026-social.playbook") and whether each is new. */
	private volatile Map<String, Boolean> changed = Map.of();
	private final Job read = Job.create(Messages.TeamDecorator_readingWhatChangedSince, this::readStatus);

	public TeamDecorator() {
		read.setSystem(true);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		read.schedule();
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		if (!(element instanceof IResource resource) || resource.getLocation() == null) {
			return;
		}
		String path = resource.getProjectRelativePath().isEmpty() ? resource.getName() : resource.getFullPath().makeRelative().toString();
		Boolean isNew = changed.get(path);
		if (isNew != null) {
			decoration.addSuffix("  [" + (isNew ? Messages.Decorator_new : Messages.Decorator_changed) + "]");
		} else if (resource instanceof IProject && changed.keySet().stream().anyMatch(file -> file.startsWith(path + "/"))) {
			decoration.addSuffix("  [" + Messages.Decorator_changed + "]");
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		read.schedule(500); // after a burst of saves, once
	}

	private IStatus readStatus(IProgressMonitor monitor) {
		Map<String, Boolean> now = new ConcurrentHashMap<>();
		try (AgencyRepository repository = AgencyRepository.open(TeamActions.workspace())) {
			Set<String> untracked = Set.copyOf(repository.untracked());
			for (String path : repository.uncommitted()) {
				now.put(path, untracked.contains(path));
			}
		} catch (TeamException e) {
			// not shared: nothing to mark
		}
		if (!now.equals(changed)) {
			changed = Map.copyOf(now);
			Display display = Display.getDefault();
			display.asyncExec(() -> fireLabelProviderChanged(new LabelProviderChangedEvent(this)));
		}
		return Status.OK_STATUS;
	}

	/** What is marked now (tests wait on it). */
	Map<String, Boolean> changed() {
		return changed;
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		read.cancel();
		super.dispose();
	}
}
