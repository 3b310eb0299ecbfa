package org.playbook.library.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.playbook.library.importer.ParsedPost.Block;
import org.playbook.library.importer.ParsedPost.BlockKind;
import org.playbook.library.learning.AdviceFeatures;
import org.playbook.library.learning.AdviceModels;
import org.playbook.library.learning.Candidate;
import org.playbook.library.learning.Judgement;
import org.playbook.library.learning.Standing;
import org.playbook.library.nlp.ListKinds;
import org.playbook.library.nlp.MetaText;
import org.playbook.library.nlp.Sentence;
import org.playbook.library.nlp.SentenceAnalyzer;
import org.playbook.library.nlp.SentenceShape;
import org.playbook.library.nlp.Titles;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeStatus;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;

import de.bwaldvogel.liblinear.Feature;

/**
 * Proposes draft practices from a parsed post, for a person to review. The post is cut into
 * candidates (each sentence of its paragraphs and comments, each list item whole: an item's
 * later sentences are the conditions of its first), and the library's learned models
 * ({@link AdviceModels}) judge each from its meaning, where it stands and its grammar: the
 * ones a strategist would likely keep are proposed, with the category and polarity the models
 * find likeliest. Each quotes its words verbatim with their offsets and is titled as a
 * strategist would title it.
 */
public final class PracticeProposer {
	private static final int MAX_PROPOSALS = 40;

	/**
	 * The most sentences of one post that are tagged, about 300,000 words: a book, not a
	 * post. What lies beyond is still indexed as passages; only no proposal comes from it.
	 */
	static final int MAX_SENTENCES = 20_000;
	/** Longer sentences are not advice a practice could quote; they are not even tagged. */
	static final int MAX_WORDS = 50;
	/** A list item of up to this many words is one candidate, whatever its sentences. */
	private static final int MAX_ITEM_WORDS = 60;
	/** The most candidates of one post that are judged (each is embedded, about 3 ms): a 20 KB post has about 200; the rest of a book-sized post is passages only. */
	static final int MAX_CANDIDATES = 400;
	private static final int MIN_WORDS = 3;
	private static final Pattern HEADING_NUMBER = Pattern.compile("(?:#?\\d{1,2}[.):]|step \\d{1,2}[.:]?)\\s+", Pattern.CASE_INSENSITIVE);

	/** A proposal before the library classifies it: the practice, what the models made of it, and where it stands. */
	public record Draft(Practice practice, Judgement judgement, String context, Polarity structuralPolarity) {
	}

	private final SentenceAnalyzer analyzer = new SentenceAnalyzer();

	/** The proposals for a post, citing the given source; refused when the deadline passes. */
	public List<Draft> propose(ParsedPost post, Source source, String idPrefix, PostImporter.Deadline deadline) throws ImportException {
		List<Candidate> candidates = candidates(post, deadline);
		List<Feature[]> features;
		try {
			features = AdviceFeatures.of(candidates);
		} catch (IOException e) {
			throw new ImportException(deadline.file(), e.getMessage() + "; nothing was imported");
		}
		deadline.check();
		AdviceModels models = AdviceModels.shipped();
		List<Judged> judged = new ArrayList<>();
		List<Judgement> judgements = models.judgePost(features, Standing.peers(candidates));
		for (int i = 0; i < candidates.size(); i++) {
			Judgement judgement = judgements.get(i);
			if (judgement.advice() >= models.threshold()) {
				judged.add(new Judged(candidates.get(i), judgement));
			}
		}
		return drafts(strongest(judged), post, source, idPrefix);
	}

	/**
	 * What the advice finder judges in a post: its headings, the sentences of its paragraphs
	 * and comments, its list items whole (a question an item opens with is left out: it names
	 * the item, the answer is the practice), with the heading and lead-in each stands under.
	 * Questions, the post's title repeated as a heading and words about the page itself
	 * ({@link MetaText}) are never advice and are left out.
	 */
	public List<Candidate> candidates(ParsedPost post, PostImporter.Deadline deadline) throws ImportException {
		List<Candidate> candidates = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String section = null, leadIn = null;
		double length = Math.max(1, post.text().length());
		List<Block> blocks = post.blocks();
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			deadline.check();
			if (block.kind() == BlockKind.HEADING) {
				boolean commentsFollow = b + 1 < blocks.size() && blocks.get(b + 1).kind() == BlockKind.COMMENT;
				if (!commentsFollow && !key(block.content()).equals(key(post.title() == null ? "" : post.title()))) {
					List<Sentence> sentences = sentences(post, withoutNumber(block), seen);
					if (!sentences.isEmpty()) {
						Sentence first = sentences.get(0);
						int end = sentences.get(sentences.size() - 1).end();
						add(candidates, new Candidate(post.text().substring(first.start(), end), first.start(), end, first, SentenceShape.of(first),
								post.title(), post.title(), true, false, true, false, first.start() / length));
					}
				}
				section = block.content();
				leadIn = null;
				continue;
			}
			boolean listItem = block.kind() == BlockKind.LIST_ITEM, comment = block.kind() == BlockKind.COMMENT;
			String context = join(section, listItem ? leadIn : null);
			List<Sentence> sentences = sentences(post, block, seen);
			if (listItem) {
				while (sentences.size() > 1 && isQuestion(sentences.get(0).text())) {
					sentences = sentences.subList(1, sentences.size());
				}
			}
			if (listItem && !sentences.isEmpty() && words(sentences) <= MAX_ITEM_WORDS) {
				Sentence first = sentences.get(0);
				int end = sentences.get(sentences.size() - 1).end();
				add(candidates, new Candidate(post.text().substring(first.start(), end), first.start(), end, first, SentenceShape.of(first), context,
						post.title(), false, true, true, comment, first.start() / length));
			} else {
				for (int i = 0; i < sentences.size(); i++) {
					Sentence s = sentences.get(i);
					add(candidates, new Candidate(s.text(), s.start(), s.end(), s, SentenceShape.of(s), context, post.title(), false, listItem, i == 0, comment,
							s.start() / length));
				}
			}
			if (!listItem) {
				String last = sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1).text().strip();
				leadIn = last.endsWith(":") ? last : null;
			}
			if (candidates.size() >= MAX_CANDIDATES) {
				break;
			}
		}
		return candidates;
	}

	/** A block's sentences; a sentence said twice is read once, so a post that repeats itself a million times costs what saying it once does. */
	private List<Sentence> sentences(ParsedPost post, Block block, Set<String> seen) {
		return analyzer.sentences(post.text().substring(block.start(), block.end()), block.start(), MAX_WORDS,
				text -> seen.size() < MAX_SENTENCES && seen.add(key(text)));
	}

	/** A numbered heading ("3. Test one thing at a time") without its number, which is no part of the tip. */
	private static Block withoutNumber(Block heading) {
		Matcher number = HEADING_NUMBER.matcher(heading.content());
		if (!number.lookingAt() || number.end() >= heading.content().length()) {
			return heading;
		}
		return new Block(heading.kind(), heading.content().substring(number.end()), heading.start() + number.end(), heading.end(), heading.section());
	}

	/** A sentence that asks (OpenNLP's sentence ends at the question mark): it names a topic, it gives no advice. */
	private static boolean isQuestion(String text) {
		return text.strip().endsWith("?");
	}

	private static void add(List<Candidate> candidates, Candidate candidate) {
		SentenceShape shape = candidate.shape();
		if (shape.words() >= MIN_WORDS && !isQuestion(candidate.text()) && !MetaText.isMeta(candidate.text())) {
			candidates.add(candidate);
		}
	}

	private record Judged(Candidate candidate, Judgement judgement) {
	}

	/** The likeliest, at most {@value #MAX_PROPOSALS}, in the order of the post. */
	private static List<Judged> strongest(List<Judged> judged) {
		if (judged.size() <= MAX_PROPOSALS) {
			return judged;
		}
		Set<Judged> kept = new HashSet<>(judged.stream().sorted(Comparator.comparingDouble((Judged j) -> -j.judgement().advice()))
				.limit(MAX_PROPOSALS).toList());
		return judged.stream().filter(kept::contains).toList();
	}

	private static List<Draft> drafts(List<Judged> judged, ParsedPost post, Source source, String idPrefix) {
		List<Draft> drafts = new ArrayList<>();
		for (Judged j : judged) {
			Candidate candidate = j.candidate();
			String quote = post.text().substring(candidate.start(), candidate.end());
			Practice practice = PlaybookFactory.eINSTANCE.createPractice();
			practice.setId(idPrefix + "." + (drafts.size() + 1));
			practice.setTitle(Titles.of(candidate.sentence()));
			practice.setSummary(quote);
			practice.setBody("Proposed from \"" + post.title() + "\"" + (candidate.context() == null ? "" : ", under \"" + candidate.context() + "\"")
					+ ". Review the title, summary and category before accepting.");
			practice.setCategory(j.judgement().category());
			practice.setPolarity(j.judgement().polarity());
			practice.setStatus(PracticeStatus.PROPOSED);
			SourceRef ref = PlaybookFactory.eINSTANCE.createSourceRef();
			ref.setSource(source);
			ref.setQuote(quote);
			ref.setStart(candidate.start());
			ref.setEnd(candidate.end());
			practice.getSourceRefs().add(ref);
			Polarity structural = candidate.listItem() ? ListKinds.of(candidate.context()) : null;
			if (structural != null) {
				practice.setPolarity(structural);
			}
			drafts.add(new Draft(practice, j.judgement(), candidate.context(), structural));
		}
		return drafts;
	}

	private static String join(String section, String leadIn) {
		if (section == null) {
			return leadIn;
		}
		return leadIn == null ? section : section + " " + leadIn;
	}

	private static int words(List<Sentence> sentences) {
		return sentences.stream().mapToInt(Sentence::wordCount).sum();
	}

	private static String key(String sentence) {
		return sentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}
}
