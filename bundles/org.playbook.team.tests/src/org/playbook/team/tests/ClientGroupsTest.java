package org.playbook.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.Strategy;
import org.playbook.team.AgencyRepository;
import org.playbook.team.ClientGroups;
import org.playbook.team.RemoteAccess;
import org.playbook.team.TeamException;

/**
 * Teams share their own clients: each group of client folders has a repository of its own,
 * a strategist on two teams keeps both groups in one workspace beside clients of nobody's,
 * and one group's commits never hold another's clients.
 */
public class ClientGroupsTest {
	private static final PersonIdent ANA = new PersonIdent("Ana Lopez", "ana@agency.example");
	private static final PersonIdent BEN = new PersonIdent("Ben Okafor", "ben@agency.example");
	private static final RemoteAccess NONE = RemoteAccess.headless();

	@TempDir
	Path temp;

	@Test
	public void aStrategistOnTwoTeamsJoinsBothGroupsAndSyncsEach() throws Exception {
		Path ana = workspace("ana", "harbor-roast", "kestrel-bikes", "lumen-analytics");
		String coffee = temp.resolve("coffee.git").toString(), retail = temp.resolve("retail.git").toString();
		ClientGroups.share(ana, "coffee", List.of("harbor-roast"), coffee, ANA, NONE).close();
		ClientGroups.share(ana, "retail", List.of("kestrel-bikes"), retail, ANA, NONE).close();
		assertEquals(List.of("harbor-roast"), topFolders(temp.resolve("coffee.git")), "the coffee team's repository holds its client only");
		assertEquals(List.of("kestrel-bikes"), topFolders(temp.resolve("retail.git")));
		assertEquals(List.of("coffee", "retail"), ClientGroups.names(ana));

		Path ben = workspace("ben", "bens-own-client");
		byte[] bensOwn = Files.readAllBytes(ben.resolve("bens-own-client/strategy.playbook"));
		ClientGroups.join(coffee, ben, "coffee", NONE).close();
		ClientGroups.join(retail, ben, "retail", NONE).close();
		assertTrue(Files.exists(ben.resolve("harbor-roast/strategy.playbook")) && Files.exists(ben.resolve("kestrel-bikes/strategy.playbook")));
		assertArrayEquals(bensOwn, Files.readAllBytes(ben.resolve("bens-own-client/strategy.playbook")), "Ben's own client is untouched");

		edit(ben.resolve("harbor-roast/strategy.playbook"), s -> s.setName("Coffee, Ben's"));
		edit(ben.resolve("kestrel-bikes/strategy.playbook"), s -> s.setName("Bikes, Ben's"));
		edit(ben.resolve("bens-own-client/strategy.playbook"), s -> s.setName("Nobody else's"));
		for (String group : List.of("coffee", "retail")) {
			try (AgencyRepository repository = ClientGroups.open(ben, group)) {
				assertTrue(repository.sync(BEN, conflict -> null).pushed(), group);
			}
			try (AgencyRepository repository = ClientGroups.open(ana, group)) {
				assertEquals(1, repository.sync(ANA, conflict -> null).received(), group);
			}
		}
		assertEquals("Coffee, Ben's", read(ana.resolve("harbor-roast/strategy.playbook")).getName());
		assertEquals("Bikes, Ben's", read(ana.resolve("kestrel-bikes/strategy.playbook")).getName());
		assertEquals(List.of("harbor-roast"), topFolders(temp.resolve("coffee.git")), "Ben's own client went to no group");
		assertFalse(Files.exists(ana.resolve("bens-own-client")));

		// Ana adds a client to the coffee group: Ben's next sync brings it, and his edits to it are committed
		ClientGroups.share(ana, "coffee", List.of("lumen-analytics"), null, ANA, NONE).close();
		try (AgencyRepository repository = ClientGroups.open(ana, "coffee")) {
			assertTrue(repository.sync(ANA, conflict -> null).pushed());
		}
		try (AgencyRepository repository = ClientGroups.open(ben, "coffee")) {
			repository.sync(BEN, conflict -> null);
		}
		edit(ben.resolve("lumen-analytics/strategy.playbook"), s -> s.setName("Lumen, Ben's"));
		try (AgencyRepository repository = ClientGroups.open(ben, "coffee")) {
			assertEquals(List.of("harbor-roast", "lumen-analytics"), ClientGroups.clients(repository));
			assertTrue(repository.sync(BEN, conflict -> null).pushed());
		}
		try (AgencyRepository repository = ClientGroups.open(ana, "coffee")) {
			repository.sync(ANA, conflict -> null);
		}
		assertEquals("Lumen, Ben's", read(ana.resolve("lumen-analytics/strategy.playbook")).getName());
	}

	@Test
	public void joiningIsRefusedWhereTheWorkspaceHasAClientOfTheGroupAlreadyAndNothingIsWritten() throws Exception {
		Path ana = workspace("ana", "harbor-roast");
		String coffee = temp.resolve("coffee.git").toString();
		ClientGroups.share(ana, "coffee", List.of("harbor-roast"), coffee, ANA, NONE).close();
		Path carl = workspace("carl", "harbor-roast");
		edit(carl.resolve("harbor-roast/strategy.playbook"), s -> s.setName("Carl's own Harbor Roast"));
		byte[] carls = Files.readAllBytes(carl.resolve("harbor-roast/strategy.playbook"));

		TeamException refused = assertThrows(TeamException.class, () -> ClientGroups.join(coffee, carl, "coffee", NONE));
		assertTrue(refused.getMessage().contains("already has a folder harbor-roast"), refused.getMessage());
		assertArrayEquals(carls, Files.readAllBytes(carl.resolve("harbor-roast/strategy.playbook")));
		assertEquals(List.of(), ClientGroups.names(carl), "no half-joined group is left");

		TeamException notAClient = assertThrows(TeamException.class, () -> ClientGroups.share(ana, "coffee", List.of("no-such-client"), null, ANA, NONE));
		assertTrue(notAClient.getMessage().contains("is not a client folder"), notAClient.getMessage());
		TeamException whole = assertThrows(TeamException.class, () -> AgencyRepository.share(ana, null, ANA));
		assertTrue(whole.getMessage().contains("shares its clients in groups (coffee)"), whole.getMessage());
	}

	private Path workspace(String name, String... clients) throws Exception {
		Path root = Files.createDirectories(temp.resolve(name));
		for (String client : clients) {
			Path folder = Files.createDirectories(root.resolve(client));
			Files.write(folder.resolve("strategy.playbook"), Models.sample());
			Files.write(folder.resolve("client.pbclient"), Models.sampleFile("harbor-roast/client.pbclient"));
		}
		return root;
	}

	private static List<String> topFolders(Path bare) throws Exception {
		List<String> names = new ArrayList<>();
		try (Repository repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
				RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
			tree.addTree(walk.parseCommit(repository.resolve("refs/heads/main")).getTree());
			while (tree.next()) {
				names.add(tree.getPathString());
			}
		}
		return names;
	}

	private static Strategy read(Path file) throws Exception {
		return Models.read(Files.readAllBytes(file));
	}

	private static void edit(Path file, java.util.function.Consumer<Strategy> change) throws Exception {
		Files.write(file, Models.change(Files.readAllBytes(file), change));
	}
}
