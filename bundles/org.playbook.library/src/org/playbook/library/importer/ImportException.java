package org.playbook.library.importer;

import java.nio.file.Path;

/** A post that could not be imported; the message names the file and says what is wrong. */
public class ImportException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient Path file;

	public ImportException(Path file, String problem) {
		super(file + ": " + problem);
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
