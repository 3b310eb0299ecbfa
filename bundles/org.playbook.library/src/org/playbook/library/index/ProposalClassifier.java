package org.playbook.library.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.playbook.library.embedding.StoredEmbeddings;
import org.playbook.library.importer.ProposalReview;
import org.playbook.library.importer.ProposalReview.Choice;
import org.playbook.library.learning.ReviewDecisions;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;

/**
 * Proposes a category and a polarity for a proposed practice: the likelihoods of the shipped
 * models trained on labelled posts ({@link org.playbook.library.learning.AdviceModels}), and
 * the votes of models learned from the library's own accepted practices
 * ({@link PracticeModels}), so every practice a person accepts or corrects teaches the next
 * import. Of the nearest practices by
 * Lucene's MoreLikeThis, the one whose TF-IDF cosine to the proposal reaches
 * {@link #SAME_AS} is the one the proposal says the same as.
 */
public final class ProposalClassifier {
	/**
	 * Measured with the library evaluation's repeats and new advice (BENCHMARKS.md): from 0.35
	 * to 0.60 one piece of new advice in 27 is called a repeat, and up to 0.45 three repeats
	 * in four are caught; the upper end of that, because calling new advice a repeat would
	 * fold it into another practice.
	 */
	public static final double SAME_AS = 0.45;
	/** The nearest practices by MoreLikeThis that are compared with the proposal for "same as". */
	private static final int NEAREST = 3;
	private static final String ALL = Fields.ALL.fieldName();
	/**
	 * How much the category the library's accepted practices' words are nearest to weighs beside
	 * the shipped models (which weigh 1). Measured on the team's posts held out (BENCHMARKS.md):
	 * 1 gave 63 right categories of 105, 0.5 gave 57, 2 gave 66 but called more right ones guesses.
	 */
	static final double ACCEPTED_WEIGHT = 1;
	/**
	 * Per unit of cosine above {@link PracticeModels#SAME_ADVICE}, the weight of a practice that
	 * says the same advice, as a strategist accepted or corrected it: a paraphrase at 0.75
	 * outweighs the models.
	 */
	static final double NEAREST_WEIGHT = 10;
	/** A list's heading ("mistakes to avoid", "habits that work") decides: it outweighs every other vote together. */
	static final double STRUCTURE_WEIGHT = 5 + 5 * NEAREST_WEIGHT;

	/**
	 * The category, the polarity, the nearest practice with its similarity to the proposal
	 * (null when none shares a word), and how likely it is advice worth proposing once the
	 * agency's reviews of proposals like it have voted; the proposal is not changed.
	 */
	public record Result(Choice<PracticeCategory> category, Choice<Polarity> polarity, String nearestId, double similarity, double advice) {
		/** The practice the proposal says the same as, or null. */
		public String sameAsId() {
			return similarity >= SAME_AS ? nearestId : null;
		}
	}

	private IndexReader trainedOn;
	private PracticeModels models;
	/** The last decisions read, with the accepted practices' models and the dropped proposals' texts they were read from. */
	private record Decided(PracticeModels on, List<String> texts, ReviewDecisions decisions) {
	}

	private Decided decided;

	/**
	 * @param stored the vectors the index keeps, from which the accepted practices' meanings are
	 *        read and to which the proposal's is added (so accepting it embeds nothing again)
	 * @param decisions what the agency kept and dropped of earlier proposals
	 */
	public Result classify(IndexSearcher searcher, Practice proposal, ProposalReview structure, StoredEmbeddings stored, ReviewDecisions decisions)
			throws IOException {
		String text = proposal.getTitle() + "\n" + proposal.getSourceRefs().get(0).getQuote();
		// where the advice stands says much of what it is about (its post's title, measured, says too little)
		String withContext = structure != null && structure.context() != null ? text + "\n" + structure.context() : text;
		PracticeModels accepted = models(searcher, stored);
		float[] meaning = stored.embed(LibraryDocuments.practiceMeaningText(proposal.getTitle(), proposal.getSourceRefs().get(0).getQuote()));
		Map<PracticeCategory, Double> categories = new EnumMap<>(PracticeCategory.class);
		Map<Polarity, Double> polarities = new EnumMap<>(Polarity.class);
		// what the labelled posts taught the shipped models, as likelihoods that add up to 1
		if (structure != null && structure.learned() != null) {
			categories.putAll(structure.learned().categories());
			polarities.putAll(structure.learned().polarities());
		}
		// what the strategists of this library accepted or corrected: the practices it holds by their words,
		// and those that say the same advice again, each by how near it is; the polarity is in how advice is said,
		// not in its words' topic
		if (accepted != null) {
			add(categories, accepted.categories(withContext), PracticeCategory::get, ACCEPTED_WEIGHT);
			List<Map<String, Double>> nearest = accepted.nearest(meaning);
			nearest.get(0).forEach((literal, vote) -> categories.merge(PracticeCategory.get(literal), NEAREST_WEIGHT * vote, Double::sum));
			nearest.get(1).forEach((key, vote) -> polarities.merge(polarity(key), NEAREST_WEIGHT * vote, Double::sum));
		}
		// what the post's structure says: an item of a list under "mistakes" is a failure pattern
		if (structure != null && structure.structuralPolarity() != null) {
			polarities.merge(structure.structuralPolarity(), STRUCTURE_WEIGHT, Double::sum);
		}
		String nearestId = null;
		double bestSimilarity = 0;
		TopDocs nearest = searcher.search(practices(like(searcher.getIndexReader(), text)), NEAREST);
		TermVectors vectors = new TermVectors(searcher.getIndexReader());
		Map<String, Double> proposalVector = vectors.of(text);
		for (ScoreDoc hit : nearest.scoreDocs) {
			Document doc = searcher.storedFields().document(hit.doc);
			double similarity = TermVectors.cosine(proposalVector, vectors.of(practiceText(doc)));
			if (similarity > bestSimilarity) {
				bestSimilarity = similarity;
				nearestId = doc.get(Fields.ID.fieldName());
			}
		}
		double learned = structure != null && structure.learned() != null ? structure.learned().advice() : 1;
		return new Result(choice(categories, PracticeCategory.MINDSET), choice(polarities, Polarity.PRINCIPLE), nearestId, bestSimilarity,
				decisions.likelihood(learned, meaning));
	}

	/**
	 * What the agency decided of earlier proposals: the accepted practices it keeps (their
	 * meanings as the index stores them) and the proposals it dropped (embedded once, then read
	 * back from the stored vectors).
	 */
	public synchronized ReviewDecisions decisions(IndexSearcher searcher, List<Practice> dropped, StoredEmbeddings stored) throws IOException {
		if (dropped.isEmpty()) {
			return ReviewDecisions.none();
		}
		List<String> texts = dropped.stream()
				.map(p -> LibraryDocuments.practiceMeaningText(p.getTitle(), p.getSourceRefs().isEmpty() ? "" : p.getSourceRefs().get(0).getQuote())).toList();
		PracticeModels accepted = models(searcher, stored);
		if (decided == null || decided.on() != accepted || !texts.equals(decided.texts())) {
			// read once for the imports that follow, until a review or an accepted practice changes them
			decided = new Decided(accepted, texts, new ReviewDecisions(accepted.meanings(), stored.embed(texts)));
		}
		return decided.decisions();
	}

	/** The models of the index as it is now, trained again when it has changed since. */
	private synchronized PracticeModels models(IndexSearcher searcher, StoredEmbeddings stored) throws IOException {
		if (trainedOn != searcher.getIndexReader()) {
			models = PracticeModels.train(searcher, stored);
			trainedOn = searcher.getIndexReader();
		}
		return models;
	}

	private static Query like(IndexReader reader, String text) throws IOException {
		MoreLikeThis mlt = new MoreLikeThis(reader);
		mlt.setAnalyzer(LibraryAnalyzer.forIndexing());
		mlt.setFieldNames(new String[] { ALL });
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(1);
		mlt.setMaxQueryTerms(20);
		return mlt.like(ALL, new StringReader(text));
	}

	private static Query practices(Query like) {
		return new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
				.add(new TermQuery(new Term(Fields.KIND.fieldName(), LibraryDocuments.KIND_PRACTICE)), BooleanClause.Occur.FILTER).build();
	}

	private static <T extends Enum<T>> Choice<T> choice(Map<T, Double> votes, T fallback) {
		double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
		if (total <= 0) {
			return new Choice<>(fallback, 0, null, 0);
		}
		var ranked = votes.entrySet().stream().sorted(Map.Entry.<T, Double>comparingByValue().reversed()).toList();
		T runnerUp = ranked.size() > 1 ? ranked.get(1).getKey() : null;
		double runnerUpShare = ranked.size() > 1 ? ranked.get(1).getValue() / total : 0;
		return new Choice<>(ranked.get(0).getKey(), ranked.get(0).getValue() / total, runnerUp, runnerUpShare);
	}

	/** Adds votes scaled so that they weigh {@code weight} in all. */
	private static <T> void add(Map<T, Double> into, Map<String, Double> votes, java.util.function.Function<String, T> key, double weight) {
		double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
		if (total > 0) {
			votes.forEach((name, vote) -> into.merge(key.apply(name), weight * vote / total, Double::sum));
		}
	}

	private static Polarity polarity(String key) {
		return key == null ? null : switch (key) {
			case "success" -> Polarity.SUCCESS_PATTERN;
			case "failure" -> Polarity.FAILURE_PATTERN;
			default -> Polarity.PRINCIPLE;
		};
	}

	private static String practiceText(Document doc) {
		StringBuilder text = new StringBuilder(String.valueOf(doc.get(Fields.TITLE.fieldName())));
		for (String quote : doc.getValues(Fields.QUOTES.fieldName())) {
			text.append('\n').append(quote);
		}
		return text.toString();
	}

}
