package org.playbook.tests.gitservers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** The bare repositories a test server keeps. */
final class Repositories {
	private Repositories() {
	}

	static void createBare(Path folder) throws IOException {
		try (Repository repository = new FileRepositoryBuilder().setGitDir(folder.toFile()).setBare().build()) {
			repository.create(true);
			repository.getRefDatabase().newUpdate("HEAD", false).link("refs/heads/main");
		}
	}
}
