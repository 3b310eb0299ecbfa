package org.playbook.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** When a file was last written and how long it is: enough to tell that someone else wrote it. */
record FileStamp(long modified, long size) {

	/** The file's stamp, or null if it cannot be read (gone, moved). */
	static FileStamp of(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new FileStamp(attributes.lastModifiedTime().toMillis(), attributes.size());
		} catch (IOException e) {
			return null;
		}
	}
}
