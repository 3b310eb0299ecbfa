package org.playbook.ui.internal.navigator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.playbook.model.Client;
import org.playbook.model.Strategy;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.projects.ClientProjects;
import org.playbook.workspace.projects.ModelCache;

/**
 * What the navigator shows, as models: the client of a project, the strategy of a file, the
 * file of an element. One cache for the whole workbench, so the navigator, its filters and
 * whoever follows its selection read each file once.
 */
public final class Navigation {
	private static final ModelCache MODELS = new ModelCache();

	private Navigation() {
	}

	public static ModelCache models() {
		return MODELS;
	}

	/** The project's client, or null if its client file is missing or unreadable. */
	public static Client clientOf(IProject project) {
		IFile file = ClientProjects.clientFile(project);
		if (!file.exists()) {
			return null;
		}
		LoadResult<Client> client = MODELS.read(file, Client.class);
		return client.isOk() ? client.root() : null;
	}

	/** The file's strategy, or null if it cannot be read. */
	public static Strategy strategyOf(IFile file) {
		LoadResult<Strategy> strategy = MODELS.read(file, Strategy.class);
		return strategy.isOk() ? strategy.root() : null;
	}

	/** The workspace file an element was read from, or null. */
	public static IFile fileOf(EObject element) {
		Resource resource = element.eResource();
		if (resource == null || !resource.getURI().isFile()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(resource.getURI().toFileString()));
	}
}
