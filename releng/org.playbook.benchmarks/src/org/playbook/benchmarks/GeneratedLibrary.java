package org.playbook.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.playbook.library.Library;
import org.playbook.library.index.IndexContent;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;

/**
 * A large library built from the seed library's own vocabulary: words drawn with their
 * frequency in the curated practices and quotes, so term statistics look like real advice.
 * Deterministic for a given seed.
 */
final class GeneratedLibrary {
	private final List<String> words = new ArrayList<>();
	private final List<String> tags = new ArrayList<>();
	private final List<Source> sources = new ArrayList<>();
	private final Random random;

	GeneratedLibrary(long seed) {
		random = new Random(seed);
		Library seedLibrary = Library.load(null);
		for (Practice practice : seedLibrary.practices()) {
			addWords(practice.getTitle());
			addWords(practice.getSummary());
			addWords(practice.getBody());
			practice.getSourceRefs().forEach(ref -> addWords(ref.getQuote()));
			tags.addAll(practice.getTags());
		}
		sources.addAll(seedLibrary.sources().values());
	}

	List<Practice> practices(int count) {
		List<Practice> practices = new ArrayList<>(count);
		PracticeCategory[] categories = PracticeCategory.values();
		Polarity[] polarities = Polarity.values();
		for (int i = 0; i < count; i++) {
			Practice practice = PlaybookFactory.eINSTANCE.createPractice();
			practice.setId("generated." + i);
			practice.setTitle(sentence(5, 10));
			practice.setSummary(sentence(15, 30));
			practice.setBody(sentence(30, 60));
			practice.setCategory(categories[random.nextInt(categories.length)]);
			practice.setPolarity(polarities[random.nextInt(polarities.length)]);
			for (int t = 0; t < 3; t++) {
				String tag = tags.get(random.nextInt(tags.size()));
				if (!practice.getTags().contains(tag)) {
					practice.getTags().add(tag);
				}
			}
			for (int q = 0, quotes = 1 + random.nextInt(2); q < quotes; q++) {
				SourceRef ref = PlaybookFactory.eINSTANCE.createSourceRef();
				ref.setSource(sources.get(random.nextInt(sources.size())));
				ref.setQuote(sentence(10, 25));
				practice.getSourceRefs().add(ref);
			}
			practices.add(practice);
		}
		return practices;
	}

	/**
	 * The practices grouped by post, {@code perPost} to a post: each group gets a post whose text
	 * is {@code paragraphs} paragraphs under a few headings, with each practice's quote standing
	 * in one of them at the offsets its source reference gives (as an import leaves them).
	 */
	List<IndexContent.Post> posts(List<Practice> practices, int perPost, int paragraphs) {
		List<IndexContent.Post> posts = new ArrayList<>();
		for (int first = 0, number = 0; first < practices.size(); first += perPost, number++) {
			List<Practice> drawn = practices.subList(first, Math.min(practices.size(), first + perPost));
			Source source = PlaybookFactory.eINSTANCE.createSource();
			source.setId("generated-post." + number);
			source.setTitle(capitalised(sentence(4, 8)));
			source.setAuthor("Author " + random.nextInt(500));
			source.setOrigin("generated-" + number + ".txt");
			StringBuilder text = new StringBuilder(source.getTitle()).append("\n\n");
			for (int i = 0; i < paragraphs; i++) {
				if (i % 6 == 0) {
					text.append(capitalised(sentence(3, 6)).replace(".", "")).append("\n\n");
				}
				text.append(capitalised(sentence(20, 40))).append(' ');
				if (i < drawn.size()) {
					SourceRef ref = drawn.get(i).getSourceRefs().get(0);
					ref.setSource(source);
					ref.setStart(text.length());
					text.append(capitalised(ref.getQuote()));
					ref.setEnd(text.length());
					text.append(' ');
				}
				text.append(capitalised(sentence(10, 30))).append("\n\n");
			}
			posts.add(new IndexContent.Post(source, text.toString(), List.copyOf(drawn)));
		}
		return posts;
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private String sentence(int min, int max) {
		int length = min + random.nextInt(max - min + 1);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
		}
		return text.append('.').toString();
	}

	private void addWords(String text) {
		if (text != null) {
			for (String word : text.split("[^\\p{L}\\p{N}']+")) {
				if (!word.isEmpty()) {
					words.add(word.toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
	}
}
