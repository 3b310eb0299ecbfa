package org.playbook.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.Strategy;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.FileProblems;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.SampleAgency;

/** Every way a strategy file can be broken gives one clear diagnostic, and the file stays as it was. */
public class CorruptFileTest {
	private static final String STRATEGY = "harbor-roast/2026-social.playbook";

	@TempDir
	Path workspace;
	private Path file;
	private String good;

	@BeforeEach
	public void installSample() throws IOException {
		SampleAgency.install(workspace);
		file = workspace.resolve(STRATEGY);
		good = Files.readString(file);
	}

	@Test
	public void truncatedFile() throws IOException {
		Diagnostic problem = breakAndRead(s -> s.substring(0, s.length() / 2), FileProblems.NOT_XML);
		assertTrue(FileProblems.lineOf(problem) > 1, "names the line where the file stops: " + problem.getMessage());
	}

	@Test
	public void emptyFile() throws IOException {
		Diagnostic problem = breakAndRead(s -> "", FileProblems.EMPTY);
		assertTrue(problem.getMessage().contains("empty"), problem.getMessage());
	}

	@Test
	public void binaryFile() throws IOException {
		byte[] binary = new byte[4096];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i * 31);
		}
		Files.write(file, binary);
		Diagnostic problem = readExpectingFailure(FileProblems.NOT_XML);
		assertTrue(problem.getMessage().contains("binary"), problem.getMessage());
		assertArrayEquals(binary, Files.readAllBytes(file));
	}

	@Test
	public void aDoctypeIsRefusedForWhatItIs() throws IOException {
		Diagnostic problem = breakAndRead(s -> s.replaceFirst("\\?>", "?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"), FileProblems.NOT_XML);
		assertTrue(problem.getMessage().contains("files with a DOCTYPE are not read, for safety"), problem.getMessage());
	}

	@Test
	public void utf16WithItsByteOrderMarkIsRead() throws IOException {
		Files.write(file, good.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16));
		LoadResult<Strategy> result = new ModelReader().read(file, Strategy.class);
		assertTrue(result.isOk(), () -> result.diagnostic().getMessage());
		assertEquals("2026 social strategy", result.root().getName());
	}

	@Test
	public void aFolderOrALinkToNothingIsSaidToBeOne() throws IOException {
		Path folder = Files.createDirectory(workspace.resolve("harbor-roast/folder.playbook"));
		assertTrue(new ModelReader().read(folder, Strategy.class).diagnostic().getMessage().contains("it is a folder, not a file"));
		Path dangling = Files.createSymbolicLink(workspace.resolve("harbor-roast/gone.playbook"), workspace.resolve("nowhere.playbook"));
		assertTrue(new ModelReader().read(dangling, Strategy.class).diagnostic().getMessage().contains("which does not exist"));
		Path loop = workspace.resolve("harbor-roast/loop.playbook");
		Files.createSymbolicLink(loop, loop);
		String message = new ModelReader().read(loop, Strategy.class).diagnostic().getMessage();
		assertTrue(message.contains("loop"), message);
	}

	@Test
	public void plainTextIsNotXml() throws IOException {
		breakAndRead(s -> "Strategy for 2026:\n- post more\n", FileProblems.NOT_XML);
	}

	@Test
	public void fileFromANewerModelVersion() throws IOException {
		Diagnostic problem = breakAndRead(s -> s.replace("http://www.playbook.org/model/1.0", "http://www.playbook.org/model/2.0"),
				FileProblems.NEWER_VERSION);
		assertTrue(problem.getMessage().contains("model 2.0") && problem.getMessage().contains("model 1.0"), problem.getMessage());
	}

	@Test
	public void unknownElementNamesItsLine() throws IOException {
		Diagnostic problem = breakAndRead(s -> s.replace("<personas ", "<audiences "), FileProblems.MALFORMED);
		int expectedLine = (int) good.substring(0, good.indexOf("<personas ")).lines().count() + 1;
		assertEquals(expectedLine, FileProblems.lineOf(problem), problem.getMessage());
		assertTrue(problem.getMessage().contains("audiences"), problem.getMessage());
	}

	@Test
	public void danglingReferenceIsReported() throws IOException {
		breakAndRead(s -> s.replace("goals=\"goal-shop goal-engagement\"", "goals=\"goal-gone\""), FileProblems.MALFORMED);
	}

	@Test
	public void foreignXmlIsNotAPlaybookFile() throws IOException {
		breakAndRead(s -> "<?xml version=\"1.0\"?>\n<x:doc xmlns:x=\"urn:other\"/>\n", FileProblems.NOT_PLAYBOOK);
	}

	@Test
	public void clientFileWhereAStrategyBelongs() throws IOException {
		Files.copy(workspace.resolve("harbor-roast/client.pbclient"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		readExpectingFailure(FileProblems.WRONG_CONTENT);
	}

	@Test
	public void externalEntitiesAreNeverResolved() throws IOException {
		Path secret = Files.writeString(workspace.resolve("secret.txt"), "TOP-SECRET");
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ good.substring(good.indexOf("<playbook:Strategy")).replace("name=\"2026 social strategy\"", "name=\"&leak;\"");
		Files.writeString(file, xxe);
		LoadResult<Strategy> result = new ModelReader().read(file, Strategy.class);
		assertFalse(result.isOk(), "a DOCTYPE is refused");
		assertFalse(result.diagnostic().getMessage().contains("TOP-SECRET"));
	}

	@Test
	public void oneBrokenFileDoesNotStopTheAgency() throws IOException {
		Files.writeString(file, good.substring(0, 200));
		Agency agency = new AgencyLoader().load(workspace);

		assertEquals(4, agency.getClients().size());
		assertEquals(3, agency.getClients().stream().mapToInt(c -> c.getStrategies().size()).sum());
		assertEquals(1, agency.getProblems().size());
		assertEquals(file, FileProblems.fileOf(agency.getProblems().get(0)));
		assertEquals(good.substring(0, 200), Files.readString(file), "the broken file is left as it was");
	}

	@Test
	public void brokenClientFileKeepsItsStrategiesReachable() throws IOException {
		Files.writeString(workspace.resolve("harbor-roast/client.pbclient"), "");
		Agency agency = new AgencyLoader().load(workspace);

		assertEquals(1, agency.getProblems().size());
		assertEquals(1, agency.findClient("harbor-roast").getStrategies().size(), "listed under its folder's name");
		assertNull(Agency.fileOf(agency.findClient("harbor-roast")), "the stand-in can never be saved over the broken file");
	}

	private Diagnostic breakAndRead(UnaryOperator<String> damage, int expectedCode) throws IOException {
		Files.writeString(file, damage.apply(good), StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(file);
		Diagnostic problem = readExpectingFailure(expectedCode);
		assertArrayEquals(before, Files.readAllBytes(file), "reading must never change the file");
		return problem;
	}

	private Diagnostic readExpectingFailure(int expectedCode) {
		ModelReader reader = new ModelReader();
		LoadResult<Strategy> result = reader.read(file, Strategy.class);

		assertFalse(result.isOk());
		assertNull(result.root(), "no half-read model is handed out");
		assertTrue(reader.getResourceSet().getResources().isEmpty(), "the failed resource is dropped");
		Diagnostic problem = result.diagnostic();
		assertEquals(Diagnostic.ERROR, problem.getSeverity());
		assertEquals(expectedCode, problem.getCode(), problem.getMessage());
		assertEquals(file, FileProblems.fileOf(problem));
		assertTrue(problem.getMessage().startsWith(file.toString()), "the message names the file: " + problem.getMessage());
		return problem;
	}
}
