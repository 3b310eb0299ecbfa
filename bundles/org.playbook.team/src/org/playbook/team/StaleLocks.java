package org.playbook.team;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Git's lock files (index.lock, refs/heads/main.lock, a received pack's .keep.lock...) that a Playbook killed in the middle
 * of a commit, fetch or push left behind, and that would stop every later one. They are
 * removed only while this process holds an operating-system lock that every Playbook takes
 * for the same work (the workspace's lock for its repository, {@link #forPushes} for a
 * shared folder's), and that the system drops when a process dies: a lock file found then
 * has no living owner.
 */
final class StaleLocks {
	private static final String PUSH_LOCK = "playbook-push.lock";
	private static final long WAIT_MILLIS = 30_000;

	private StaleLocks() {
	}

	/** Removes the lock files of the repository whose git folder this is; answers how many there were. */
	static int clear(Path gitFolder) throws IOException {
		if (!Files.isDirectory(gitFolder)) {
			return 0;
		}
		List<Path> stale = new ArrayList<>();
		try (Stream<Path> top = Files.list(gitFolder)) {
			top.filter(f -> f.getFileName().toString().endsWith(".lock") && !f.getFileName().toString().equals(PUSH_LOCK)).forEach(stale::add);
		}
		// refs/heads/main.lock, and objects/pack/pack-*.keep.lock: a fetch killed while it held a pack it received
		for (Path folder : List.of(gitFolder.resolve("refs"), gitFolder.resolve("objects").resolve("pack"))) {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> all = Files.walk(folder)) {
					all.filter(f -> f.getFileName().toString().endsWith(".lock")).forEach(stale::add);
				}
			}
		}
		for (Path lock : stale) {
			Files.deleteIfExists(lock);
		}
		return stale.size();
	}

	/** Holds a shared folder's repository for one push, waiting for another Playbook's push to end. */
	static AutoCloseable forPushes(Path bareRepository) throws IOException {
		FileChannel channel = FileChannel.open(bareRepository.resolve(PUSH_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (true) {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				clear(bareRepository);
				return () -> {
					lock.release();
					channel.close();
				};
			}
			if (System.currentTimeMillis() > deadline) {
				channel.close();
				throw new IOException("another strategist's push to " + bareRepository + " has not finished in " + WAIT_MILLIS / 1000 + " s");
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				channel.close();
				throw new IOException("interrupted while waiting to push", e);
			}
		}
	}
}
