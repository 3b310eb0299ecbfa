package org.playbook.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.cli.PlaybookCli;
import org.playbook.library.LibraryService;
import org.playbook.workspace.SampleAgency;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The headless commands as an agency's scripts call them: output, JSON and exit codes. */
public class CliTest {
	@TempDir
	Path workspace;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Path data, String... args) {
		out.reset();
		err.reset();
		return PlaybookCli.run(List.of(args), data, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	public void searchTheBundledLibraryAsJson() {
		assertEquals(0, run(null, "search", "listen more than talk", "--limit", "3", "--json"));

		JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
		JsonArray hits = json.getAsJsonArray("hits");
		assertEquals(3, hits.size());
		JsonObject first = hits.get(0).getAsJsonObject();
		assertEquals("engagement.listen-more-than-talk", first.get("id").getAsString());
		JsonArray marks = first.getAsJsonArray("marks");
		assertFalse(marks.isEmpty(), "the snippet's matches are given as offsets");
		JsonObject mark = marks.get(0).getAsJsonObject();
		String marked = first.get("snippet").getAsString().substring(mark.get("start").getAsInt(), mark.get("end").getAsInt());
		assertTrue(marked.toLowerCase().startsWith("listen") || marked.toLowerCase().startsWith("talk"), marked);
		assertFalse(first.get("snippet").getAsString().contains("<b>"), "plain text, no markup");
		assertEquals("engagement", first.get("category").getAsString());
		assertTrue(first.get("quote").getAsString().contains("listen as much"));
		assertTrue(first.get("source").getAsString().contains("#140conf"));
		assertTrue(json.getAsJsonObject("facets").has("category"));
	}

	@Test
	public void searchAsTextShowsQuoteAndSource() {
		assertEquals(0, run(null, "search", "intern"));
		String text = out();
		assertTrue(text.contains("1. An intern in charge of social media"), text);
		assertTrue(text.contains("*intern*"), "the match is emphasised: " + text);
		assertTrue(text.contains("— 2 Big Reasons Your Social Media is Failing"), text);
	}

	@Test
	public void searchWithBadSyntaxSaysItFellBack() {
		assertEquals(0, run(null, "search", "\"sales pitch"));
		assertTrue(out().startsWith("Note: "), out());
		assertTrue(out().contains("Every status update is a sales pitch"));
	}

	@Test
	public void badArgumentsExitWithTwo() {
		assertEquals(2, run(null, "search"));
		assertTrue(err().contains("what should be searched for"), err());
		assertEquals(2, run(null, "search", "x", "--limit", "lots"));
		assertTrue(err().contains("whole number"), err());
		assertEquals(2, run(null, "search", "x", "--colour"));
		assertEquals(2, run(null));
	}

	@Test
	public void everyCommandHasHelpWithExamples() {
		List<String> commands = List.of("init", "search", "import", "index", "audit", "report", "actuals", "share", "clone", "history", "diff", "sync");
		for (String command : commands) {
			assertEquals(0, run(null, command, "--help"));
			assertTrue(out().startsWith("Usage: playbook " + command + " "), out());
			assertTrue(out().contains("\nExamples:\n  playbook " + command), out());
		}
		assertEquals(0, run(null, "--help"));
		for (String command : commands) {
			assertTrue(out().contains("\n  " + command + " "), "the overview lists " + command + ": " + out());
		}
	}

	@Test
	public void anUnknownCommandIsOneLine() {
		assertEquals(2, run(null, "frobnicate"));
		assertEquals("playbook: unknown command 'frobnicate'; playbook --help lists the commands", err().strip());
		assertEquals(2, run(null, "\u001b]0;owned\u0007"));
		assertTrue(err().contains("\\u001B]0;owned\\u0007"), "control characters are shown, not sent: " + err());
	}

	@Test
	public void initCreatesTheSampleAgencyOnceAndLeavesAWorkspaceAlone() throws IOException {
		Path folder = workspace.resolve("agency");
		assertEquals(0, run(null, "init", folder.toString()));
		assertTrue(out().contains("with the sample agency: 4 clients"), out());
		Path strategy = folder.resolve("northwind-dental/spring-campaign.playbook");
		Files.writeString(strategy, Files.readString(strategy).replace("Spring whitening campaign", "Autumn campaign"));

		assertEquals(0, run(folder, "init"));
		assertTrue(out().contains("already holds a workspace of 4 clients"), out());
		assertTrue(Files.readString(strategy).contains("Autumn campaign"), "a workspace that holds clients is left as it is");
		assertEquals(0, run(null, "init", workspace.resolve("empty").toString(), "--empty"));
		assertTrue(Files.isDirectory(workspace.resolve("empty")));
	}

	@Test
	public void auditOfAFolderWithoutStrategiesIsAWrongArgument() throws IOException {
		assertEquals(2, run(null, "audit", Files.createDirectory(workspace.resolve("not-an-agency")).toString()));
		assertTrue(err().contains("holds no strategies"), err());
		assertEquals(2, run(null, "audit"));
		assertTrue(err().contains("init' creates ~/playbook-workspace"), err());
	}

	@Test
	public void importAcceptThenSearchAcrossWorkspaceAndStrategies() throws IOException {
		SampleAgency.install(workspace);
		Path post = Files.writeString(workspace.resolve("post.txt"), """
				Five Rules for Community Managers

				Reply to every question within two hours on weekdays.
				Celebrate your most helpful followers in public every month.
				""");

		assertEquals(0, run(workspace, "import", post.toString(), "--accept"));
		assertTrue(out().contains("accepted"), out());
		assertEquals(0, run(workspace, "search", "celebrate helpful followers", "--json"));
		String firstId = JsonParser.parseString(out()).getAsJsonObject().getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString();
		assertTrue(firstId.startsWith("import-"), firstId);

		assertEquals(0, run(workspace, "search", "intern", "--strategies", "--json"));
		assertTrue(out().contains("Northwind Dental Group"), "the weak sample's intern role is found: " + out());
	}

	@Test
	public void importReportsBadFilesAndGoesOn() throws IOException {
		Path good = Files.writeString(workspace.resolve("good.txt"), "A Title\n\nAlways answer within a day, even at weekends.\n");
		Path empty = Files.createFile(workspace.resolve("empty.txt"));

		assertEquals(1, run(workspace, "import", empty.toString(), good.toString()));
		assertTrue(err().contains(empty + ": the file is empty"), err());
		assertTrue(out().contains("good.txt"), "the good file is still imported: " + out());
		assertEquals(2, run(null, "import", good.toString()), "storing needs a workspace");
		assertEquals(0, run(null, "import", good.toString(), "--dry-run"));
	}

	@Test
	public void indexRebuildsAndReportsWhy() throws IOException {
		SampleAgency.install(workspace);
		assertEquals(0, run(workspace, "index"));
		assertTrue(out().contains("Rebuilt the index: there was no index yet"), out());
		assertTrue(Files.isDirectory(LibraryService.indexFolder(workspace)));
		assertEquals(0, run(workspace, "index"));
		assertTrue(!out().contains("Rebuilt"), out());
		assertEquals(0, run(workspace, "index", "--rebuild"));
		assertTrue(out().contains("Rebuilt the index."), out());
		assertEquals(2, run(workspace, "index", "now"));
	}
}
