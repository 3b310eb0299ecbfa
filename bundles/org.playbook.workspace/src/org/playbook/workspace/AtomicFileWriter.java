package org.playbook.workspace;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.COPY_ATTRIBUTES;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content,
 * never a mix: the new bytes go to a temporary file in the same folder, are forced to disk,
 * the old file is copied to its backup, and the temporary file is moved over the target
 * in one atomic rename.
 */
public class AtomicFileWriter {

	/** Replaces the target, keeping its previous content as the backup. */
	public void write(Path target, byte[] content) throws IOException {
		replace(target, content, true);
	}

	/** Replaces the target without touching its backup (e.g. when the content is the backup's). */
	public void replaceKeepingBackup(Path target, byte[] content) throws IOException {
		replace(target, content, false);
	}

	private void replace(Path target, byte[] content, boolean backUp) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			beforeReplace(temp);
			if (backUp && Files.exists(target)) {
				Files.copy(target, PlaybookFiles.backupOf(target), REPLACE_EXISTING, COPY_ATTRIBUTES);
			}
			Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING);
			forceFolder(folder);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Called when the new content is safely on disk and the target is still untouched. */
	protected void beforeReplace(Path temp) throws IOException {
		// nothing by default; tests fail here to prove the target survives
	}

	/** Makes the rename itself durable; not every file system lets a folder be opened. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// the rename is still atomic, only not yet forced
		}
	}
}
