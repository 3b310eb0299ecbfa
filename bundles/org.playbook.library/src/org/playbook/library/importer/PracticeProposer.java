package org.playbook.library.importer;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.playbook.library.importer.ParsedPost.Block;
import org.playbook.library.importer.ParsedPost.BlockKind;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.model.PracticeStatus;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;

/**
 * Proposes draft practices from a parsed post, for a person to review: list items (under a
 * heading about failing they are failure patterns, under one about succeeding success
 * patterns) and sentences that give advice (imperatives, "you need to", "make sure"...), in
 * paragraphs and in readers' comments. Each proposal quotes its words verbatim with their
 * offsets, is filed under the category its words point to, and is marked PROPOSED.
 */
public final class PracticeProposer {
	private static final int MAX_PROPOSALS = 60, MIN_WORDS = 3, MAX_WORDS = 45, TITLE_LENGTH = 90;
	private static final Pattern FAILURE = Pattern.compile("fail|mistake|avoid|don'?t|do not|wrong|\\bbad\\b|worst|pitfall|never|kill|hurt|problem|sins?\\b|trap",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern SUCCESS = Pattern.compile("succe|tips?\\b|best practice|how to|should|ways to|rules|guide|checklist|\\bwin|works?\\b|do's",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern ADVICE = Pattern.compile("\\b(you|we) (need|have|ought) to\\b|\\byou (should|must)\\b|\\bmake sure\\b|\\bit'?s (important|key|essential) to\\b"
			+ "|\\bthe key (is|in|to)\\b|\\bdon'?t forget\\b|\\bremember to\\b|\\bnever\\b|\\balways\\b|\\bis not the place\\b",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern CLAUSE_DASH = Pattern.compile("\\s+[–—-]\\s+");
	private static final Pattern ADDRESSEE = Pattern.compile("\\s*@\\s?[\\p{L}\\p{N}_.]+\\s*[–—:,-]\\s*");
	/** Verbs advice commonly starts with, in the imperative. */
	private static final Set<String> IMPERATIVES = Set.of("be", "build", "create", "start", "stop", "use", "make", "find", "focus", "listen",
			"engage", "measure", "track", "know", "define", "plan", "avoid", "don't", "do", "never", "always", "ask", "share", "post", "respond",
			"reply", "invite", "test", "choose", "pick", "identify", "keep", "write", "learn", "think", "get", "give", "take", "put", "set",
			"remember", "try", "commit", "integrate", "leverage", "delegate", "recycle", "reach", "hire", "publish", "schedule", "answer",
			"monitor", "join", "tell", "show", "treat", "spend", "stay", "aim", "let", "repurpose", "automate", "review", "prepare");
	/** What commonly follows a verb in the imperative. */
	private static final Set<String> IMPERATIVE_OBJECTS = Set.of("your", "the", "a", "an", "every", "each", "all", "to", "with", "more",
			"less", "them", "it", "out", "up", "on", "what", "who", "how", "people", "customers", "yourself", "one", "some", "any",
			"for", "about", "back", "someone", "time", "fewer", "only", "at", "those", "these", "this", "that", "their", "our");
	/** Capitalised words that open statements, not orders. */
	private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "i", "we", "you", "they",
			"he", "she", "our", "your", "their", "my", "his", "her", "its", "there", "here", "what", "when", "where", "why", "how", "who",
			"which", "if", "as", "in", "on", "at", "for", "of", "to", "from", "with", "by", "about", "after", "before", "one", "some",
			"many", "most", "all", "every", "each", "no", "not", "yes", "great", "good", "social", "media", "marketing", "people",
			"customers", "companies", "brands", "business", "content", "success", "failure", "thanks", "hey", "hi", "ok", "agreed",
			"half", "both", "several", "few", "more", "less", "much", "such", "other", "another", "any", "once", "only", "just", "so",
			"then", "now", "today", "yesterday", "last", "next", "first", "second", "number");
	private static final Map<PracticeCategory, Pattern> CATEGORY_WORDS = categoryWords();

	/** The proposals for a post, citing the given source; refused when the deadline passes. */
	public List<Practice> propose(ParsedPost post, Source source, String idPrefix, PostImporter.Deadline deadline) throws ImportException {
		List<Practice> proposals = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Block block : post.blocks()) {
			deadline.check();
			if (proposals.size() >= MAX_PROPOSALS) {
				break;
			}
			if (block.kind() == BlockKind.LIST_ITEM) {
				addProposal(proposals, seen, post, source, idPrefix, block.start(), block.end(), polarity(block.section(), Polarity.PRINCIPLE));
			} else if (block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.COMMENT) {
				for (int[] sentence : sentences(post.text(), block)) {
					String text = post.text().substring(sentence[0], sentence[1]);
					if (isAdvice(text)) {
						int start = sentence[0] + adviceClauseStart(text);
						// a heading's failure/success sense is for the list under it; advice in prose is a principle
						addProposal(proposals, seen, post, source, idPrefix, start, sentence[1], Polarity.PRINCIPLE);
					}
				}
			}
		}
		return proposals;
	}

	private void addProposal(List<Practice> proposals, Set<String> seen, ParsedPost post, Source source, String idPrefix, int start, int end,
			Polarity polarity) {
		String quote = post.text().substring(start, end);
		int words = quote.split("\\s+").length;
		String key = quote.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		if (words < MIN_WORDS || words > MAX_WORDS || !seen.add(key)) {
			return;
		}
		Practice practice = PlaybookFactory.eINSTANCE.createPractice();
		practice.setId(idPrefix + "." + (proposals.size() + 1));
		practice.setTitle(title(quote));
		practice.setSummary(quote);
		practice.setBody("Proposed from \"" + post.title() + "\". Review the title, summary and category before accepting.");
		practice.setCategory(category(quote));
		practice.setPolarity(polarity);
		practice.setStatus(PracticeStatus.PROPOSED);
		SourceRef ref = PlaybookFactory.eINSTANCE.createSourceRef();
		ref.setSource(source);
		ref.setQuote(quote);
		ref.setStart(start);
		ref.setEnd(end);
		practice.getSourceRefs().add(ref);
		proposals.add(practice);
	}

	/** Under a heading about failing, a failure pattern; about succeeding, a success pattern. */
	private static Polarity polarity(String section, Polarity otherwise) {
		if (section == null) {
			return otherwise;
		}
		if (FAILURE.matcher(section).find()) {
			return Polarity.FAILURE_PATTERN;
		}
		return SUCCESS.matcher(section).find() ? Polarity.SUCCESS_PATTERN : otherwise;
	}

	static boolean isAdvice(String sentence) {
		String[] words = sentence.strip().split("\\s+");
		if (words.length < MIN_WORDS || words.length > MAX_WORDS || sentence.strip().endsWith("?")) {
			return false;
		}
		int first = words[0].matches("(?i)so,?|then,?|and|but|now,?|first,?|finally,?|also,?") && words.length > 1 ? 1 : 0;
		String verb = words[first].toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z']", "");
		return IMPERATIVES.contains(verb) || looksImperative(words, first) || ADVICE.matcher(sentence.replace('’', '\'')).find();
	}

	/**
	 * An imperative by its shape, for verbs no list foresees: a capitalised base-form word
	 * ("Celebrate", "Batch") followed by what an order takes ("your", "the", "every", "to"...).
	 */
	private static boolean looksImperative(String[] words, int first) {
		if (words.length < first + 2) {
			return false;
		}
		String verb = words[first].replaceAll("[^\\p{L}']", "");
		String next = words[first + 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", "");
		return verb.matches("\\p{Lu}\\p{Ll}+") && !NOT_VERBS.contains(verb.toLowerCase(Locale.ROOT))
				&& !verb.matches(".*(ing|ed|ly|s)") && IMPERATIVE_OBJECTS.contains(next);
	}

	/**
	 * Where the advice starts in a sentence of dash-separated clauses ("great to hear you
	 * started – don't forget the key is consistency!"): at the first clause that is advice itself.
	 */
	private static int adviceClauseStart(String sentence) {
		Matcher dash = CLAUSE_DASH.matcher(sentence);
		int clauseStart = 0;
		while (dash.find()) {
			if (isAdvice(sentence.substring(clauseStart, dash.start()))) {
				return clauseStart;
			}
			clauseStart = dash.end();
		}
		return clauseStart > 0 && isAdvice(sentence.substring(clauseStart)) ? clauseStart : 0;
	}

	static PracticeCategory category(String text) {
		PracticeCategory best = PracticeCategory.MINDSET;
		int bestScore = 0;
		for (Map.Entry<PracticeCategory, Pattern> entry : CATEGORY_WORDS.entrySet()) {
			int score = (int) entry.getValue().matcher(text).results().count();
			if (score > bestScore) {
				best = entry.getKey();
				bestScore = score;
			}
		}
		return best;
	}

	private static String title(String quote) {
		String title = quote.strip().replaceAll("\\s+", " ").replaceAll("[.!;:]+$", "");
		title = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
		if (title.length() <= TITLE_LENGTH) {
			return title;
		}
		int cut = title.lastIndexOf(' ', TITLE_LENGTH);
		return title.substring(0, cut > 0 ? cut : TITLE_LENGTH) + "…";
	}

	/** Sentence bounds inside a block, trimmed, as offsets in the post's text. */
	private static List<int[]> sentences(String text, Block block) {
		List<int[]> sentences = new ArrayList<>();
		BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
		String content = text.substring(block.start(), block.end());
		iterator.setText(content);
		for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
			String sentence = content.substring(start, end);
			int lead = sentence.length() - sentence.stripLeading().length();
			int trail = sentence.length() - sentence.stripTrailing().length();
			if (sentence.isBlank()) {
				continue;
			}
			// a reply in a comment thread starts with its addressee: "@Brooke – great to hear..."
			Matcher addressee = ADDRESSEE.matcher(sentence);
			if (addressee.lookingAt()) {
				lead = Math.max(lead, addressee.end());
				if (lead >= sentence.length() - trail) {
					continue;
				}
			}
			sentences.add(new int[] { block.start() + start + lead, block.start() + end - trail });
		}
		return sentences;
	}

	private static Map<PracticeCategory, Pattern> categoryWords() {
		Map<PracticeCategory, String> words = new LinkedHashMap<>();
		words.put(PracticeCategory.PURPOSE, "\\bwhy\\b|purpose|\\bcause\\b|believe|belief|mission|vision|inspir");
		words.put(PracticeCategory.AUDIENCE, "customer|audience|persona|follower|profile|demographic|people who");
		words.put(PracticeCategory.CONTENT, "content|\\bposts?\\b|posting|update|video|article|image|pitch|stor(y|ies)|publish|message");
		words.put(PracticeCategory.ENGAGEMENT, "conversation|engag|listen|respond|repl(y|ies)|comment|dialogue|communit|participat|interact|mention|monitor");
		words.put(PracticeCategory.CHANNELS, "network|platform|facebook|twitter|instagram|tiktok|linkedin|youtube|pinterest|channel");
		words.put(PracticeCategory.MEASUREMENT, "measur|metric|\\broi\\b|analytic|\\bkpis?\\b|track|return on investment|\\bdata\\b|results");
		words.put(PracticeCategory.GOVERNANCE, "intern\\b|voice|\\bteam\\b|owner|approv|transparen|policy|staff|hire|in charge");
		words.put(PracticeCategory.CRISIS, "crisis|crises|complaint|backlash|negative|emergenc|issues");
		words.put(PracticeCategory.COMMITMENT, "commit|campaign|consisten|long[- ]term|abandon|regular");
		words.put(PracticeCategory.INTEGRATION, "website|integrat|e-?mail|traditional|\\bseo\\b|sales|customer service");
		words.put(PracticeCategory.STRATEGY, "strateg|\\bplan\\b|tactic|\\bgoals?\\b|competit|position|objective|trend|situation");
		Map<PracticeCategory, Pattern> patterns = new LinkedHashMap<>();
		words.forEach((category, regex) -> patterns.put(category, Pattern.compile(regex, Pattern.CASE_INSENSITIVE)));
		return patterns;
	}
}
