package org.playbook.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.cli.PlaybookCli;
import org.playbook.tests.gitservers.HttpGitServer;
import org.playbook.workspace.SampleAgency;

/** The sharing commands as a strategist and a colleague type them: share, clone, history, diff, sync. */
public class TeamCliTest {
	private static final String STRATEGY = "harbor-roast/2026-social.playbook";
	@TempDir
	Path temp;
	private ByteArrayOutputStream out = new ByteArrayOutputStream();
	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return runWith(Map.of(), args);
	}

	private int runWith(Map<String, String> environment, String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return PlaybookCli.run(List.of(args), null, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	public void twoStrategistsShareSyncAndDecideAConflict() throws Exception {
		Path ana = Files.createDirectories(temp.resolve("ana"));
		SampleAgency.install(ana);
		Path remote = temp.resolve("agency.git");
		Path ben = temp.resolve("ben");
		assertEquals(0, run("share", ana.toString(), "--remote", remote.toString(), "--author", "Ana Lopez <ana@agency.example>"), err.toString());
		assertEquals(0, run("clone", remote.toString(), ben.toString()), err.toString());

		replace(ana.resolve(STRATEGY), "target=\"1200.0\"", "target=\"1500.0\"");
		replace(ben.resolve(STRATEGY), "target=\"1200.0\"", "target=\"1300.0\"");
		assertEquals(0, run("diff", ben.resolve(STRATEGY).toString()), err.toString());
		assertTrue(out.toString().contains(": target 1200 \u2192 1300"), out.toString());
		assertEquals(0, run("sync", ana.toString(), "--author", "Ana Lopez <ana@agency.example>"), err.toString());
		byte[] bensFile = Files.readAllBytes(ben.resolve(STRATEGY));

		assertEquals(1, run("sync", ben.toString(), "--author", "Ben Okafor <ben@agency.example>"));
		assertTrue(err.toString().contains("a person to decide; nothing was written") && err.toString().contains("target: mine 1300, theirs 1500"),
				err.toString());
		assertArrayEquals(bensFile, Files.readAllBytes(ben.resolve(STRATEGY)), "nothing written into the file");

		assertEquals(0, run("sync", ben.toString(), "--keep", "theirs", "--author", "Ben Okafor <ben@agency.example>"), err.toString());
		assertTrue(Files.readString(ben.resolve(STRATEGY)).contains("target=\"1500.0\""));
		assertEquals(0, run("history", ben.resolve(STRATEGY).toString(), "--json"), err.toString());
		assertTrue(out.toString().contains("\"author\": \"Ana Lopez\"") && out.toString().contains("\"author\": \"Ben Okafor\""), out.toString());
	}

	@Test
	public void aFolderThatIsNotSharedIsSaidInOneLineWithTheWayOn() throws Exception {
		Path alone = Files.createDirectories(temp.resolve("alone"));
		assertEquals(1, run("sync", alone.toString()));
		assertTrue(err.toString().contains("is not shared") && err.toString().contains("share WORKSPACE --remote URL"), err.toString());
		assertEquals(2, run("sync", alone.toString(), "--keep", "both"));
	}

	@Test
	public void aNightlyJobSyncsWithAnHttpsServerByUserAndTokenFromTheEnvironment() throws Exception {
		try (HttpGitServer server = HttpGitServer.start(Files.createDirectories(temp.resolve("server")), "nightly", "tok-3141")) {
			String url = server.create("agency.git");
			Path ana = Files.createDirectories(temp.resolve("ana"));
			SampleAgency.install(ana);
			Map<String, String> token = Map.of("PLAYBOOK_GIT_TOKEN", "tok-3141");
			assertEquals(0, runWith(token, "share", ana.toString(), "--remote", url, "--user", "nightly"), err.toString());
			Path ben = temp.resolve("ben");
			assertEquals(0, runWith(token, "clone", url, ben.toString(), "--user", "nightly"), err.toString());
			replace(ben.resolve(STRATEGY), "target=\"1200.0\"", "target=\"1300.0\"");
			assertEquals(0, runWith(token, "sync", ben.toString(), "--user", "nightly"), err.toString());
			assertEquals(0, runWith(token, "sync", ana.toString(), "--user", "nightly"), err.toString());
			assertTrue(out.toString().contains("Received 1 commit."), out.toString());

			assertEquals(1, runWith(Map.of(), "sync", ana.toString(), "--user", "nightly"));
			assertTrue(err.toString().contains("PLAYBOOK_GIT_TOKEN is not set"), err.toString());
			assertEquals(1, runWith(Map.of("PLAYBOOK_GIT_TOKEN", "tok-wrong"), "clone", url, temp.resolve("carl").toString(), "--user", "nightly"));
			assertTrue(err.toString().contains("refused the user and token of 'nightly'") && !err.toString().contains("tok-"), err.toString());
			assertEquals(1, err.toString().strip().lines().count(), "one line: " + err);
		}
	}

	@Test
	public void aTeamSharesItsOwnClientsAndAColleagueJoinsThemBesideHerOwn() throws Exception {
		Path ana = Files.createDirectories(temp.resolve("ana"));
		SampleAgency.install(ana);
		Path remote = temp.resolve("coffee-team.git");
		assertEquals(0, run("share", ana.toString(), "--group", "coffee", "--clients", "harbor-roast", "--remote", remote.toString()), err.toString());
		assertTrue(out.toString().contains("as the group coffee (now harbor-roast)"), out.toString());

		Path ben = Files.createDirectories(temp.resolve("ben/bens-client"));
		Files.writeString(ben.resolve("notes.txt"), "mine");
		assertEquals(0, run("clone", remote.toString(), ben.getParent().toString(), "--group", "coffee"), err.toString());
		assertTrue(Files.exists(ben.resolveSibling(STRATEGY)) && Files.readString(ben.resolve("notes.txt")).equals("mine"));
		replace(ben.resolveSibling(STRATEGY), "target=\"1200.0\"", "target=\"1300.0\"");
		assertEquals(0, run("history", ben.resolveSibling(STRATEGY).toString()), err.toString());
		assertEquals(0, run("sync", ben.getParent().toString()), err.toString());
		assertTrue(out.toString().contains("Group coffee:") && out.toString().contains("Pushed to"), out.toString());
		assertEquals(0, run("sync", ana.toString(), "--group", "coffee"), err.toString());
		assertTrue(Files.readString(ana.resolve(STRATEGY)).contains("target=\"1300.0\""));

		assertEquals(1, run("clone", remote.toString(), ana.toString(), "--group", "coffee"));
		assertTrue(err.toString().contains("already holds the group coffee"), err.toString());
		assertEquals(2, run("share", ana.toString(), "--group", "coffee"));
	}

	private static void replace(Path file, String from, String to) throws Exception {
		String text = Files.readString(file);
		assertTrue(text.contains(from), file + " holds " + from);
		Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
	}
}
