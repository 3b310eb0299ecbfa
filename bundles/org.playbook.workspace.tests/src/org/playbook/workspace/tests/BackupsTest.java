package org.playbook.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.Strategy;
import org.playbook.workspace.Backups;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;
import org.playbook.workspace.SampleAgency;

public class BackupsTest {
	@TempDir
	Path workspace;

	@Test
	public void restoringTheBackupKeepsTheBrokenFileAside() throws IOException {
		SampleAgency.install(workspace);
		Path file = workspace.resolve("kestrel-bikes/2026-plan.playbook");
		new ModelWriter().save(new ModelReader().read(file, Strategy.class).root().eResource());
		String broken = Files.readString(file).substring(0, 300);
		Files.writeString(file, broken);
		assertFalse(new ModelReader().read(file, Strategy.class).isOk());

		Path kept = Backups.restore(file);

		assertTrue(new ModelReader().read(file, Strategy.class).isOk(), "the strategy reads again");
		assertEquals(broken, Files.readString(kept), "nothing the broken file held is lost");
		assertTrue(Backups.hasBackup(file), "the backup itself stays");
	}

	@Test
	public void noBackupIsSaidPlainly() throws IOException {
		Path file = Files.writeString(workspace.resolve("lonely.playbook"), "");
		assertFalse(Backups.hasBackup(file));
		IOException error = assertThrows(IOException.class, () -> Backups.restore(file));
		assertTrue(error.getMessage().contains("no backup of lonely.playbook"), error.getMessage());
	}
}
