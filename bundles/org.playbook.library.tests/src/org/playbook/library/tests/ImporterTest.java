package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.library.corpus.Corpus;
import org.playbook.library.importer.ImportException;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.importer.PostImporter;
import org.playbook.library.importer.PostReaders;
import org.playbook.library.learning.Candidate;
import org.playbook.library.nlp.ListKinds;
import org.playbook.library.importer.ProposalReview;
import org.playbook.library.importer.ParsedPost.BlockKind;
import org.playbook.library.LibraryService;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.model.PracticeStatus;
import org.playbook.model.SourceRef;

/**
 * Reading posts into proposed practices: the seed posts, posts never seen before, and bad
 * files. Read through the library (the bundled one, in memory), whose accepted practices
 * teach the category and polarity.
 */
public class ImporterTest {
	private static LibraryService importer;

	@BeforeAll
	static void openLibrary() throws IOException {
		importer = LibraryService.open(null);
	}

	@AfterAll
	static void closeLibrary() throws IOException {
		importer.close();
	}

	@TempDir
	Path folder;

	@Test
	public void seedPostTitleBylineAndComment() throws Exception {
		ImportResult post = importer.read(seedPost("000_aed9b37b8e09812b.txt"));

		assertEquals("The Single Most Important Reason Why Social Media Campaigns Fail", post.source().getTitle());
		assertEquals("Ryon Harms", post.source().getAuthor());
		assertEquals(LocalDate.of(2010, 7, 27), post.post().published());
		assertTrue(post.post().blocks().stream().anyMatch(b -> b.kind() == BlockKind.COMMENT && b.content().contains("Start with Why")),
				"the reader's comment is recognised as one");
		assertProposal(post, "Make your products a way to prove");
		assertQuotesAreVerbatim(post);
	}

	@Test
	public void seedPostListsUnderFailureAndSuccessHeadings() throws Exception {
		ImportResult post = importer.read(seedPost("003_c8ebcab29a032197.txt"));

		Practice pitch = assertProposal(post, "Every status update is a sales pitch");
		assertEquals(Polarity.FAILURE_PATTERN, pitch.getPolarity());
		assertEquals(PracticeCategory.CONTENT, pitch.getCategory());
		assertEquals(Polarity.SUCCESS_PATTERN, assertProposal(post, "Tracking and measuring all social media efforts").getPolarity());
		assertEquals(PracticeCategory.MEASUREMENT, assertProposal(post, "Tracking and measuring all social media efforts").getCategory());
		assertTrue(post.proposals().stream().allMatch(p -> p.getStatus() == PracticeStatus.PROPOSED));
		assertQuotesAreVerbatim(post);
	}

	@Test
	public void seedPostCommentsAreReadAndFooterDropped() throws Exception {
		ImportResult post = importer.read(seedPost("004_c2e87d36b05b1223.txt"));

		assertTrue(post.post().blocks().stream().filter(b -> b.kind() == BlockKind.COMMENT).count() >= 10);
		assertTrue(post.post().blocks().stream().noneMatch(b -> b.content().contains("HTML tags")), "the reply form is not content");
		assertTrue(post.proposals().stream().anyMatch(p -> post.post().blocks().stream().anyMatch(b -> b.kind() == BlockKind.COMMENT
				&& b.start() <= p.getSourceRefs().get(0).getStart() && p.getSourceRefs().get(0).getEnd() <= b.end())), "readers' comments give advice too");
		assertQuotesAreVerbatim(post);
	}

	@Test
	public void everySeedPostYieldsProposals() throws Exception {
		for (String name : List.of("000_aed9b37b8e09812b.txt", "001_909263dbedb403aa.txt", "002_1209cb541be1101b.txt",
				"003_c8ebcab29a032197.txt", "004_c2e87d36b05b1223.txt")) {
			ImportResult post = importer.read(seedPost(name));
			assertTrue(post.proposals().size() >= 2, name + ": " + post.proposals().size());
			assertQuotesAreVerbatim(post);
		}
	}

	@Test
	public void unseenPlainTextPostWithNumberedTipsAndComments() throws Exception {
		Path file = testData("seven-habits.txt");
		ImportResult post = importer.read(file);

		assertEquals("7 Habits of Brands That Win on Social (and 4 Mistakes to Avoid)", post.source().getTitle());
		assertEquals("Dana Whitfield", post.source().getAuthor());
		assertEquals(LocalDate.of(2024, 3, 3), post.post().published());
		// The habits are described, not ordered ("They answer every comment within a day"), a kind of sentence the labelled
		// posts hold three of: read beside the post's near-certain mistakes and closing advice, the models propose few or none
		// (BENCHMARKS.md, the second reading). What stands under the heading takes its polarity from it all the same.
		Candidate habit = new PostImporter(PostReaders.builtIn()).candidates(file).stream()
				.filter(c -> c.text().startsWith("They answer every comment")).findFirst().orElseThrow();
		assertEquals(Polarity.SUCCESS_PATTERN, ListKinds.of(habit.context()), "the heading of habits: " + habit.context());
		post.proposals().stream().filter(p -> p.getSummary().startsWith("They "))
				.forEach(proposed -> assertEquals(Polarity.SUCCESS_PATTERN, proposed.getPolarity(), "under the habits heading: " + proposed.getSummary()));
		Practice bought = assertProposal(post, "Buying followers to look bigger");
		assertEquals(Polarity.FAILURE_PATTERN, bought.getPolarity());
		assertProposal(post, "Make sure every post has a reason to exist");
		assertProposal(post, "Never underestimate how much a fast reply is worth");
		assertTrue(post.post().blocks().stream().anyMatch(b -> b.kind() == BlockKind.COMMENT && b.content().startsWith("Number 5")));
		assertTrue(post.proposals().stream().noneMatch(p -> p.getSummary().contains("Leave a Reply")));
		assertQuotesAreVerbatim(post);
	}

	@Test
	public void unseenHtmlPostWithMetadataNavigationAndComments() throws Exception {
		Path file = testData("listening-first.html");
		ImportResult post = importer.read(file);

		assertEquals("Why Our Social Team Listens Before It Posts", post.source().getTitle());
		assertEquals("Tomás Reyes", post.source().getAuthor());
		assertEquals(LocalDate.of(2023, 11, 14), post.post().published());
		String text = post.post().text();
		assertFalse(text.contains("window.tracking") || text.contains("About us") || text.contains("All rights reserved")
				|| text.contains("Popular posts"), "scripts, navigation, sidebars and footers are not the post");
		ProposalReview review = post.review(assertProposal(post, "Respond to mentions within four hours"));
		assertTrue(review.category().confidence() > 0 && review.category().runnerUp() != null, "a category with its confidence and runner-up");
		assertEquals(Polarity.FAILURE_PATTERN, assertProposal(post, "Only tracking mentions that tagged our account").getPolarity());
		Candidate comment = new PostImporter(PostReaders.builtIn()).candidates(file).stream()
				.filter(c -> c.text().startsWith("Always look at the misspellings")).findFirst().orElseThrow();
		assertTrue(comment.comment() && !comment.context().contains("Mistakes"), "a reader's advice is not under the article's 'Mistakes' heading: "
				+ comment.context());
		post.proposals().stream().filter(p -> p.getSummary().startsWith("Always look at the misspellings"))
				.forEach(p -> assertEquals(Polarity.PRINCIPLE, p.getPolarity(), "a reader's advice is no failure pattern"));
		assertEquals(Polarity.PRINCIPLE, assertProposal(post, "Start with one hour a day").getPolarity(),
				"advice in prose after a failure list is not itself a failure pattern");
		assertTrue(post.proposals().stream().noneMatch(p -> p.getSummary().startsWith("Half our mentions")), "a statement, not advice");
		assertTrue(post.post().blocks().stream().anyMatch(b -> b.kind() == BlockKind.COMMENT));
		assertQuotesAreVerbatim(post);
	}

	@Test
	public void emptyFile() throws IOException {
		assertRejected(Files.createFile(folder.resolve("empty.txt")), "empty");
	}

	@Test
	public void binaryFile() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertRejected(Files.write(folder.resolve("photo.txt"), png), "binary");
	}

	@Test
	public void hugeFile() throws IOException {
		Path huge = folder.resolve("huge.txt");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(50L * 1024 * 1024);
		}
		assertRejected(huge, "50.0 MB");
	}

	@Test
	public void wronglyEncodedFile() throws IOException {
		byte[] latin1 = "Caf\u00e9 culture on social media\n\nListen to your customers.\n".getBytes(StandardCharsets.ISO_8859_1);
		ImportException error = assertRejected(Files.write(folder.resolve("latin1.txt"), latin1), "not UTF-8");
		assertTrue(error.getMessage().contains("line 1"), error.getMessage());
	}

	@Test
	public void htmlDeclaringItsEncodingIsRead() throws Exception {
		String page = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 notes</title></head><body><article>"
				+ "<h1>Caf\u00e9 notes</h1><p>Always answer the caf\u00e9's reviews the same day.</p></article></body></html>";
		ImportResult post = importer.read(Files.write(folder.resolve("cafe.html"), page.getBytes(StandardCharsets.ISO_8859_1)));
		assertEquals("Caf\u00e9 notes", post.source().getTitle());
		assertTrue(post.post().text().contains("Always answer the caf\u00e9's reviews"), "the page's own encoding, not UTF-8: " + post.post().text());
	}

	@Test
	public void malformedHtmlWithoutArticleText() throws IOException {
		assertRejected(Files.writeString(folder.resolve("broken.html"), "<html><body><div><<<>>></div><script>x()</script>"), "no readable article");
	}

	@Test
	public void missingFile() {
		assertRejected(folder.resolve("nowhere.txt"), "no such file");
	}

	private ImportException assertRejected(Path file, String problem) {
		ImportException error = assertThrows(ImportException.class, () -> importer.read(file));
		assertTrue(error.getMessage().startsWith(file.toString()), "names the file: " + error.getMessage());
		assertTrue(error.getMessage().contains(problem), "says what is wrong: " + error.getMessage());
		return error;
	}

	private static Practice assertProposal(ImportResult post, String quoteStart) {
		Optional<Practice> found = post.proposals().stream()
				.filter(p -> p.getSourceRefs().get(0).getQuote().startsWith(quoteStart)).findFirst();
		assertTrue(found.isPresent(), () -> "no proposal quoting \"" + quoteStart + "\" among "
				+ post.proposals().stream().map(p -> p.getSourceRefs().get(0).getQuote()).toList());
		return found.get();
	}

	private static void assertQuotesAreVerbatim(ImportResult post) {
		for (Practice practice : post.proposals()) {
			SourceRef ref = practice.getSourceRefs().get(0);
			assertEquals(ref.getQuote(), post.post().text().substring(ref.getStart(), ref.getEnd()));
			assertEquals(post.source(), ref.getSource());
			assertFalse(practice.getTitle().isBlank());
		}
		assertNull(post.proposals().stream().filter(p -> p.getSourceRefs().isEmpty()).findAny().orElse(null));
	}

	private Path seedPost(String name) throws IOException {
		return copy(Corpus.entry("posts/" + name).openStream(), name);
	}

	private Path testData(String name) throws IOException {
		return copy(ImporterTest.class.getResourceAsStream("/data/" + name), name);
	}

	private Path copy(InputStream in, String name) throws IOException {
		try (in) {
			Path file = folder.resolve(name);
			Files.copy(in, file);
			return file;
		}
	}
}
