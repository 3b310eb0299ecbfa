package org.playbook.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.playbook.model.Strategy;
import org.playbook.ui.viewers.ItemProviderContent;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.models.ModelService;
import org.playbook.workspace.PlaybookFiles;
import org.playbook.workspace.projects.ClientProjects;

/**
 * The Clients navigator's tree: the workspace's client projects, each client's strategy
 * files, and a strategy's sections (from the generated item providers). Strategy files are
 * read when a client is unfolded, not before, so 2,000 clients paint from their client files
 * alone. Changes in the workspace (a save, a new client, a rename) refresh what they touch.
 */
public class ClientsContent implements ICommonContentProvider, IResourceChangeListener {
	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private final ItemProviderContent sections = new ItemProviderContent(adapterFactory);
	private StructuredViewer viewer;

	@Override
	public void init(ICommonContentExtensionSite site) {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		this.viewer = (StructuredViewer) viewer;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof IWorkspaceRoot root) {
			List<IProject> clients = ClientProjects.clients(root);
			// labels and filters need every client file: read them on all cores before the tree asks one by one
			clients.parallelStream().forEach(Navigation::clientOf);
			return clients.toArray();
		}
		if (parent instanceof IProject project && ClientProjects.isClient(project)) {
			return ClientProjects.strategies(project).toArray();
		}
		if (parent instanceof IFile file && isStrategy(file)) {
			LoadResult<Strategy> strategy = ModelService.get().read(file, Strategy.class);
			return strategy.isOk() ? sections.getChildren(strategy.root()) : new Object[0];
		}
		return parent instanceof EObject element ? sections.getChildren(element) : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof IResource resource) {
			return resource.getParent();
		}
		if (element instanceof Strategy strategy) {
			return Navigation.fileOf(strategy);
		}
		return sections.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof IProject || element instanceof IFile file && isStrategy(file)) {
			return true; // known when unfolded: reading every strategy to paint a "+" would cost the first paint
		}
		return element instanceof EObject && sections.hasChildren(element);
	}

	static boolean isStrategy(IFile file) {
		return PlaybookFiles.STRATEGY_EXTENSION.equals(file.getFileExtension());
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (viewer == null || event.getDelta() == null) {
			return;
		}
		List<Object> changed = new ArrayList<>();
		boolean structure = false;
		for (IResourceDelta projectDelta : event.getDelta().getAffectedChildren()) {
			if (projectDelta.getKind() != IResourceDelta.CHANGED || (projectDelta.getFlags() & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION)) != 0) {
				structure = true; // a client added, removed, renamed, opened or given the nature
				continue;
			}
			for (IResourceDelta fileDelta : projectDelta.getAffectedChildren()) {
				if (!ClientProjects.changesContent(fileDelta)) {
					continue; // the audit's markers and score: the decorator repaints for those
				}
				if (fileDelta.getKind() != IResourceDelta.CHANGED) {
					changed.add(projectDelta.getResource()); // a strategy added or removed
				} else if (fileDelta.getResource() instanceof IFile file && file.equals(ClientProjects.clientFile(file.getProject()))) {
					structure = true; // name, industry or status changed: the filters and the order may change too
				} else if (fileDelta.getResource() instanceof IFile file && isStrategy(file)) {
					changed.add(file);
				}
			}
		}
		boolean refreshAll = structure;
		if (!refreshAll && changed.isEmpty()) {
			return;
		}
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			if (refreshAll) {
				viewer.refresh();
			} else {
				changed.forEach(element -> viewer.refresh(element, true));
			}
		});
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		adapterFactory.dispose();
	}

	@Override
	public void restoreState(org.eclipse.ui.IMemento memento) {
	}

	@Override
	public void saveState(org.eclipse.ui.IMemento memento) {
	}
}
