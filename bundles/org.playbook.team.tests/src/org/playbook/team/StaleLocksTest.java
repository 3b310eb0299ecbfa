package org.playbook.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock files a killed Playbook leaves in a repository are cleared, and nothing else is. */
public class StaleLocksTest {
	@TempDir
	Path git;

	@Test
	public void locksOfAKilledCommitFetchOrPushAreCleared() throws Exception {
		Path index = Files.writeString(git.resolve("index.lock"), "");
		Path ref = Files.writeString(Files.createDirectories(git.resolve("refs/heads")).resolve("main.lock"), "");
		Path pack = Files.createDirectories(git.resolve("objects/pack"));
		// a fetch killed while it held the pack it received (JGit's PackLock writes the .keep through a lock file)
		Path keepLock = Files.writeString(pack.resolve("pack-bba21373faaeda473260edee9afba366e7d35a77.keep.lock"), "jgit fetch");
		Path packFile = Files.writeString(pack.resolve("pack-bba21373faaeda473260edee9afba366e7d35a77.pack"), "PACK");
		Path keep = Files.writeString(pack.resolve("pack-573e34ce5f08d3288f505cd48e2f8c3e9592b731.keep"), "kept by the user");

		assertEquals(3, StaleLocks.clear(git));

		assertFalse(Files.exists(index));
		assertFalse(Files.exists(ref));
		assertFalse(Files.exists(keepLock), "a pack's stale lock stops every later fetch of that pack");
		assertTrue(Files.exists(packFile), "packs are objects: never touched");
		assertTrue(Files.exists(keep), "a .keep file is not a lock file");
	}
}
