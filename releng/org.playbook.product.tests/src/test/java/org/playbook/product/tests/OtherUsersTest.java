package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Playbook run by a user who owns neither the install nor a writable home (a service account
 * such as nobody): the commands work, their configuration goes where that user can write,
 * and when nothing is writable one line says which folder to fix. Needs root to become
 * that user; skipped elsewhere.
 */
public class OtherUsersTest {

	@Test
	public void aServiceAccountWithoutAHomeCanSearch() throws Exception {
		Product.Run run = asNobody(List.of("HOME=/nonexistent"), "search", "intern", "--limit", "1");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.output().contains("An intern in charge of social media"), run.toString());
	}

	@Test
	public void whenNothingIsWritableOneLineSaysWhichFolderToFix() throws Exception {
		Product.Run run = asNobody(List.of("HOME=/nonexistent", "TMPDIR=/nonexistent"), "search", "intern");
		assertEquals(2, run.exitCode(), run.toString());
		assertEquals(1, run.lines().size(), run.toString());
		assertTrue(run.output().contains("no folder to keep Playbook's configuration in: make /nonexistent/.config writable"), run.toString());
	}

	private static Product.Run asNobody(List<String> environment, String... arguments) throws IOException, InterruptedException {
		assumeTrue("root".equals(System.getProperty("user.name")), "only root can run Playbook as another user");
		assumeTrue(new ProcessBuilder("runuser", "-u", "nobody", "--", "test", "-r", Product.ROOT.resolve("playbook").toString()).start().waitFor() == 0,
				"the checkout is readable by nobody");
		List<String> command = new ArrayList<>(List.of("runuser", "-u", "nobody", "--", "env", "-i", "PATH=/usr/bin:/bin"));
		command.addAll(environment);
		command.add(Product.ROOT.resolve("playbook").toString());
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(new java.io.File("/")).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));
		return new Product.Run(String.join(" ", command), process.exitValue(), output);
	}
}
