package org.playbook.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;


import org.junit.jupiter.api.Test;

/**
 * kill -9 at random moments of a save of ./playbook actuals, again and again: after each,
 * the strategy is its whole previous version or its whole new one, its backup likewise,
 * its permissions are kept, and what a killed save left behind is gone after the next.
 */
public class KillDuringSaveTest {
	private static final int TRIALS = 50;
	private static final String STRATEGY = "harbor-roast/2026-social.playbook";

	@Test
	public void aSaveKilledAtAnyMomentLosesNothing() throws Exception {
		Product product = Product.fresh("kill-during-save");
		assertEquals(0, product.run("./playbook init").exitCode());
		Path file = product.home.resolve("playbook-workspace").resolve(STRATEGY);
		Path backup = file.resolveSibling(file.getFileName() + ".bak");
		// a large strategy, so that a save takes long enough to be hit: six years of posts on eight networks
		Path[] exports = { export(product.here.resolve("export-a.csv"), 1), export(product.here.resolve("export-b.csv"), 2) };
		assertEquals(0, product.run("./playbook actuals export-a.csv --strategy " + file).exitCode());
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

		Random random = new Random(20261201);
		int killedDuringSave = 0, killedBeforeTheRename = 0, completed = 0, previousKilledPid = -1;
		for (int trial = 0; trial < TRIALS; trial++) {
			byte[] before = Files.readAllBytes(file);
			byte[] backupBefore = Files.exists(backup) ? Files.readAllBytes(backup) : null;
			Path export = exports[trial % 2];
			Path log = product.here.resolve("kill-" + trial + ".log");
			Process process = product.launch(log, "actuals", export.getFileName().toString(), "--strategy",
					file.toString());
			// a third at once (while the new bytes are written), a third soon (the backup, the rename), a third later
			int delay = trial % 3 == 0 ? 0 : trial % 3 == 1 ? random.nextInt(20) : random.nextInt(250);
			boolean killed = killDuringSave(process, file.getParent(), delay);
			process.waitFor(60, TimeUnit.SECONDS);
			if (killed) {
				killedDuringSave++;
			} else {
				assertEquals(0, process.exitValue(), () -> read(log));
				completed++;
			}
			byte[] after = Files.readAllBytes(file);
			if (killed && Arrays.equals(before, after)) {
				killedBeforeTheRename++;
			}
			assertTrue(Arrays.equals(before, after) || StrategyFiles.isWhole(after), "trial " + trial + ": the file is one version or the other, whole");
			byte[] backupAfter = Files.readAllBytes(backup);
			assertTrue(Arrays.equals(backupAfter, backupBefore) || Arrays.equals(backupAfter, before),
					"trial " + trial + ": the backup is the earlier backup or the version before the save, whole");
			assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(file), "trial " + trial);
			if (!killed && previousKilledPid > 0) {
				assertEquals(List.of(), leftovers(file.getParent(), previousKilledPid), "a completed save removes what a killed one left");
			}
			if (killed) {
				previousKilledPid = (int) process.pid();
			}
		}
		assertEquals(0, product.run("./playbook actuals export-a.csv --strategy " + file).exitCode());
		assertEquals(List.of(), leftovers(file.getParent(), -1), "nothing is left behind after a save");
		assertTrue(killedDuringSave >= TRIALS / 3, "many trials hit a save: " + killedDuringSave);
		Product.report("kill -9 during a save of ./playbook actuals: " + TRIALS + " trials (" + killedDuringSave + " killed after the save began, "
				+ killedBeforeTheRename + " of them before the new version replaced the file; " + completed + " finished first), 0 files or backups"
				+ " not whole, 0 permissions changed, 0 temporary files left after the next save");
	}

	/** Kills the process a while after its save has begun (its temporary file appears); false when it finished first. */
	private static boolean killDuringSave(Process process, Path folder, int delayMillis) throws Exception {
		String mark = "." + process.pid() + ".";
		while (process.isAlive()) {
			try (Stream<Path> files = Files.list(folder)) {
				if (files.anyMatch(f -> f.getFileName().toString().contains(mark) && f.getFileName().toString().endsWith(".tmp"))) {
					if (delayMillis > 0) {
						Thread.sleep(delayMillis);
					}
					if (!process.isAlive()) {
						return false;
					}
					process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
					return true;
				}
			}
			Thread.onSpinWait();
		}
		return false;
	}

	private static List<Path> leftovers(Path folder, int pid) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".tmp") && (pid < 0 || f.getFileName().toString().contains("." + pid + ".")))
					.toList();
		}
	}

	/** A social tool's export: a post a day for six years on eight networks, with counts varied by the seed. */
	private static Path export(Path file, int seed) throws IOException {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder("date,network,text,impressions,engagements,clicks\n");
		List<String> networks = List.of("instagram", "facebook", "tiktok", "linkedin", "youtube", "pinterest", "threads", "x");
		java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 1);
		for (int i = 0; i < 6 * 365; i++, day = day.plusDays(1)) {
			for (String network : networks) {
				csv.append(day).append(',').append(network).append(",Post ").append(i).append(random.nextBoolean() ? " shop now" : " how to brew").append(',')
						.append(random.nextInt(5000)).append(',').append(random.nextInt(300)).append(',').append(random.nextInt(50)).append('\n');
			}
		}
		return Files.writeString(file, csv);
	}

	private static String read(Path log) {
		try {
			return Files.readString(log);
		} catch (IOException e) {
			return e.toString();
		}
	}

}
