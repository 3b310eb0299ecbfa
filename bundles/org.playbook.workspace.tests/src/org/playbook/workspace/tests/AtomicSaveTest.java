package org.playbook.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.Strategy;
import org.playbook.workspace.AtomicFileWriter;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;
import org.playbook.workspace.PlaybookFiles;
import org.playbook.workspace.SampleAgency;

public class AtomicSaveTest {
	@TempDir
	Path workspace;

	@Test
	public void saveWritesTheChangeAndKeepsThePreviousVersion() throws IOException {
		Path file = sampleStrategy();
		String before = Files.readString(file);
		Strategy strategy = read(file);
		strategy.setName("Renamed strategy");

		new ModelWriter().save(strategy.eResource());

		assertEquals("Renamed strategy", read(file).getName());
		assertEquals(before, Files.readString(PlaybookFiles.backupOf(file)), "the backup holds the previous version");
		assertEquals(List.of(), leftovers(file));
	}

	@Test
	public void saveInterruptedAfterTheTempWriteLeavesTheOldFileIntact() throws IOException {
		Path file = sampleStrategy();
		String before = Files.readString(file);
		Strategy strategy = read(file);
		strategy.setName("Never written");
		AtomicFileWriter crashing = new AtomicFileWriter() {
			@Override
			protected void beforeReplace(Path temp) throws IOException {
				assertTrue(Files.readString(temp).contains("Never written"), "the new content was fully written first");
				throw new IOException("simulated crash: the disk went away");
			}
		};

		assertThrows(IOException.class, () -> new ModelWriter(crashing).save(strategy.eResource()));

		assertEquals(before, Files.readString(file));
		assertEquals(List.of(), leftovers(file), "no temporary file is left behind");
		assertEquals("2026 social strategy", read(file).getName());
	}

	@Test
	public void savedIdsAreStableAcrossSaves() throws IOException {
		Path file = sampleStrategy();
		new ModelWriter().save(read(file).eResource());
		String once = Files.readString(file);
		new ModelWriter().save(read(file).eResource());

		assertEquals(once, Files.readString(file), "a load and save without change writes the same bytes");
		assertTrue(once.contains("xmi:id=\"goal-shop\""), "hand-written ids are kept");
	}

	@Test
	public void saveKeepsTheFilesPermissions() throws IOException {
		Path file = sampleStrategy();
		Set<PosixFilePermission> groupOnly = PosixFilePermissions.fromString("rw-r-----");
		Files.setPosixFilePermissions(file, groupOnly);

		new ModelWriter().save(read(file).eResource());
		new ModelWriter().save(read(file).eResource());

		assertEquals(groupOnly, Files.getPosixFilePermissions(file));
		assertEquals(groupOnly, Files.getPosixFilePermissions(PlaybookFiles.backupOf(file)), "the backup keeps them too");
	}

	@Test
	public void aNewFileGetsThePermissionsOfAnyNewFile() throws IOException {
		Path made = Files.createFile(workspace.resolve("made-by-the-user"));
		Path written = workspace.resolve("report.html");
		new AtomicFileWriter().replace(written, "<p>report</p>".getBytes(StandardCharsets.UTF_8));
		assertEquals(Files.getPosixFilePermissions(made), Files.getPosixFilePermissions(written), "the umask's, not a temporary file's 0600");
	}

	@Test
	public void leftoversOfAProcessThatDiedAreRemovedByTheNextSave() throws Exception {
		Path file = sampleStrategy();
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Path dead = Files.writeString(file.resolveSibling("." + file.getFileName() + "." + gone.pid() + ".0123456789ab.tmp"), "half a save");
		Path living = Files.writeString(file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().parent().orElseThrow().pid()
				+ ".0123456789ab.tmp"), "a save under way in another process");
		Path older = Files.writeString(file.resolveSibling("." + file.getFileName() + "8812345678901234567.tmp"), "an earlier version's leftover");
		Files.setLastModifiedTime(older, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

		new ModelWriter().save(read(file).eResource());

		assertFalse(Files.exists(dead), "the dead process's temporary file is gone");
		assertFalse(Files.exists(older));
		assertTrue(Files.exists(living), "a running process's is left alone");
	}

	@Test
	public void theBackupIsAlwaysAWholeEarlierVersion() throws IOException {
		Path file = sampleStrategy();
		Strategy strategy = read(file);
		for (int i = 0; i < 5; i++) {
			String before = Files.readString(file);
			strategy.setName("Version " + i);
			new ModelWriter().save(strategy.eResource());
			assertEquals(before, Files.readString(PlaybookFiles.backupOf(file)));
			assertTrue(new ModelReader().read(PlaybookFiles.backupOf(file), Strategy.class).isOk());
		}
		assertEquals(List.of(), leftovers(file));
	}

	private Path sampleStrategy() throws IOException {
		SampleAgency.install(workspace);
		return workspace.resolve("harbor-roast/2026-social.playbook");
	}

	private static Strategy read(Path file) {
		LoadResult<Strategy> result = new ModelReader().read(file, Strategy.class);
		assertTrue(result.isOk(), () -> result.diagnostic().getMessage());
		return result.root();
	}

	private static List<Path> leftovers(Path file) throws IOException {
		try (Stream<Path> files = Files.list(file.getParent())) {
			return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
		}
	}
}
