package org.playbook.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Puts a file's backup back in its place when the file cannot be read. The broken file is
 * not thrown away: it is kept beside it with the time in its name, for whoever wants to
 * recover what it held.
 */
public final class Backups {
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private Backups() {
	}

	public static boolean hasBackup(Path file) {
		return Files.isRegularFile(PlaybookFiles.backupOf(file));
	}

	/** @return where the broken file was kept */
	public static Path restore(Path file) throws IOException {
		Path backup = PlaybookFiles.backupOf(file);
		if (!Files.isRegularFile(backup)) {
			throw new IOException("there is no backup of " + file.getFileName());
		}
		Path kept = file.resolveSibling(file.getFileName() + ".broken-" + LocalDateTime.now().format(STAMP));
		Files.copy(file, kept);
		// not through AtomicFileWriter: that would replace the backup with the broken file
		Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
		try {
			Files.copy(backup, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temp);
		}
		return kept;
	}
}
