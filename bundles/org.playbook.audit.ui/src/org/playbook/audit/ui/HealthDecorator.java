package org.playbook.audit.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.playbook.audit.builder.AuditMarkers;
import org.playbook.workspace.projects.ClientProjects;

/**
 * The audit's verdict in the Clients view: a strategy shows its score, a client the lowest
 * score of its strategies, so the weakest stand out without opening anything. Scores come
 * from the last audit (the builder's property), so painting reads no file.
 */
public class HealthDecorator extends LabelProvider implements ILightweightLabelDecorator {
	public static final String ID = "org.playbook.audit.ui.health";

	/** When the builder writes new findings, the strategies and their clients are decorated again. */
	private final IResourceChangeListener audited = event -> {
		IMarkerDelta[] changes = event.findMarkerDeltas(AuditMarkers.TYPE, false);
		if (changes.length > 0) {
			Set<IResource> stale = new LinkedHashSet<>();
			for (IMarkerDelta change : changes) {
				stale.add(change.getResource());
				stale.add(change.getResource().getProject());
			}
			fireLabelProviderChanged(new LabelProviderChangedEvent(this, stale.toArray()));
		}
	};

	public HealthDecorator() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(audited, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(audited);
		super.dispose();
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		int score = -1;
		if (Adapters.adapt(element, IFile.class) instanceof IFile file) {
			if (AuditMarkers.isUnreadable(file)) {
				decoration.addSuffix("  " + Messages.HealthDecorator_cannotBeRead);
				return;
			}
			score = AuditMarkers.score(file);
		} else if (element instanceof IProject project && ClientProjects.isClient(project)) {
			score = ClientProjects.strategies(project).stream().mapToInt(AuditMarkers::score).filter(s -> s >= 0).min().orElse(-1);
		}
		if (score >= 0) {
			decoration.addSuffix("  " + score + "/100");
		}
	}
}
