package org.playbook.library.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.playbook.library.importer.ParsedPost.Block;
import org.playbook.library.importer.ParsedPost.BlockKind;
import org.playbook.library.nlp.Advice;
import org.playbook.library.nlp.Clauses;
import org.playbook.library.nlp.Sentence;
import org.playbook.library.nlp.SentenceAnalyzer;
import org.playbook.library.nlp.Titles;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeStatus;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;

/**
 * Proposes draft practices from a parsed post, for a person to review: the sentences of its
 * paragraphs, list items and readers' comments that give advice (read with OpenNLP: see
 * {@link Advice}), each quoting its words verbatim with their offsets and titled as a
 * strategist would title it. A list keeps the meaning its heading or lead-in gives it: items
 * under "mistakes" or "how to fail" are failure patterns, under "what works" success
 * patterns, items of "a crisis plan should include:" advice even without a verb. The category
 * and the final polarity are left to the library's classifier, which learns them from the
 * accepted practices.
 */
public final class PracticeProposer {
	private static final int MAX_PROPOSALS = 40;

	/**
	 * The most sentences of one post that are tagged, about 300,000 words: a book, not a
	 * post. What lies beyond is still indexed as passages; only no proposal comes from it.
	 */
	static final int MAX_SENTENCES = 20_000;
	/** Headings and lead-ins that introduce a list of advice. */
	private static final Pattern ADVICE_LIST = Pattern.compile("\\b(tips?|mistakes?|ways?|steps?|rules?|do'?s|don'?ts|best practices?|musts?|must-haves?"
			+ "|checklist|how to|should|include|includes|including|need|needs|avoid|lessons?|principles?|habits?|secrets?|strateg(y|ies)|tactics?|ideas?"
			+ "|things|what to|guide|fail\\w*|succe\\w*|pitfalls?|errors?|sins?|traps?|commandments?|keys?|tricks?|hacks?|reasons?|why|wrong|right"
			+ "|essentials?|basics|dos and don'?ts|recommend\\w*|advice|remember|practices?|works?|don't|never|always|make sure)\\b", Pattern.CASE_INSENSITIVE);
	/** Lists that describe rather than advise: signs, examples, types, benefits. */
	private static final Pattern DESCRIPTIVE_LIST = Pattern.compile("\\b(signs?|symptoms?|examples?|types?|kinds?|features?|benefits?|statistics|stats"
			+ "|facts?|figures|sources?|tools|platforms|networks|options|contents|table of contents|agenda|topics|categories|tags|sections?|chapters?"
			+ "|objectives?|goals?|common|such as|for example|for instance|like)\\b",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern FAILURE = Pattern.compile("\\b(mistakes?|fail\\w*|avoid|don'?t|do not|wrong|bad|worst|pitfalls?|never|kill\\w*|hurts?"
			+ "|sins?|traps?|errors?|problems?|blunders?|myths?|no-nos?|dont'?s|donts)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern SUCCESS = Pattern.compile("\\b(succe\\w*|win\\w*|works?|habits of|secrets?|what \\w+ do right|best practices?|do'?s"
			+ "|recipe|formula)\\b", Pattern.CASE_INSENSITIVE);

	/** A proposal before the library classifies it: the practice, what the post's structure says of its polarity, and its context. */
	public record Draft(Practice practice, Polarity structuralPolarity, Advice.Kind kind, String context) {
	}

	private final SentenceAnalyzer analyzer = new SentenceAnalyzer();

	/** The proposals for a post, citing the given source; refused when the deadline passes. */
	public List<Draft> propose(ParsedPost post, Source source, String idPrefix, PostImporter.Deadline deadline) throws ImportException {
		List<Candidate> candidates = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String section = null, leadIn = null;
		for (Block block : post.blocks()) {
			deadline.check();
			if (block.kind() == BlockKind.HEADING) {
				section = block.content();
				leadIn = null;
				continue;
			}
			boolean listItem = block.kind() == BlockKind.LIST_ITEM;
			String listHeading = (leadIn != null ? leadIn + " " : "") + (section != null ? section : "");
			boolean adviceList = listItem && ADVICE_LIST.matcher(listHeading).find() && !DESCRIPTIVE_LIST.matcher(listHeading).find();
			Advice.Context context = new Advice.Context(listItem, adviceList, block.kind() == BlockKind.COMMENT);
			// a sentence said twice is read once: a post that repeats itself a million times costs what saying it once does
			List<Sentence> sentences = analyzer.sentences(post.text().substring(block.start(), block.end()), block.start(), Advice.MAX_WORDS,
					text -> seen.size() < MAX_SENTENCES && seen.add(key(text)));
			for (int i = 0; i < sentences.size(); i++) {
				Sentence sentence = sentences.get(i);
				// an item's first sentence is the item; what follows explains it
				Advice advice = Advice.of(sentence, i == 0 ? context : new Advice.Context(false, false, context.comment()));
				if (advice != null) {
					Polarity polarity = listItem && i == 0 ? listPolarity(listHeading) : null;
					candidates.add(new Candidate(sentence, advice, polarity, listItem ? listHeading.strip() : section));
				}
			}
			if (!listItem) {
				String last = sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1).text().strip();
				leadIn = last.endsWith(":") ? last : null;
			}
		}
		return drafts(select(candidates), post, source, idPrefix);
	}

	/** The strongest candidates, at most {@value #MAX_PROPOSALS}, in the order of the post. */
	private static List<Candidate> select(List<Candidate> candidates) {
		if (candidates.size() <= MAX_PROPOSALS) {
			return candidates;
		}
		Set<Candidate> kept = new HashSet<>(candidates.stream().sorted(Comparator.comparingDouble((Candidate c) -> -c.advice.strength()))
				.limit(MAX_PROPOSALS).toList());
		return candidates.stream().filter(kept::contains).toList();
	}

	private record Candidate(Sentence sentence, Advice advice, Polarity polarity, String context) {
	}

	private static List<Draft> drafts(List<Candidate> candidates, ParsedPost post, Source source, String idPrefix) {
		List<Draft> drafts = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Sentence sentence = candidate.sentence();
			int start = sentence.offsetOf(Clauses.quoteStart(sentence, candidate.advice().anchor()));
			String quote = post.text().substring(start, sentence.end());
			Practice practice = PlaybookFactory.eINSTANCE.createPractice();
			practice.setId(idPrefix + "." + (drafts.size() + 1));
			practice.setTitle(Titles.of(sentence, candidate.advice()));
			practice.setSummary(quote);
			practice.setBody("Proposed from \"" + post.title() + "\"" + (candidate.context() == null ? "" : ", under \"" + candidate.context() + "\"")
					+ ". Review the title, summary and category before accepting.");
			practice.setPolarity(candidate.polarity() != null ? candidate.polarity() : Polarity.PRINCIPLE);
			practice.setStatus(PracticeStatus.PROPOSED);
			SourceRef ref = PlaybookFactory.eINSTANCE.createSourceRef();
			ref.setSource(source);
			ref.setQuote(quote);
			ref.setStart(start);
			ref.setEnd(sentence.end());
			practice.getSourceRefs().add(ref);
			drafts.add(new Draft(practice, candidate.polarity(), candidate.advice().kind(), candidate.context()));
		}
		return drafts;
	}

	/** Under a heading or lead-in about failing, a failure pattern; about succeeding, a success pattern; else for the classifier. */
	private static Polarity listPolarity(String heading) {
		if (FAILURE.matcher(heading).find()) {
			return Polarity.FAILURE_PATTERN;
		}
		return SUCCESS.matcher(heading).find() ? Polarity.SUCCESS_PATTERN : null;
	}

	private static String key(String sentence) {
		return sentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}
}
