package org.playbook.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file a user named (a post, an export, a model) and says in plain words why it
 * cannot be: missing, a folder, a link that leads nowhere or round in a loop, not readable
 * by this user, too large. Whatever reads user files goes through here, so they all say it
 * the same way.
 */
public final class ReadableFile {

	/** A file that cannot be read, with the reason in words a user acts on. */
	public static final class UnreadableException extends IOException {
		private static final long serialVersionUID = 1L;

		UnreadableException(String reason) {
			super(reason);
		}
	}

	private ReadableFile() {
	}

	/**
	 * The file's bytes.
	 * @param maxBytes a larger file is refused before it is read
	 * @throws UnreadableException saying why, e.g. "it is a folder, not a file"
	 */
	public static byte[] read(Path file, long maxBytes) throws UnreadableException {
		check(file);
		try {
			long size = Files.size(file);
			if (size > maxBytes) {
				throw new UnreadableException(String.format("it is %.1f MB; files over %d MB are not read", size / 1048576.0, maxBytes / 1048576));
			}
			return Files.readAllBytes(file);
		} catch (UnreadableException e) {
			throw e;
		} catch (AccessDeniedException e) {
			throw new UnreadableException("this user may not read it (permission denied)");
		} catch (FileSystemLoopException e) {
			throw new UnreadableException("it is a link that leads round in a loop");
		} catch (NoSuchFileException e) {
			throw new UnreadableException("there is no such file");
		} catch (IOException e) {
			throw new UnreadableException("it cannot be read (" + e.getMessage() + ")");
		}
	}

	/** Refuses what is not an ordinary, readable file, naming what it is instead. */
	public static void check(Path file) throws UnreadableException {
		if (Files.isSymbolicLink(file) && !Files.exists(file)) {
			throw new UnreadableException(linkProblem(file));
		}
		if (Files.isDirectory(file)) {
			throw new UnreadableException("it is a folder, not a file");
		}
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new UnreadableException("there is no such file");
		}
		if (!Files.isRegularFile(file)) {
			throw new UnreadableException("it is not an ordinary file (a device, a pipe or a socket)");
		}
		if (!Files.isReadable(file)) {
			throw new UnreadableException("this user may not read it (permission denied)");
		}
	}

	private static String linkProblem(Path link) {
		try {
			link.toRealPath();
			return "it is a link that leads nowhere";
		} catch (FileSystemLoopException e) {
			return "it is a link that leads round in a loop";
		} catch (IOException e) {
			try {
				String message = e.getMessage();
				if (message != null && message.contains("Too many levels of symbolic links")) {
					return "it is a link that leads round in a loop";
				}
				return "it is a link to " + Files.readSymbolicLink(link) + ", which does not exist";
			} catch (IOException unreadable) {
				return "it is a link that leads nowhere";
			}
		}
	}
}
