package org.playbook.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Saves a model resource through an {@link AtomicFileWriter}, keeping the previous version as a backup. */
public class ModelWriter {
	private final AtomicFileWriter files;

	public ModelWriter(AtomicFileWriter files) {
		this.files = files;
	}

	public ModelWriter() {
		this(new AtomicFileWriter());
	}

	/** Writes the resource to its own file. */
	public void save(Resource resource) throws IOException {
		save(resource, Path.of(resource.getURI().toFileString()));
	}

	/** Writes a model's root to the file; a root in no resource yet (a new client, a strategy from a template) is given one there. */
	public void save(EObject root, Path file) throws IOException {
		if (root.eResource() == null) {
			PlaybookFiles.newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString())).getContents().add(root);
		}
		save(root.eResource(), file);
	}

	public void save(Resource resource, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		resource.save(bytes, null);
		files.replaceWithBackup(file, bytes.toByteArray());
		resource.setModified(false);
	}
}
