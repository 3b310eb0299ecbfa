package org.playbook.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.playbook.workspace.AtomicFileWriter;

/**
 * Where a sync writes the files it brings in. By default straight to the file system (the
 * command line); the workbench writes through the workspace instead, so each replaced
 * file's earlier version stays in Local History and editors hear of the change at once.
 */
public interface WorkTree {
	/** Replaces (or creates) the file at the repository-relative path with the content. */
	void write(String path, byte[] content) throws IOException;

	/** Removes the file at the repository-relative path, if it is there. */
	void delete(String path) throws IOException;

	/** The file system under the folder, each file replaced whole (never left half-written). */
	static WorkTree files(Path root) {
		AtomicFileWriter writer = new AtomicFileWriter();
		return new WorkTree() {
			@Override
			public void write(String path, byte[] content) throws IOException {
				Path target = root.resolve(path);
				Files.createDirectories(target.getParent());
				writer.replace(target, content);
			}

			@Override
			public void delete(String path) throws IOException {
				Files.deleteIfExists(root.resolve(path));
			}
		};
	}
}
