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
		new AtomicFileWriter().replace(file, Files.readAllBytes(backup));
		return kept;
	}
}
