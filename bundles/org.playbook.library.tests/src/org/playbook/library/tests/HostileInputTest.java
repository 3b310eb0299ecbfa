package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.playbook.library.LibraryService;
import org.playbook.library.importer.ImportException;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.importer.Passages;
import org.playbook.library.importer.PostImporter;
import org.playbook.library.importer.PostReaders;
import org.playbook.library.importer.PostText;
import org.playbook.library.search.SearchRequest;
import org.playbook.model.Practice;

/**
 * Posts made to break the importer: each is refused with a reason, or read in time linear in
 * its size; what the dry run accepts, the import stores. (The product's fault suite runs a
 * generated corpus of hundreds of these through the command line.)
 */
public class HostileInputTest {
	private static final String POST = "A Post With Advice\n\nAlways answer a complaint within the hour, even at weekends.\n"
			+ "Never delete a critical comment; reply to it in public.\n";
	private final PostImporter importer = new PostImporter(PostReaders.builtIn());

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "\u000c", "\u001b[2J", "\u0001", "\u007f", "\u0085", "\ufffe" })
	public void controlCharactersAreRemovedBeforeAnythingIsStored(String control) throws Exception {
		Path post = Files.writeString(folder.resolve("control.txt"), POST.replace("within", "with" + control + "in").replace("A Post", "A" + control + " Post"));
		ImportResult dryRun = importer.read(post);
		assertEquals(-1, PostText.firstUnstorable(dryRun.post().text()));
		assertFalse(dryRun.source().getTitle().contains(control));

		Path workspace = Files.createDirectory(folder.resolve("workspace"));
		try (LibraryService service = LibraryService.open(workspace)) {
			assertEquals(dryRun.proposals().size(), service.store(service.read(post), true), "what the dry run proposes, the import stores");
		}
		try (LibraryService service = LibraryService.open(workspace)) {
			assertTrue(service.library().problems().isEmpty(), () -> service.library().problems().toString());
			String first = service.index().search(SearchRequest.practices("\"hour, even at weekends\"")).hits().get(0).id();
			assertTrue(first.startsWith("import-"), "the imported practice is searchable: " + first);
		}
	}

	@Test
	public void htmlEntitiesThatSpellControlCharactersAreRemovedToo() throws Exception {
		Path post = Files.writeString(folder.resolve("entities.html"),
				"<html><head><meta property=\"og:title\" content=\"Title&#27;]0;x&#7;\"></head><body><article>"
						+ "<p>Always answer&#12; a complaint within the hour&#1;.</p></article></body></html>");
		ImportResult result = importer.read(post);
		assertEquals(-1, PostText.firstUnstorable(result.post().text() + result.source().getTitle()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16", "UTF-16LE-BOM", "UTF-16BE-BOM", "UTF-16LE", "UTF-8-BOM" })
	public void unicodeEncodingsAreRead(String encoding) throws Exception {
		byte[] bytes = switch (encoding) {
			case "UTF-16LE-BOM" -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, POST.getBytes(StandardCharsets.UTF_16LE));
			case "UTF-16BE-BOM" -> concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, POST.getBytes(StandardCharsets.UTF_16BE));
			case "UTF-8-BOM" -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, POST.getBytes(StandardCharsets.UTF_8));
			default -> POST.getBytes(Charset.forName(encoding));
		};
		ImportResult result = importer.read(Files.write(folder.resolve("post.txt"), bytes));
		assertEquals("A Post With Advice", result.source().getTitle());
		assertTrue(result.proposals().stream().map(Practice::getSummary).anyMatch(s -> s.startsWith("Always answer")), result.proposals().toString());
	}

	@Test
	public void utf32IsRefusedByName() throws Exception {
		Path post = Files.write(folder.resolve("post.txt"), concat(new byte[] { 0, 0, (byte) 0xFE, (byte) 0xFF }, POST.getBytes(Charset.forName("UTF-32BE"))));
		assertTrue(assertThrows(ImportException.class, () -> importer.read(post)).getMessage().contains("UTF-32"));
	}

	@Test
	public void foldersAndLinksAreCalledWhatTheyAre() throws Exception {
		Path directory = Files.createDirectory(folder.resolve("posts.txt"));
		assertTrue(assertThrows(ImportException.class, () -> importer.read(directory)).getMessage().endsWith("it is a folder, not a file"));
		Path loop = folder.resolve("loop.txt");
		Files.createSymbolicLink(loop, loop);
		assertTrue(assertThrows(ImportException.class, () -> importer.read(loop)).getMessage().contains("loop"));
		Path dangling = Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("nowhere.txt"));
		assertTrue(assertThrows(ImportException.class, () -> importer.read(dangling)).getMessage().contains("which does not exist"));
		Path missing = folder.resolve("missing.txt");
		assertTrue(assertThrows(ImportException.class, () -> importer.read(missing)).getMessage().endsWith("there is no such file"));
	}

	@Test
	public void anUnreadableFileSaysWhy() throws Exception {
		Path post = Files.writeString(folder.resolve("secret.txt"), POST);
		post.toFile().setReadable(false, false);
		org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(post), "this user (root) reads every file");
		assertTrue(assertThrows(ImportException.class, () -> importer.read(post)).getMessage().contains("permission denied"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<div><p>x ", "<ul><li>x ", "<table><tr><td>x ", "<blockquote><li>x ", "<div class=\"comments\"><div class=\"comment-body\">x " })
	public void deepNestingIsReadInLinearTime(String level) throws Exception {
		Path post = Files.writeString(folder.resolve("deep.html"), "<html><body><article><h1>Deep</h1><p>Always reply within the hour to a complaint.</p>"
				+ level.repeat(20_000) + "</article></body></html>");
		assertTimeoutPreemptively(Duration.ofSeconds(PostImporter.Deadline.SECONDS), () -> {
			try {
				importer.read(post);
			} catch (ImportException refused) {
				assertTrue(refused.getMessage().contains("too complex"), refused.getMessage());
			}
		});
	}

	@Test
	public void aHugeSingleLineIsReadInTime() throws Exception {
		Path post = Files.writeString(folder.resolve("line.txt"), "One Line\n\n" + "Always answer every comment, ".repeat(150_000));
		assertTimeoutPreemptively(Duration.ofSeconds(PostImporter.Deadline.SECONDS), () -> importer.read(post));
	}

	@ParameterizedTest
	@ValueSource(strings = { ".a", "a", "͑", "&." })
	public void aRunWithoutSpacesNeitherStallsTheTaggerNorHidesTheAdvice(String unit) throws Exception {
		Path post = Files.writeString(folder.resolve("run.txt"), "A Run\n\n" + unit.repeat(400_000) + " Always answer a complaint within the hour.\n");
		ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(PostImporter.Deadline.SECONDS), () -> importer.read(post));
		assertTrue(result.proposals().stream().anyMatch(p -> p.getTitle().startsWith("Always answer a complaint")),
				"the advice after the run is still found: " + result.proposals().stream().map(Practice::getTitle).toList());
	}

	@Test
	public void aPostThatOpensWithARunWithoutSpacesIsTitledAndStored() throws Exception {
		Path post = Files.writeString(folder.resolve("opening.txt"), "x".repeat(200_000) + " Always answer a complaint within the hour.\n");
		LibraryService service = LibraryService.open(null);
		ImportResult result = service.read(post);
		assertTrue(result.post().title().length() <= 91, "a title of a line's length: " + result.post().title().length());
		assertEquals(1, Passages.of("opening.txt", result.post().text()).size(), "the post is one passage");
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = new byte[a.length + b.length];
		System.arraycopy(a, 0, joined, 0, a.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}
}
