package org.playbook.library.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.playbook.library.corpus.Corpus;
import org.playbook.model.Practice;
import org.playbook.model.PracticeLibrary;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;
import org.playbook.model.util.PlaybookResourceImpl;

/** The data Playbook ships, checked against the post files themselves. */
public class CorpusTest {
	private static final List<String> POSTS = List.of("000_aed9b37b8e09812b.txt", "001_909263dbedb403aa.txt",
			"002_1209cb541be1101b.txt", "003_c8ebcab29a032197.txt", "004_c2e87d36b05b1223.txt");
	private PracticeLibrary library;
	private final Map<Source, String> texts = new HashMap<>();

	@BeforeEach
	public void load() throws IOException {
		Resource resource = new PlaybookResourceImpl(URI.createURI(Corpus.seedLibrary().toString()));
		try (InputStream in = Corpus.seedLibrary().openStream()) {
			resource.load(in, null);
		}
		assertEquals(List.of(), resource.getErrors());
		library = (PracticeLibrary) resource.getContents().get(0);
		for (Source source : library.getSources()) {
			try (InputStream in = Corpus.entry(source.getDocument()).openStream()) {
				texts.put(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

	@Test
	public void thePostsShipUnderTheirOwnNames() {
		for (String post : POSTS) {
			assertNotNull(Corpus.entry("posts/" + post), post);
		}
		assertEquals(Set.copyOf(POSTS), library.getSources().stream().map(Source::getOrigin).collect(Collectors.toSet()));
	}

	@Test
	public void everyQuoteStandsVerbatimAtItsOffsets() {
		int quotes = 0;
		for (Practice practice : library.getPractices()) {
			assertFalse(practice.getSourceRefs().isEmpty(), practice.getId() + " cites no post");
			for (SourceRef ref : practice.getSourceRefs()) {
				String post = texts.get(ref.getSource());
				assertEquals(ref.getQuote(), post.substring(ref.getStart(), ref.getEnd()), practice.getId());
				quotes++;
			}
		}
		assertTrue(quotes >= library.getPractices().size());
	}

	@Test
	public void everyPostIsCitedSeveralTimes() {
		Map<Source, Long> citations = library.getPractices().stream().flatMap(p -> p.getSourceRefs().stream())
				.collect(Collectors.groupingBy(SourceRef::getSource, Collectors.counting()));
		for (Source source : library.getSources()) {
			assertTrue(citations.getOrDefault(source, 0L) >= 5, source.getTitle() + " is cited " + citations.get(source) + " times");
		}
	}

	@Test
	public void goodAdviceInReadersCommentsIsIncluded() {
		Source commitmentPost = library.getSources().stream().filter(s -> s.getOrigin().startsWith("004_")).findFirst().orElseThrow();
		int comments = texts.get(commitmentPost).indexOf("15 comments");
		long fromComments = library.getPractices().stream().flatMap(p -> p.getSourceRefs().stream())
				.filter(ref -> ref.getSource() == commitmentPost && ref.getStart() > comments).count();
		assertTrue(fromComments >= 5, "practices quoting readers' comments: " + fromComments);
	}
}
