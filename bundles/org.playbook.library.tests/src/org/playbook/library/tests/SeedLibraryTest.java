package org.playbook.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.playbook.library.Library;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.model.PracticeStatus;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;

/** The curated library as the Library API serves it (the data itself is checked in the corpus's own tests). */
public class SeedLibraryTest {
	private final Library library = Library.load(null);

	@Test
	public void loadsWithoutProblems() {
		assertEquals(List.of(), library.problems().stream().map(Diagnostic::getMessage).toList());
		assertTrue(library.practices().size() >= 50, "the five posts hold more than fifty pieces of advice");
		assertEquals(library.practices(), library.accepted(), "the seed library holds no unreviewed proposals");
	}

	@Test
	public void everyQuoteStandsVerbatimAtItsOffsetsInItsPost() throws IOException {
		int checked = 0;
		for (Practice practice : library.practices()) {
			assertFalse(practice.getSourceRefs().isEmpty(), practice.getId() + " cites no source");
			for (SourceRef ref : practice.getSourceRefs()) {
				String post = library.postText(ref.getSource());
				assertTrue(ref.getStart() >= 0 && ref.getEnd() <= post.length() && ref.getStart() < ref.getEnd(),
						practice.getId() + ": offsets outside the post");
				assertEquals(ref.getQuote(), post.substring(ref.getStart(), ref.getEnd()), practice.getId() + ": quote not at its offsets");
				checked++;
			}
		}
		assertTrue(checked >= library.practices().size());
	}

	@Test
	public void sourcesKeepTheirPostsMetadata() {
		Map<String, Source> sources = library.sources();
		assertEquals(5, sources.size());
		Source harms = sources.get("post-000");
		assertEquals("Ryon Harms", harms.getAuthor());
		assertNotNull(harms.getPublished());
	}

	@Test
	public void practicesAreCompleteValidAndUniquelyNamed() {
		Set<String> ids = new HashSet<>();
		Set<PracticeCategory> categories = new HashSet<>();
		Set<Polarity> polarities = new HashSet<>();
		for (Practice practice : library.practices()) {
			assertTrue(ids.add(practice.getId()), "duplicate id " + practice.getId());
			assertFalse(practice.getTitle().isBlank());
			assertFalse(practice.getSummary().isBlank(), practice.getId());
			assertEquals(PracticeStatus.ACCEPTED, practice.getStatus());
			Diagnostic validity = Diagnostician.INSTANCE.validate(practice);
			assertEquals(Diagnostic.OK, validity.getSeverity(), () -> practice.getId() + ": " + validity.getChildren());
			practice.getRelated().forEach(related -> assertFalse(related.eIsProxy(), practice.getId() + " relates to a missing practice"));
			categories.add(practice.getCategory());
			polarities.add(practice.getPolarity());
		}
		assertEquals(Set.of(Polarity.values()), polarities);
		assertTrue(categories.size() >= 10, "advice spans the parts of a strategy: " + categories);
	}

	@Test
	public void salesPitchIsAFailurePatternUnderContent() {
		Practice pitch = library.find("content.sales-pitch");
		assertEquals("Every status update is a sales pitch", pitch.getTitle());
		assertEquals(PracticeCategory.CONTENT, pitch.getCategory());
		assertEquals(Polarity.FAILURE_PATTERN, pitch.getPolarity());
	}
}
