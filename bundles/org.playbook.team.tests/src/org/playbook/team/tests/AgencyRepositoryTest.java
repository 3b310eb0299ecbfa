package org.playbook.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.Daemon;
import org.eclipse.jgit.transport.resolver.FileResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.Strategy;
import org.playbook.team.AgencyRepository;
import org.playbook.team.Revision;
import org.playbook.team.SyncResult;
import org.playbook.team.TeamException;
import org.playbook.team.merge.Side;

/** Two strategists sharing an agency repository (a bare repository on disk, or a git server on loopback). */
public class AgencyRepositoryTest {
	private static final String STRATEGY = "harbor-roast/2026-social.playbook";
	private static final PersonIdent ANA = new PersonIdent("Ana Lopez", "ana@agency.example");
	private static final PersonIdent BEN = new PersonIdent("Ben Okafor", "ben@agency.example");

	@TempDir
	Path temp;

	/** Ana shares a workspace with the sample's Harbor Roast to a new agency repository; Ben clones it. */
	private Path[] twoStrategists(String remote) throws Exception {
		Path ana = Files.createDirectories(temp.resolve("ana"));
		Files.createDirectories(ana.resolve("harbor-roast"));
		Files.write(ana.resolve(STRATEGY), Models.sample());
		Files.write(ana.resolve("harbor-roast/client.pbclient"), Models.sampleFile("harbor-roast/client.pbclient"));
		try (AgencyRepository shared = AgencyRepository.share(ana, remote, ANA)) {
			assertTrue(Files.readString(ana.resolve(".gitignore")).contains(".metadata/"), "the workspace's state is not shared");
		}
		Path ben = temp.resolve("ben");
		try (AgencyRepository cloned = AgencyRepository.cloneFrom(remote, ben)) {
			assertTrue(Files.exists(ben.resolve(STRATEGY)));
		}
		return new Path[] { ana, ben };
	}

	@Test
	public void editsToDifferentElementsByTwoStrategistsAreBothKept() throws Exception {
		Path[] workspaces = twoStrategists(temp.resolve("agency.git").toString());
		Path ana = workspaces[0], ben = workspaces[1];
		edit(ana, s -> s.getGoals().get(0).setTarget(1500.0));
		edit(ben, s -> s.getTactics().get(0).setName("Reels from the roastery"));

		SyncResult first = sync(ana, null);
		SyncResult second = sync(ben, null);
		SyncResult third = sync(ana, null);

		assertTrue(first.pushed() && second.pushed() && third.pushed());
		assertEquals(List.of(STRATEGY), second.merged(), "Ben's sync merged the strategy element by element");
		for (Path workspace : workspaces) {
			Strategy strategy = Models.read(Files.readAllBytes(workspace.resolve(STRATEGY)));
			assertEquals(1500.0, strategy.getGoals().get(0).getTarget(), workspace.getFileName() + " has Ana's edit");
			assertEquals("Reels from the roastery", strategy.getTactics().get(0).getName(), workspace.getFileName() + " has Ben's edit");
		}
		try (AgencyRepository repository = AgencyRepository.open(ben)) {
			List<Revision> history = repository.history(ben.resolve(STRATEGY), 10);
			assertTrue(history.stream().anyMatch(r -> r.author().equals("Ana Lopez")), history.toString());
			assertTrue(history.stream().anyMatch(r -> r.author().equals("Ben Okafor")), history.toString());
		}
	}

	@Test
	public void aConflictIsReportedWithBothValuesAndNothingIsWrittenUntilAPersonDecides() throws Exception {
		Path[] workspaces = twoStrategists(temp.resolve("agency.git").toString());
		Path ana = workspaces[0], ben = workspaces[1];
		edit(ana, s -> s.getGoals().get(0).setTarget(1500.0));
		edit(ben, s -> s.getGoals().get(0).setTarget(1300.0));
		sync(ana, null);
		byte[] bensFile = Files.readAllBytes(ben.resolve(STRATEGY));

		SyncResult undecided = sync(ben, null);

		assertTrue(undecided.needsAPerson());
		assertEquals("1300", undecided.conflicts().get(0).mine());
		assertEquals("1500", undecided.conflicts().get(0).theirs());
		assertArrayEquals(bensFile, Files.readAllBytes(ben.resolve(STRATEGY)), "nothing written into the file");
		assertFalse(undecided.pushed());

		SyncResult decided = sync(ben, conflict -> Side.THEIRS);
		assertTrue(decided.pushed() && !decided.needsAPerson());
		assertEquals(1500.0, Models.read(Files.readAllBytes(ben.resolve(STRATEGY))).getGoals().get(0).getTarget());
	}

	@Test
	public void aRoundTripThroughAGitServerOnLoopback() throws Exception {
		Path served = Files.createDirectories(temp.resolve("served"));
		Git.init().setBare(true).setInitialBranch("main").setDirectory(served.resolve("agency.git").toFile()).call().close();
		Daemon daemon = new Daemon(new InetSocketAddress("127.0.0.1", 0));
		daemon.getService("git-receive-pack").setEnabled(true);
		daemon.setRepositoryResolver(new FileResolver<>(served.toFile(), true));
		daemon.start();
		try {
			String url = "git://127.0.0.1:" + daemon.getAddress().getPort() + "/agency.git";
			Path[] workspaces = twoStrategists(url);
			edit(workspaces[1], s -> s.setName("Harbor Roast 2026, as Ben sees it"));
			assertTrue(sync(workspaces[1], null).pushed());
			SyncResult received = sync(workspaces[0], null);
			assertEquals(1, received.received(), "Ana received Ben's commit through the server");
			assertEquals("Harbor Roast 2026, as Ben sees it", Models.read(Files.readAllBytes(workspaces[0].resolve(STRATEGY))).getName());
		} finally {
			daemon.stop();
		}
	}

	@Test
	public void anUnreachableRemoteIsSaidPlainlyAndNothingIsLost() throws Exception {
		Path[] workspaces = twoStrategists(temp.resolve("agency.git").toString());
		try (Git git = Git.open(workspaces[1].toFile())) {
			git.getRepository().getConfig().setString("remote", "origin", "url", "git://127.0.0.1:1/gone.git");
			git.getRepository().getConfig().save();
		}
		edit(workspaces[1], s -> s.setName("Edited offline"));

		TeamException refused = assertThrows(TeamException.class, () -> sync(workspaces[1], null));

		assertTrue(refused.getMessage().contains("cannot be reached") && refused.getMessage().contains("Nothing was changed"), refused.getMessage());
		assertEquals("Edited offline", Models.read(Files.readAllBytes(workspaces[1].resolve(STRATEGY))).getName(), "the edit is still there");
		try (AgencyRepository repository = AgencyRepository.open(workspaces[1])) {
			assertEquals("Changes by Ben Okafor", repository.history(workspaces[1].resolve(STRATEGY), 1).get(0).message(),
					"and committed here, to be pushed when the repository is back");
		}
	}

	@Test
	public void notARepositoryIsSaidPlainly() throws Exception {
		TeamException notShared = assertThrows(TeamException.class, () -> AgencyRepository.open(Files.createDirectories(temp.resolve("alone"))));
		assertTrue(notShared.getMessage().contains("is not shared"), notShared.getMessage());
	}

	@Test
	public void aMergeCutShortIsUndoneOnTheNextSyncAndDoneAgain() throws Exception {
		Path[] workspaces = twoStrategists(temp.resolve("agency.git").toString());
		Path ana = workspaces[0], ben = workspaces[1];
		edit(ana, s -> s.getGoals().get(0).setTarget(1500.0));
		sync(ana, null);
		edit(ben, s -> s.getTactics().get(0).setName("Ben's tactic"));
		try (AgencyRepository repository = AgencyRepository.open(ben)) {
			repository.commitAll("Ben's tactic", BEN);
		}
		// as a merge killed halfway leaves it: the merge head written, the journal naming a file, the file cut short
		try (Git git = Git.open(ben.toFile())) {
			git.fetch().call();
			Repository repository = git.getRepository();
			repository.writeMergeHeads(List.of(repository.resolve("refs/remotes/origin/main")));
			Files.writeString(repository.getDirectory().toPath().resolve("playbook-merge-journal"), STRATEGY, StandardCharsets.UTF_8);
		}
		Files.writeString(ben.resolve(STRATEGY), "<?xml version=\"1.0\"?><playbook:Strategy xmlns:playbook=");

		SyncResult resumed = sync(ben, null);

		assertTrue(resumed.notes().stream().anyMatch(note -> note.contains("cut short")), resumed.notes().toString());
		Strategy strategy = Models.read(Files.readAllBytes(ben.resolve(STRATEGY)));
		assertEquals(1500.0, strategy.getGoals().get(0).getTarget(), "Ana's edit merged");
		assertEquals("Ben's tactic", strategy.getTactics().get(0).getName(), "Ben's edit kept");
	}

	private static SyncResult sync(Path workspace, java.util.function.Function<org.playbook.team.merge.Conflict, Side> choices) throws Exception {
		try (AgencyRepository repository = AgencyRepository.open(workspace)) {
			return repository.sync(workspace.getFileName().toString().equals("ana") ? ANA : BEN, choices);
		}
	}

	private static void edit(Path workspace, java.util.function.Consumer<Strategy> change) throws Exception {
		Path file = workspace.resolve(STRATEGY);
		Files.write(file, Models.change(Files.readAllBytes(file), change));
	}
}
