package org.playbook.workspace.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.PlaybookFiles;
import org.playbook.workspace.projects.ClientProjects;

/**
 * The {@link ModelService} of the workbench: one resource set, a document per file, and a
 * resource-change listener that brings changes made outside (another program, a
 * {@code git pull}, a file copied in) to the open documents: a clean one is read again, a
 * dirty one is left as it is and its listeners are told once.
 */
final class WorkspaceModels implements ModelService, IResourceChangeListener {
	static final String BUNDLE = "org.playbook.workspace";
	private static WorkspaceModels instance;

	private final ResourceSet resourceSet = PlaybookFiles.newResourceSet();
	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private final Map<IFile, ModelDocument> documents = new ConcurrentHashMap<>();
	private final List<ModelListener> listeners = new CopyOnWriteArrayList<>();
	/** Where changes from the resource listener are applied: the UI thread in the workbench. */
	private volatile Executor modelThread = Runnable::run;

	static synchronized WorkspaceModels instance() {
		if (instance == null) {
			instance = new WorkspaceModels();
			ResourcesPlugin.getWorkspace().addResourceChangeListener(instance, IResourceChangeEvent.POST_CHANGE);
		}
		return instance;
	}

	@Override
	public void runChangesOn(Executor thread) {
		modelThread = thread;
	}

	@Override
	public ModelDocument document(IFile file) {
		return documents.computeIfAbsent(file, f -> {
			ModelDocument document = new ModelDocument(this, f, resourceSet, adapterFactory);
			document.load();
			return document;
		});
	}

	@Override
	public ModelDocument documentOf(EObject element) {
		// a document's resource has its file's platform:/resource URI: one lookup, not a scan of every document
		URI uri = element.eResource() == null ? null : element.eResource().getURI();
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		ModelDocument document = documents.get(ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(uri.toPlatformString(true))));
		return document != null && document.owns(element) ? document : null;
	}

	@Override
	public <T extends EObject> LoadResult<T> read(IFile file, Class<T> type) {
		return document(file).result(type);
	}

	@Override
	public <T extends EObject> void change(IFile file, Class<T> type, String label, Consumer<T> change, IProgressMonitor monitor)
			throws CoreException {
		ModelDocument document = document(file);
		if (!document.isConnected() && document.isChangedOnDisk()) {
			document.reload(); // nobody edits it: start from what is on disk now
		}
		T root = document.root(type);
		if (root == null) {
			throw new CoreException(Status.error(document.result(type).diagnostic().getMessage()));
		}
		ChangeCommand command = new ChangeCommand(root) {
			@Override
			protected void doExecute() {
				change.accept(root);
			}
		};
		command.setLabel(label); // what Edit > Undo names
		document.execute(command);
		if (!document.isConnected()) {
			try {
				document.save(false, monitor);
			} catch (CoreException e) {
				document.load(); // the change is not in the file: the model says what the file says
				throw e;
			}
		}
	}

	@Override
	public void addListener(ModelListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(ModelListener listener) {
		listeners.remove(listener);
	}

	void fireChanged(ModelDocument document) {
		notify(listener -> listener.changed(document));
	}

	void fireReloaded(ModelDocument document) {
		notify(listener -> listener.reloaded(document));
	}

	private void notify(Consumer<ModelListener> event) {
		for (ModelListener listener : listeners) {
			SafeRunner.run(() -> event.accept(listener));
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null || documents.isEmpty()) {
			return;
		}
		List<ModelDocument> touched = new ArrayList<>();
		for (ModelDocument document : documents.values()) {
			IResourceDelta delta = event.getDelta().findMember(document.file().getFullPath());
			if (delta != null && ClientProjects.changesContent(delta)) {
				touched.add(document);
			}
		}
		if (!touched.isEmpty()) {
			modelThread.execute(() -> touched.forEach(this::changedInWorkspace));
		}
	}

	private void changedInWorkspace(ModelDocument document) {
		if (!document.file().exists()) {
			if (!document.isConnected()) {
				documents.remove(document.file());
				document.load();
			}
			return;
		}
		if (!document.noticeChangeOnDisk()) {
			return;
		}
		if (document.isDirty()) {
			notify(listener -> listener.changedOnDisk(document));
		} else {
			document.reload();
		}
	}

	/** Forgets every document nobody edits (benchmarks measure a cold start with it). */
	@Override
	public void forgetUnconnected() {
		documents.values().removeIf(document -> {
			boolean idle = !document.isConnected() && !document.isDirty();
			if (idle) {
				document.unload();
			}
			return idle;
		});
	}
}
