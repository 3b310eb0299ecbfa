package org.playbook.workspace;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content,
 * never a mix, and its backup likewise: new bytes go to a temporary file in the same
 * folder, are forced to disk and renamed over the target in one atomic step. The backup is
 * made the same way (copy, force, rename), before the target is touched. The replaced file
 * keeps its permissions (and, where the user may set them, owner and group); a new file
 * gets the permissions the user's umask gives. Temporary files name the process that wrote
 * them, so the ones a crashed process left are removed by the next save in their folder.
 */
public class AtomicFileWriter {
	private static final String PROCESS = Long.toString(ProcessHandle.current().pid());
	/** ".NAME.PID.RANDOM.tmp", and the older ".NAMERANDOM.tmp" of earlier versions. */
	private static final Pattern TEMP = Pattern.compile("\\..+?\\.(\\d+)\\.[0-9a-f]{12}\\.tmp");
	private static final Pattern OLD_TEMP = Pattern.compile("\\..+\\d{6,}\\.tmp");
	private static final Duration OLD_TEMP_AGE = Duration.ofHours(1);
	private static final SecureRandom RANDOM = new SecureRandom();

	/** Replaces the target (creating its folder if need be); no backup is kept. */
	public void replace(Path target, byte[] content) throws IOException {
		write(target, content, false);
	}

	/** Replaces the target, keeping its previous content as its backup ({@link PlaybookFiles#backupOf}). */
	public void replaceWithBackup(Path target, byte[] content) throws IOException {
		write(target, content, true);
	}

	private void write(Path target, byte[] content, boolean backUp) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		removeLeftovers(folder);
		Path temp = newTemp(folder, target.getFileName().toString());
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			keepAttributes(target, temp);
			beforeReplace(temp);
			if (backUp && Files.isRegularFile(target)) {
				backUp(target);
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

	/** Copies the target to a temporary file, forces it, and renames it over the backup. */
	private static void backUp(Path target) throws IOException {
		Path backup = PlaybookFiles.backupOf(target);
		Path temp = newTemp(target.toAbsolutePath().getParent(), backup.getFileName().toString());
		try {
			try (InputStream in = Files.newInputStream(target); FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				byte[] chunk = new byte[64 * 1024];
				for (int read; (read = in.read(chunk)) > 0;) {
					ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, read);
					while (buffer.hasRemaining()) {
						channel.write(buffer);
					}
				}
				channel.force(true);
			}
			keepAttributes(target, temp);
			Files.move(temp, backup, ATOMIC_MOVE, REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A new, empty temporary file beside the target, created with the umask's permissions. */
	private static Path newTemp(Path folder, String name) throws IOException {
		for (int attempt = 0;; attempt++) {
			byte[] random = new byte[6];
			RANDOM.nextBytes(random);
			Path temp = folder.resolve("." + name + "." + PROCESS + "." + HexFormat.of().formatHex(random) + ".tmp");
			try {
				return Files.createFile(temp);
			} catch (FileAlreadyExistsException e) {
				if (attempt > 10) {
					throw e;
				}
			}
		}
	}

	/** The replaced file's permissions, owner and group on the new one, as far as this user may set them. */
	private static void keepAttributes(Path from, Path to) {
		PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		if (target == null || !Files.isRegularFile(from)) {
			return;
		}
		try {
			PosixFileAttributes old = Files.readAttributes(from, PosixFileAttributes.class);
			target.setPermissions(old.permissions());
			PosixFileAttributes made = target.readAttributes();
			if (!made.owner().equals(old.owner())) {
				target.setOwner(old.owner());
			}
			if (!made.group().equals(old.group())) {
				target.setGroup(old.group());
			}
		} catch (IOException | SecurityException | UnsupportedOperationException e) {
			// only a superuser may give a file away; the content is what matters
		}
	}

	/**
	 * Removes temporary files in the folder that a process no longer running left behind (it
	 * crashed or was killed in the middle of a save); those of running processes stay.
	 */
	public static void removeLeftovers(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(AtomicFileWriter::isLeftover).forEach(file -> {
				try {
					Files.deleteIfExists(file);
				} catch (IOException e) {
					// another process removed it, or the folder is read-only: tried again next time
				}
			});
		} catch (IOException e) {
			// a folder that cannot be listed is reported by whatever reads it
		}
	}

	private static boolean isLeftover(Path file) {
		String name = file.getFileName().toString();
		Matcher temp = TEMP.matcher(name);
		if (temp.matches()) {
			return !temp.group(1).equals(PROCESS) && ProcessHandle.of(Long.parseLong(temp.group(1))).isEmpty();
		}
		if (OLD_TEMP.matcher(name).matches()) {
			try {
				FileTime modified = Files.getLastModifiedTime(file);
				return modified.toInstant().isBefore(Instant.now().minus(OLD_TEMP_AGE));
			} catch (IOException e) {
				return false;
			}
		}
		return false;
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
