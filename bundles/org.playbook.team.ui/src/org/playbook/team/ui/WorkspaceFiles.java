package org.playbook.team.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.playbook.team.WorkTree;

/**
 * A sync's files written through the workspace: a replaced or removed strategy keeps its
 * earlier version in Local History, and the model service hears of the change in the same
 * resource delta. A file outside every project (a new client's folder, the repository's
 * own files at the top) goes to the file system; the refresh after the sync adopts it.
 */
final class WorkspaceFiles implements WorkTree {
	private final WorkTree outsideProjects;
	private final Path root;
	private final IProgressMonitor monitor;

	WorkspaceFiles(Path root, IProgressMonitor monitor) {
		this.root = root;
		this.monitor = monitor;
		this.outsideProjects = WorkTree.files(root);
	}

	@Override
	public void write(String path, byte[] content) throws IOException {
		IFile file = fileAt(path);
		if (file == null) {
			outsideProjects.write(path, content);
			return;
		}
		try {
			if (file.exists()) {
				file.setContents(new ByteArrayInputStream(content), IResource.FORCE | IResource.KEEP_HISTORY, monitor);
			} else {
				createFolders(file.getParent());
				file.create(new ByteArrayInputStream(content), IResource.FORCE, monitor);
			}
		} catch (CoreException e) {
			throw new IOException(path + " could not be written: " + e.getMessage(), e);
		}
	}

	@Override
	public void delete(String path) throws IOException {
		IFile file = fileAt(path);
		if (file == null) {
			outsideProjects.delete(path);
			return;
		}
		try {
			if (file.exists()) {
				file.delete(IResource.FORCE | IResource.KEEP_HISTORY, monitor);
			}
		} catch (CoreException e) {
			throw new IOException(path + " could not be removed: " + e.getMessage(), e);
		}
	}

	/** The workspace file at the path, in an open project; null when no project holds it. */
	private IFile fileAt(String path) {
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(org.eclipse.core.runtime.IPath.fromPath(root.resolve(path)));
		return file != null && file.getProject().isOpen() ? file : null;
	}

	private void createFolders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(IResource.FORCE, true, monitor);
		}
	}
}
