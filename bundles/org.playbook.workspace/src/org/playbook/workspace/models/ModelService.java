package org.playbook.workspace.models;

import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.playbook.workspace.LoadResult;

/**
 * The workbench's one way to read and write Playbook files ({@code *.playbook},
 * {@code client.pbclient}). Each file is loaded once, through its {@code platform:/resource}
 * URI, into one resource set, as a {@link ModelDocument} with its own editing domain that
 * the editor, the Clients view, Properties, the Outline, quick fixes and the handlers share:
 * an edit made in any of them is seen by all, and undone in the editor. Saves are workspace
 * operations that keep Local History. Changes from outside reach the open documents through
 * resource deltas. The headless commands write with the atomic writer instead.
 */
public interface ModelService {

	/** The workbench's service. */
	static ModelService get() {
		return WorkspaceModels.instance();
	}

	/** The file's document, loaded now if it is not yet; never null (one that does not read says why). */
	ModelDocument document(IFile file);

	/** The document an element belongs to, or null if it was not read through this service. */
	ModelDocument documentOf(EObject element);

	/** The file's model as it is now (unsaved edits in an open editor included), for those who show it. */
	<T extends EObject> LoadResult<T> read(IFile file, Class<T> type);

	/**
	 * Changes the file's model as one command named by the label. With an editor open on it
	 * the change joins the editor's unsaved edits and is undone there; with none it is saved
	 * at once, like any edit.
	 * @throws CoreException when the file does not read, is not of the type, or cannot be saved;
	 *         the file then keeps its content
	 */
	<T extends EObject> void change(IFile file, Class<T> type, String label, Consumer<T> change, IProgressMonitor monitor)
			throws CoreException;

	/** Changes from outside are applied to the models on this thread (the workbench's UI thread). */
	void runChangesOn(java.util.concurrent.Executor thread);

	/** Forgets every document nobody edits and that has no unsaved change; benchmarks measure a cold start so. */
	void forgetUnconnected();

	void addListener(ModelListener listener);

	void removeListener(ModelListener listener);
}
