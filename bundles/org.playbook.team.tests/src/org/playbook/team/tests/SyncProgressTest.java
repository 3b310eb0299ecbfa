package org.playbook.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.Strategy;
import org.playbook.team.AgencyRepository;
import org.playbook.team.RemoteAccess;
import org.playbook.team.SyncCancelledException;
import org.playbook.team.WorkTree;

/** A sync reports its steps, writes through the work tree it is given, and a cancel leaves the files as they were. */
public class SyncProgressTest {
	private static final String STRATEGY = "harbor-roast/2026-social.playbook";
	private static final String CLIENT = "harbor-roast/client.pbclient";
	private static final PersonIdent ANA = new PersonIdent("Ana Lopez", "ana@agency.example");
	private static final PersonIdent BEN = new PersonIdent("Ben Okafor", "ben@agency.example");

	@TempDir
	Path temp;

	@Test
	public void aSyncCancelledWhileWritingPutsEveryFileBackAndTheNextOneBringsAllIn() throws Exception {
		Path[] workspaces = anaAndBenWithTwoFilesChangedByBen();
		Path ana = workspaces[0];
		byte[] strategyBefore = Files.readAllBytes(ana.resolve(STRATEGY));
		byte[] clientBefore = Files.readAllBytes(ana.resolve(CLIENT));
		ObjectId headBefore;
		try (AgencyRepository repository = AgencyRepository.open(ana)) {
			headBefore = org.eclipse.jgit.api.Git.open(ana.toFile()).getRepository().resolve("HEAD");
			CancellingMonitor monitor = new CancellingMonitor(1);
			repository.using(RemoteAccess.headless().withProgress(monitor));
			assertThrows(SyncCancelledException.class, () -> repository.sync(ANA, conflict -> null));
			assertTrue(monitor.tasks.contains("Writing the files brought in"), "the steps are reported: " + monitor.tasks);
		}
		assertArrayEquals(strategyBefore, Files.readAllBytes(ana.resolve(STRATEGY)), "the file written before the cancel is put back");
		assertArrayEquals(clientBefore, Files.readAllBytes(ana.resolve(CLIENT)));
		assertEquals(headBefore, org.eclipse.jgit.api.Git.open(ana.toFile()).getRepository().resolve("HEAD"), "the branch did not move");

		try (AgencyRepository repository = AgencyRepository.open(ana)) {
			assertEquals(1, repository.sync(ANA, conflict -> null).received());
		}
		assertEquals("Harbor Roast by Ben", Models.read(Files.readAllBytes(ana.resolve(STRATEGY))).getName());
	}

	@Test
	public void whatASyncBringsInIsWrittenThroughTheWorkTreeItIsGiven() throws Exception {
		Path[] workspaces = anaAndBenWithTwoFilesChangedByBen();
		Path ana = workspaces[0];
		edit(ana, s -> s.getGoals().get(0).setTarget(1500.0)); // so the sync merges rather than fast-forwards
		List<String> written = new ArrayList<>();
		WorkTree files = WorkTree.files(ana);
		try (AgencyRepository repository = AgencyRepository.open(ana).writingThrough(new WorkTree() {
			@Override
			public void write(String path, byte[] content) throws IOException {
				written.add(path);
				files.write(path, content);
			}

			@Override
			public void delete(String path) throws IOException {
				written.add("-" + path);
				files.delete(path);
			}
		})) {
			assertEquals(List.of(STRATEGY), repository.sync(ANA, conflict -> null).merged());
		}
		assertEquals(List.of(STRATEGY, CLIENT), written.stream().sorted().toList(), "both files came in through the work tree");
		Strategy merged = Models.read(Files.readAllBytes(ana.resolve(STRATEGY)));
		assertEquals("Harbor Roast by Ben", merged.getName());
		assertEquals(1500.0, merged.getGoals().get(0).getTarget());
	}

	private Path[] anaAndBenWithTwoFilesChangedByBen() throws Exception {
		Path ana = Files.createDirectories(temp.resolve("ana/harbor-roast")).getParent();
		Files.write(ana.resolve(STRATEGY), Models.sample());
		Files.write(ana.resolve(CLIENT), Models.sampleFile(CLIENT));
		String remote = temp.resolve("agency.git").toString();
		AgencyRepository.share(ana, remote, ANA).close();
		Path ben = temp.resolve("ben");
		AgencyRepository.cloneFrom(remote, ben).close();
		edit(ben, s -> s.setName("Harbor Roast by Ben"));
		String client = Files.readString(ben.resolve(CLIENT));
		Files.writeString(ben.resolve(CLIENT), client.replaceFirst("<\\?xml[^>]*>", "$0\n<!-- Ben's note -->"));
		try (AgencyRepository repository = AgencyRepository.open(ben)) {
			assertTrue(repository.sync(BEN, conflict -> null).pushed());
		}
		return new Path[] { ana, ben };
	}

	private static void edit(Path workspace, java.util.function.Consumer<Strategy> change) throws Exception {
		Path file = workspace.resolve(STRATEGY);
		Files.write(file, Models.change(Files.readAllBytes(file), change));
	}

	/** Says cancel once the given number of steps of work were done. */
	private static final class CancellingMonitor implements ProgressMonitor {
		final List<String> tasks = new ArrayList<>();
		private final int after;
		private int done;
		private boolean writing;

		CancellingMonitor(int after) {
			this.after = after;
		}

		@Override
		public void start(int totalTasks) {
		}

		@Override
		public void beginTask(String title, int totalWork) {
			tasks.add(title);
			writing = title.startsWith("Writing");
		}

		@Override
		public void update(int completed) {
			if (writing) {
				done += completed;
			}
		}

		@Override
		public void endTask() {
		}

		@Override
		public boolean isCancelled() {
			return writing && done >= after;
		}

		@Override
		public void showDuration(boolean enabled) {
		}
	}
}
