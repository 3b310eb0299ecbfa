package org.playbook.ui.internal.navigator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.playbook.model.Client;
import org.playbook.model.Strategy;
import org.playbook.workspace.projects.ClientProjects;

/**
 * A client project adapts to its Client and a strategy file to its Strategy, so views that
 * follow the selection (Related Practices, Properties) understand what the navigator selects.
 */
public class ModelAdapters implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		Object model = null;
		if (adaptable instanceof IProject project && ClientProjects.isClient(project)) {
			model = Navigation.clientOf(project);
		} else if (adaptable instanceof IFile file && ClientsContent.isStrategy(file)) {
			model = Navigation.strategyOf(file);
		}
		return adapterType.isInstance(model) ? adapterType.cast(model) : null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { EObject.class, Client.class, Strategy.class };
	}
}
