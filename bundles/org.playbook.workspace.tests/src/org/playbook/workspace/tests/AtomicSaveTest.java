package org.playbook.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
