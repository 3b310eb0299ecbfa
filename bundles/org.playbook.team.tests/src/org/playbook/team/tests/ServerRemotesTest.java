package org.playbook.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.Strategy;
import org.playbook.team.AgencyRepository;
import org.playbook.team.RemoteAccess;
import org.playbook.team.TeamException;
import org.playbook.tests.gitservers.HttpGitServer;
import org.playbook.tests.gitservers.SshGitServer;
import org.playbook.tests.gitservers.TestKeys;

/**
 * Two strategists sharing through an agency git server, started on loopback: JGit's HTTP
 * server behind basic authentication, and an Apache MINA sshd server that admits one key.
 * The right credentials sync; a wrong token, a wrong key and an unknown host are each refused
 * in one line that says which, and nothing is written on either side.
 */
public class ServerRemotesTest {
	private static final String STRATEGY = "harbor-roast/2026-social.playbook";
	private static final PersonIdent ANA = new PersonIdent("Ana Lopez", "ana@agency.example");
	private static final PersonIdent BEN = new PersonIdent("Ben Okafor", "ben@agency.example");
	private static final String TOKEN = "glpat-right-token-1234";

	@TempDir
	Path temp;

	@Test
	public void httpsWithTheRightLoginSyncsAndAWrongOneIsRefusedInOneLine() throws Exception {
		try (HttpGitServer server = HttpGitServer.start(Files.createDirectories(temp.resolve("server")), "ana", TOKEN)) {
			String url = server.create("agency.git");
			RemoteAccess right = RemoteAccess.fromEnvironment("ana", Map.of(RemoteAccess.TOKEN_VARIABLE, TOKEN));
			Path ana = workspace("ana");
			AgencyRepository.share(ana, url, ANA, right).close();
			Path ben = temp.resolve("ben");
			AgencyRepository.cloneFrom(url, ben, right).close();
			assertTrue(Files.exists(ben.resolve(STRATEGY)), "the clone over https has the strategy");

			edit(ben, s -> s.setName("Harbor Roast 2026, Ben's"));
			try (AgencyRepository repository = AgencyRepository.open(ben).using(right)) {
				assertTrue(repository.sync(BEN, conflict -> null).pushed());
			}
			try (AgencyRepository repository = AgencyRepository.open(ana).using(right)) {
				assertEquals(1, repository.sync(ANA, conflict -> null).received());
			}
			assertEquals("Harbor Roast 2026, Ben's", read(ana).getName());

			ObjectId before = tip(server.repository("agency.git"));
			edit(ana, s -> s.setName("Harbor Roast 2026, Ana's"));
			byte[] anasFile = Files.readAllBytes(ana.resolve(STRATEGY));
			RemoteAccess wrong = RemoteAccess.headless().withLogin("ana", "glpat-wrong".toCharArray());
			String refused = syncRefused(ana, wrong);
			assertTrue(refused.contains("refused the user and token of 'ana'"), refused);
			assertFalse(refused.contains("glpat"), "the token is never shown: " + refused);
			String noLogin = syncRefused(ana, RemoteAccess.headless());
			assertTrue(noLogin.contains("asks for a login") && noLogin.contains(RemoteAccess.TOKEN_VARIABLE), noLogin);
			assertEquals(before, tip(server.repository("agency.git")), "nothing reached the server");
			assertArrayEquals(anasFile, Files.readAllBytes(ana.resolve(STRATEGY)), "the strategist's edit is kept");

			Path carl = temp.resolve("carl");
			TeamException cloneRefused = assertThrows(TeamException.class, () -> AgencyRepository.cloneFrom(url, carl, wrong));
			assertTrue(cloneRefused.getMessage().contains("refused the user and token"), cloneRefused.getMessage());
			assertFalse(Files.exists(carl.resolve(".git")), "a refused clone leaves no repository");
		}
	}

	@Test
	public void sshWithTheAdmittedKeySyncsAndAWrongKeyOrAnUnknownHostIsRefused() throws Exception {
		KeyPair anasKey = TestKeys.newKeyPair();
		try (SshGitServer server = SshGitServer.start(Files.createDirectories(temp.resolve("server")), anasKey.getPublic())) {
			String url = server.create("agency.git");
			Path anasSsh = temp.resolve("home-ana/.ssh");
			TestKeys.writeIdentity(anasSsh, anasKey);
			server.trustIn(anasSsh);
			RemoteAccess ana = RemoteAccess.headless().withSshDirectory(anasSsh);
			Path anasWorkspace = workspace("ana");
			AgencyRepository.share(anasWorkspace, url, ANA, ana).close();
			Path ben = temp.resolve("ben");
			AgencyRepository.cloneFrom(url, ben, ana).close();
			edit(ben, s -> s.setName("Harbor Roast 2026 over ssh"));
			try (AgencyRepository repository = AgencyRepository.open(ben).using(ana)) {
				assertTrue(repository.sync(BEN, conflict -> null).pushed());
			}
			ObjectId pushed = tip(server.repository("agency.git"));

			Path strangersSsh = temp.resolve("home-stranger/.ssh");
			TestKeys.writeIdentity(strangersSsh, TestKeys.newKeyPair());
			server.trustIn(strangersSsh);
			edit(anasWorkspace, s -> s.getGoals().get(0).setTarget(1500.0));
			byte[] anasFile = Files.readAllBytes(anasWorkspace.resolve(STRATEGY));
			String wrongKey = syncRefused(anasWorkspace, RemoteAccess.headless().withSshDirectory(strangersSsh));
			assertTrue(wrongKey.contains("refused the ssh key"), wrongKey);

			Path newcomersSsh = temp.resolve("home-newcomer/.ssh");
			TestKeys.writeIdentity(newcomersSsh, anasKey);
			String unknownHost = syncRefused(anasWorkspace, RemoteAccess.headless().withSshDirectory(newcomersSsh));
			assertTrue(unknownHost.contains("is not a known host") && unknownHost.contains(server.knownHostsLine()), unknownHost);
			assertFalse(Files.exists(newcomersSsh.resolve("known_hosts")), "nobody accepted the key, so it is not stored");
			assertEquals(pushed, tip(server.repository("agency.git")), "nothing reached the server");
			assertArrayEquals(anasFile, Files.readAllBytes(anasWorkspace.resolve(STRATEGY)), "the strategist's edit is kept");

			Files.writeString(newcomersSsh.resolve("known_hosts"), server.knownHostsLine() + "\n");
			try (AgencyRepository repository = AgencyRepository.open(anasWorkspace).using(RemoteAccess.headless().withSshDirectory(newcomersSsh))) {
				assertTrue(repository.sync(ANA, conflict -> null).pushed(), "the line the refusal gave admits the host");
			}
		}
	}

	private Path workspace(String name) throws Exception {
		Path folder = Files.createDirectories(temp.resolve(name).resolve("harbor-roast"));
		Files.write(folder.resolve("2026-social.playbook"), Models.sample());
		Files.write(folder.resolve("client.pbclient"), Models.sampleFile("harbor-roast/client.pbclient"));
		return folder.getParent();
	}

	private static String syncRefused(Path workspace, RemoteAccess access) throws Exception {
		try (AgencyRepository repository = AgencyRepository.open(workspace).using(access)) {
			TeamException refused = assertThrows(TeamException.class, () -> repository.sync(ANA, conflict -> null));
			assertFalse(refused.getMessage().contains("\n"), "one line: " + refused.getMessage());
			return refused.getMessage();
		}
	}

	private static ObjectId tip(Repository repository) throws Exception {
		try (repository) {
			return repository.resolve("refs/heads/main");
		}
	}

	private static Strategy read(Path workspace) throws Exception {
		return Models.read(Files.readAllBytes(workspace.resolve(STRATEGY)));
	}

	private static void edit(Path workspace, java.util.function.Consumer<Strategy> change) throws Exception {
		Path file = workspace.resolve(STRATEGY);
		Files.write(file, Models.change(Files.readAllBytes(file), change));
	}
}
