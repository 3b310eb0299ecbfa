package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the launcher does with what is typed: commands, workspaces, paths and Eclipse's own options. */
public class LauncherTest {
	private static Product product;

	@BeforeAll
	static void workspace() throws Exception {
		product = Product.fresh("launcher");
		assertEquals(0, product.run("./playbook init").exitCode());
	}

	@Test
	public void aWordThatIsNoCommandIsOneLineAndExitTwo() {
		Product.Run run = product.run("./playbook frobnicate");
		assertEquals(2, run.exitCode(), run.toString());
		assertEquals(List.of("./playbook: unknown command 'frobnicate'; ./playbook --help lists the commands"), run.lines());
	}

	@Test
	public void dataIsTakenBeforeOrAfterTheCommand() throws Exception {
		assertEquals(0, product.run("./playbook init other").exitCode());
		Path strategy = product.here.resolve("other/lumen-analytics/draft-strategy.playbook");
		Files.writeString(strategy, Files.readString(strategy).replaceFirst("name=\"[^\"]*\"", "name=\"Zephyr quartz launch\""));
		for (String line : List.of("./playbook -data other search zephyr --strategies", "./playbook search zephyr --strategies -data other",
				"./playbook search -data other zephyr --strategies")) {
			Product.Run run = product.run(line);
			assertEquals(0, run.exitCode(), run.toString());
			assertTrue(run.output().contains("Zephyr quartz launch"), "the workspace named with -data is searched: " + run);
		}
		Product.Run defaultWorkspace = product.run("./playbook search zephyr --strategies");
		assertFalse(defaultWorkspace.output().contains("Zephyr quartz launch"), defaultWorkspace.toString());
	}

	@Test
	public void pathsAreTakenInTheFolderTheCommandIsTypedIn() throws Exception {
		Path workspace = product.home.resolve("playbook-workspace");
		Product.Run audit = product.run(product.here.resolve("playbook") + " audit . --format junit --out audit.xml", workspace);
		assertEquals(1, audit.exitCode(), audit.toString());
		assertTrue(audit.output().contains("report of 4 strategies to audit.xml"), audit.toString());
		assertTrue(Files.isRegularFile(workspace.resolve("audit.xml")), "written where it was typed");

		Product.Run actuals = product.run(product.here.resolve("playbook")
				+ " actuals ../../typed-here/docs/examples/harbor-roast-posts.csv --strategy harbor-roast/2026-social.playbook", workspace);
		assertEquals(0, actuals.exitCode(), actuals.toString());
		assertTrue(actuals.output().contains("Imported 10 posts"), actuals.toString());
	}

	@Test
	public void indexRebuildReachesTheIndexCommand() {
		Product.Run run = product.run("./playbook index --rebuild");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.output().startsWith("Rebuilt the index"), run.toString());
		assertFalse(run.output().contains("building the product"), run.toString());
	}

	@Test
	public void optionsAfterVmargsReachTheJavaVirtualMachine() {
		Product.Run run = product.run("./playbook --help -vmargs -Dplaybook.launcher=pb");
		assertTrue(run.output().startsWith("Usage: pb "), run.toString());
	}

	@Test
	public void eclipseOptionsReachTheWorkbench() throws Exception {
		List<String> java = product.startWorkbench("./playbook -clean -consoleLog -data ~/other-agency -vmargs -Dplaybook.marker=on",
				"workbench-with-eclipse-options");
		assertTrue(java.containsAll(List.of("-clean", "-consoleLog", "-Dplaybook.marker=on")), java.toString());
		assertTrue(java.contains(product.home.resolve("other-agency").toString()), "-data, made absolute: " + java);
	}
}
