package org.playbook.ui.internal.navigator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EObject;
import org.playbook.model.Client;
import org.playbook.model.Strategy;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.models.ModelService;
import org.playbook.workspace.projects.ClientProjects;

/**
 * What the navigator shows, as models: the client of a project, the strategy of a file, the
 * file of an element. They come from the model service, so the navigator shows the very
 * objects the editor edits, unsaved changes included.
 */
final class Navigation {
	private Navigation() {
	}

	/** The project's client, or null if its client file is missing or unreadable. */
	static Client clientOf(IProject project) {
		IFile file = ClientProjects.clientFile(project);
		if (!file.exists()) {
			return null;
		}
		LoadResult<Client> client = ModelService.get().read(file, Client.class);
		return client.isOk() ? client.root() : null;
	}

	/** The file's strategy, or null if it cannot be read. */
	static Strategy strategyOf(IFile file) {
		LoadResult<Strategy> strategy = ModelService.get().read(file, Strategy.class);
		return strategy.isOk() ? strategy.root() : null;
	}

	/** The workspace file an element was read from, or null. */
	static IFile fileOf(EObject element) {
		org.playbook.workspace.models.ModelDocument document = ModelService.get().documentOf(element);
		return document == null ? null : document.file();
	}
}
