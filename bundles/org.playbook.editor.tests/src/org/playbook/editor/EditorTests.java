package org.playbook.editor;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.playbook.workspace.projects.ClientProjects;

/** Helpers the editor's workbench tests share: clients of their own, files changed as another program would. */
final class EditorTests {
	private EditorTests() {
	}

	/** A copy of a sample strategy in a client folder of its own, made a client project of the workspace. */
	static Path copyOf(Path workspace, String sample, String name) throws Exception {
		Path folder = Files.createDirectories(workspace.resolve("editor-test-" + name + "-" + System.nanoTime()));
		Path file = Files.copy(workspace.resolve(sample), folder.resolve("strategy.playbook"));
		ClientProjects.adoptFolders(null);
		return file;
	}

	static IFile workspaceFile(Path file) {
		IFile workspaceFile = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(file));
		if (workspaceFile == null || !workspaceFile.exists()) {
			throw new IllegalStateException(file + " is not a file of a client project");
		}
		return workspaceFile;
	}

	/**
	 * Writes the model into the file with plain java.nio, as another program (git, a copy)
	 * would, with a modification time of its own, so the workspace sees new content whatever
	 * the file system's clock resolution.
	 */
	static void writeFromOutside(EObject root, Path file) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		root.eResource().save(bytes, null);
		FileTime before = Files.getLastModifiedTime(file);
		Files.write(file, bytes.toByteArray());
		Files.setLastModifiedTime(file, FileTime.fromMillis(Math.max(System.currentTimeMillis(), before.toMillis()) + 2_000));
	}

	static void refresh(Path file) throws Exception {
		workspaceFile(file).refreshLocal(IResource.DEPTH_ZERO, null);
	}
}
