package org.playbook.audit.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.playbook.audit.builder.AuditMarkers;
import org.playbook.workspace.projects.ClientProjects;

/**
 * The audit's verdict in the Clients view: a strategy shows its score, a client the lowest
 * score of its strategies, so the weakest stand out without opening anything. Scores come
 * from the last audit (the builder's property), so painting reads no file.
 */
public class HealthDecorator extends LabelProvider implements ILightweightLabelDecorator {
	public static final String ID = "org.playbook.audit.ui.health";

	@Override
	public void decorate(Object element, IDecoration decoration) {
		int score = -1;
		if (Adapters.adapt(element, IFile.class) instanceof IFile file) {
			score = AuditMarkers.score(file);
		} else if (element instanceof IProject project && ClientProjects.isClient(project)) {
			score = ClientProjects.strategies(project).stream().mapToInt(AuditMarkers::score).filter(s -> s >= 0).min().orElse(-1);
		}
		if (score >= 0) {
			decoration.addSuffix("  " + score + "/100");
		}
	}
}
