package org.playbook.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock every writer of an agency workspace takes for its read-modify-write: the
 * headless commands, the library's import and index, and the workbench's saves. Across
 * processes it is a file lock in the workspace's state area; inside one it is a reentrant
 * lock, so a writer may call code that locks again. A second writer waits a bounded time,
 * then is refused with a {@link LockedException} that names who holds the workspace.
 */
public final class WorkspaceLock {
	/** How long a writer waits for another to finish before it gives up. */
	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(Long.getLong("playbook.lock.wait.seconds", 30));
	private static final String LOCK_FILE = ".metadata/.plugins/org.playbook.workspace/write.lock";
	private static final long POLL_MILLIS = 50;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
	private static final Map<Path, Shared> SHARED = new ConcurrentHashMap<>();

	/** The lock of one workspace in this process: who in here holds it, and the file lock while anyone does. */
	private static final class Shared {
		final ReentrantLock lock = new ReentrantLock();
		FileChannel channel;
		FileLock fileLock;
		String purpose;
	}

	/** Refused: another writer held the workspace for longer than the wait. */
	public static final class LockedException extends IOException {
		private static final long serialVersionUID = 1L;

		LockedException(String message) {
			super(message);
		}
	}

	/** A held lock; closing it (on the thread that took it) lets the next writer in. */
	public static final class Held implements AutoCloseable {
		private final Shared shared;

		private Held(Shared shared) {
			this.shared = shared;
		}

		@Override
		public void close() throws IOException {
			try {
				if (shared.lock.getHoldCount() == 1) {
					try (FileChannel channel = shared.channel) {
						shared.fileLock.release();
					} finally {
						shared.channel = null;
						shared.fileLock = null;
						shared.purpose = null;
					}
				}
			} finally {
				shared.lock.unlock();
			}
		}
	}

	private WorkspaceLock() {
	}

	/**
	 * The workspace a Playbook file belongs to: the folder that holds its client folder (or
	 * its library folder).
	 */
	public static Path workspaceOf(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		return folder.getParent() != null ? folder.getParent() : folder;
	}

	/** Takes the workspace's lock, waiting {@link #DEFAULT_WAIT} at most. */
	public static Held acquire(Path workspace, String purpose) throws IOException {
		return acquire(workspace, purpose, DEFAULT_WAIT);
	}

	/**
	 * Takes the workspace's lock, waiting at most {@code wait} for a writer holding it.
	 * @param purpose what the lock is for, shown to a writer who has to wait ("playbook actuals")
	 */
	public static Held acquire(Path workspace, String purpose, Duration wait) throws IOException {
		Path key = workspace.toAbsolutePath().normalize();
		Shared shared = SHARED.computeIfAbsent(key, k -> new Shared());
		long deadline = System.nanoTime() + wait.toNanos();
		try {
			if (!shared.lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
				throw refused(key, "another part of this Playbook (" + shared.purpose + ")", wait);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LockedException("interrupted while waiting for the workspace " + key);
		}
		if (shared.lock.getHoldCount() > 1) {
			return new Held(shared);
		}
		try {
			lockFile(shared, key, purpose, deadline, wait);
			return new Held(shared);
		} catch (IOException | RuntimeException e) {
			shared.lock.unlock();
			throw e;
		}
	}

	private static void lockFile(Shared shared, Path workspace, String purpose, long deadline, Duration wait) throws IOException {
		Path file = workspace.resolve(LOCK_FILE);
		Files.createDirectories(file.getParent());
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
		try {
			FileLock lock;
			while ((lock = tryLock(channel)) == null) {
				if (System.nanoTime() > deadline) {
					throw refused(workspace, holder(file), wait);
				}
				Thread.sleep(POLL_MILLIS);
			}
			shared.channel = channel;
			shared.fileLock = lock;
			shared.purpose = purpose;
			describeHolder(channel, purpose);
		} catch (InterruptedException e) {
			channel.close();
			Thread.currentThread().interrupt();
			throw new LockedException("interrupted while waiting for the workspace " + workspace);
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null; // held through another channel of this process: wait like anyone else
		}
	}

	/** Writes who holds the lock into the lock file, for a writer who has to wait to read. */
	private static void describeHolder(FileChannel channel, String purpose) throws IOException {
		String text = "pid=" + ProcessHandle.current().pid() + "\nuser=" + System.getProperty("user.name") + "\nhost=" + host() + "\nwhat="
				+ purpose.replace('\n', ' ') + "\nsince=" + LocalDateTime.now().format(TIME) + "\n";
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(false);
	}

	private static String holder(Path file) {
		Properties holder = new Properties();
		try {
			holder.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
		} catch (IOException | IllegalArgumentException e) {
			return "another Playbook";
		}
		if (holder.getProperty("what") == null) {
			return "another Playbook";
		}
		return "'" + holder.getProperty("what") + "' (process " + holder.getProperty("pid") + " of " + holder.getProperty("user") + " on "
				+ holder.getProperty("host") + ", since " + holder.getProperty("since") + ")";
	}

	private static LockedException refused(Path workspace, String holder, Duration wait) {
		return new LockedException("the workspace " + workspace + " is being changed by " + holder + "; waited " + wait.toSeconds()
				+ " s. Nothing was changed: try again when it has finished.");
	}

	/** The kernel's host name: asking the resolver could wait on a network that is not there. */
	private static String host() {
		try {
			return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
		} catch (IOException | RuntimeException e) {
			return "this machine";
		}
	}
}
