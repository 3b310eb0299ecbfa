package org.playbook.workspace.models;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.PlaybookFiles;
import org.playbook.workspace.WorkspaceLock;

/**
 * One Playbook file as the workbench holds it: its model, read once through the file's
 * {@code platform:/resource} URI, and the editing domain whose command stack every change
 * to it goes through. Whoever shows the file for editing {@link #connect connects}; while
 * nobody does, a change is saved at once and unsaved edits left by a closed editor are
 * dropped by reading the file again.
 */
public final class ModelDocument {
	/** The status code of a save refused because the file changed on disk since it was read. */
	public static final int CHANGED_ON_DISK = 2;

	private final WorkspaceModels service;
	private final IFile file;
	private final URI uri;
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final Set<Object> holders = Collections.newSetFromMap(new IdentityHashMap<>());
	private EObject root;
	private Diagnostic problem = Diagnostic.OK_INSTANCE;
	/** The workspace's modification stamp of the content the model was read from or saved as. */
	private long stamp = IResource.NULL_STAMP;
	/** The stamp of a change on disk somebody was already told of. */
	private long toldStamp = IResource.NULL_STAMP;
	/** Unsaved edits were kept over a version written outside: unsaved until the next save, whatever the stack says. */
	private boolean keptOverChange;

	ModelDocument(WorkspaceModels service, IFile file, ResourceSet resourceSet, ComposedAdapterFactory adapterFactory) {
		this.service = service;
		this.file = file;
		this.uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		this.domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
		commandStack.addCommandStackListener(event -> service.fireChanged(this));
	}

	public IFile file() {
		return file;
	}

	public URI uri() {
		return uri;
	}

	/** The editing domain of this file; its command stack is the file's undo history. */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** The model's root if the file read as the type, else null ({@link #problem()} says why). */
	public <T extends EObject> T root(Class<T> type) {
		return type.isInstance(root) ? type.cast(root) : null;
	}

	/** What was wrong with the file when it was last read; OK when it read. */
	public Diagnostic problem() {
		return problem;
	}

	public <T extends EObject> LoadResult<T> result(Class<T> type) {
		if (type.isInstance(root)) {
			return new LoadResult<>(file.getLocation().toPath(), type.cast(root), Diagnostic.OK_INSTANCE);
		}
		Diagnostic why = root == null ? problem
				: new org.eclipse.emf.common.util.BasicDiagnostic(Diagnostic.ERROR, getClass().getName(), 0,
						NLS.bind(Messages.ModelDocument_wrongType, file.getFullPath(), type.getSimpleName()), null);
		return new LoadResult<>(file.getLocation().toPath(), null, why);
	}

	public boolean isDirty() {
		return commandStack.isSaveNeeded() || keptOverChange;
	}

	/**
	 * The unsaved edits are kept over the version written outside: the next save replaces
	 * that version without asking again, and the document is unsaved until then.
	 */
	public void keepOurs() {
		stamp = file.getModificationStamp();
		toldStamp = stamp;
		keptOverChange = true;
		service.fireChanged(this);
	}

	/** Whether someone shows the document for editing (an editor). */
	public synchronized boolean isConnected() {
		return !holders.isEmpty();
	}

	/** The holder (an editor) edits the document until it disconnects. */
	public synchronized void connect(Object holder) {
		holders.add(holder);
	}

	/** The holder is done; when the last one goes, edits it did not save are dropped. */
	public void disconnect(Object holder) {
		boolean last;
		synchronized (this) {
			last = holders.remove(holder) && holders.isEmpty();
		}
		if (last && isDirty()) {
			load();
		}
	}

	/** Runs the command on the document's stack; answers whether it could run. */
	public boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		commandStack.execute(command);
		return true;
	}

	/** Whether the file on disk is a version this document has not read (someone else wrote it). */
	public boolean isChangedOnDisk() {
		return file.exists() && file.getModificationStamp() != stamp;
	}

	/**
	 * Saves the model into the file as a workspace operation under the workspace's lock, so
	 * that Local History keeps the version it replaces and no headless command writes at the
	 * same moment.
	 * @param overwrite replace a version written by someone else since this one was read;
	 *        without it such a save is refused with {@link #CHANGED_ON_DISK}
	 */
	public void save(boolean overwrite, IProgressMonitor monitor) throws CoreException {
		if (root == null) {
			throw new CoreException(Status.error(NLS.bind(Messages.ModelDocument_nothingToSave, file.getFullPath())));
		}
		byte[] bytes = serialise();
		IWorkspace workspace = file.getWorkspace();
		workspace.run(operation -> {
			SubMonitor progress = SubMonitor.convert(operation, NLS.bind(Messages.ModelDocument_saving, file.getName()), 3);
			try (WorkspaceLock.Held lock = WorkspaceLock.acquire(WorkspaceLock.workspaceOf(file.getLocation().toPath()),
					NLS.bind(Messages.ModelDocument_lockPurpose, file.getFullPath()))) {
				file.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
				if (!overwrite && isChangedOnDisk() && stamp != IResource.NULL_STAMP) {
					toldStamp = file.getModificationStamp();
					throw new CoreException(new Status(Status.ERROR, WorkspaceModels.BUNDLE, CHANGED_ON_DISK,
							NLS.bind(Messages.ModelDocument_changedOnDisk, file.getFullPath()), null));
				}
				if (file.exists()) {
					file.setContents(new ByteArrayInputStream(bytes), IResource.KEEP_HISTORY | IResource.FORCE, progress.split(2));
				} else {
					file.create(new ByteArrayInputStream(bytes), IResource.FORCE, progress.split(2));
				}
				stamp = file.getModificationStamp();
				toldStamp = stamp;
			} catch (IOException e) {
				throw new CoreException(Status.error(NLS.bind(Messages.ModelDocument_locked, file.getFullPath(), e.getMessage()), e));
			}
		}, MultiRule.combine(workspace.getRuleFactory().refreshRule(file), workspace.getRuleFactory().modifyRule(file)), IWorkspace.AVOID_UPDATE,
				monitor);
		keptOverChange = false;
		commandStack.saveIsDone();
		root.eResource().setModified(false);
		service.fireChanged(this);
	}

	private byte[] serialise() throws CoreException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try {
			root.eResource().save(bytes, null);
		} catch (IOException | RuntimeException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.ModelDocument_notWritten, file.getFullPath(), e.getMessage()), e));
		}
		return bytes.toByteArray();
	}

	/** Reads the file again, dropping the model and its undo history; answers whether it reads. */
	public boolean reload() {
		load();
		service.fireReloaded(this);
		return root != null;
	}

	/**
	 * Reads the file, replacing what was read before. It is parsed in a resource set of its
	 * own, so that many files can be read at once (the navigator reads every client file on
	 * all cores), and then joins the shared set.
	 */
	synchronized void load() {
		unload();
		stamp = file.exists() ? file.getModificationStamp() : IResource.NULL_STAMP;
		toldStamp = stamp;
		LoadResult<EObject> loaded = file.getLocation() == null ? null
				: new ModelReader(PlaybookFiles.newResourceSet()).read(file.getLocation().toPath(), uri, EObject.class);
		if (loaded != null && loaded.isOk()) {
			root = loaded.root();
			problem = Diagnostic.OK_INSTANCE;
			Resource resource = root.eResource();
			ResourceSet shared = domain.getResourceSet();
			synchronized (shared) {
				shared.getResources().add(resource);
			}
			resource.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		} else {
			root = null;
			problem = loaded != null ? loaded.diagnostic()
					: new org.eclipse.emf.common.util.BasicDiagnostic(Diagnostic.ERROR, getClass().getName(), 0,
							NLS.bind(Messages.ModelDocument_notLocal, file.getFullPath()), null);
		}
	}

	/** Takes the model out of the resource set and forgets its history. */
	synchronized void unload() {
		if (root != null) {
			Resource old = root.eResource();
			ResourceSet shared = domain.getResourceSet();
			synchronized (shared) {
				shared.getResources().remove(old);
			}
			old.eAdapters().clear();
			old.unload();
		}
		root = null;
		keptOverChange = false;
		commandStack.flush();
	}

	/** Called when the workspace says the file's content changed: answers whether somebody should be told. */
	boolean noticeChangeOnDisk() {
		if (!isChangedOnDisk() || file.getModificationStamp() == toldStamp) {
			return false; // our own save, or a change already told of
		}
		toldStamp = file.getModificationStamp();
		return true;
	}

	boolean owns(EObject element) {
		return root != null && element.eResource() == root.eResource();
	}

	@Override
	public String toString() {
		return "ModelDocument[" + file.getFullPath() + (isDirty() ? ", dirty" : "") + "]";
	}
}
