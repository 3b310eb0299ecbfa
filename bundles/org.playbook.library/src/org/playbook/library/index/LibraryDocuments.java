package org.playbook.library.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.eclipse.emf.ecore.EObject;
import org.playbook.library.importer.Passages;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;
import org.playbook.model.Strategy;

/** Turns practices and strategy elements into index documents laid out as {@link Fields} says. */
public final class LibraryDocuments {
	public static final String KIND_PRACTICE = "practice", KIND_PASSAGE = "passage", KIND_STRATEGY = "strategy";
	/** Stored, analyzed, with offsets in the postings so the highlighter needs no re-analysis. */
	private static final FieldType TEXT = textType();
	/** Stored and analyzed, without offsets: fields searched but never highlighted (tags, post titles). */
	private static final FieldType TEXT_UNHIGHLIGHTED = TextField.TYPE_STORED;
	/** Analyzed, not stored: the catch-all field exists only to be searched. */
	private static final FieldType ALL_TEXT = TextField.TYPE_NOT_STORED;

	private static final FacetsConfig FACETS = newFacetsConfig();
	/** How the meaning vectors are compared: they are unit length, so the dot product is the cosine. */
	public static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;
	/**
	 * The meaning graph's links per node and the candidates weighed when a node is added
	 * (Lucene's defaults are 16 and 100): a library is at most some hundred thousand texts
	 * and a search asks for fifty neighbours, for which a narrower beam finds the same ones
	 * and builds the graph in about half the time (MeaningBenchmark, BENCHMARKS.md).
	 */
	public static final int GRAPH_CONNECTIONS = 16, GRAPH_BEAM = 50;

	private LibraryDocuments() {
	}

	/** How facet fields are laid out; shared by indexing and counting. Not to be changed. */
	public static FacetsConfig facetsConfig() {
		return FACETS;
	}

	private static FacetsConfig newFacetsConfig() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(Fields.FACET_TAG, true);
		config.setMultiValued(Fields.FACET_SOURCE, true);
		return config;
	}

	/** The key a polarity is indexed and queried by (polarity:failure); {@link org.playbook.library.search.Hit#polarityValue()} reads it back. */
	public static String polarityKey(Polarity polarity) {
		return switch (polarity) {
			case SUCCESS_PATTERN -> "success";
			case FAILURE_PATTERN -> "failure";
			default -> "principle";
		};
	}

	public static Document practice(Practice practice) {
		return build(practiceFields(practice));
	}

	/**
	 * A practice's fields as {@link Fields} lays them out, before the facet fields are
	 * encoded for the embedded index: what a SolrCloud document is made from.
	 */
	public static Document practiceFields(Practice practice) {
		Document doc = new Document();
		id(doc, practice.getId());
		keyword(doc, Fields.KIND, KIND_PRACTICE);
		text(doc, Fields.TITLE, practice.getTitle());
		text(doc, Fields.SUMMARY, practice.getSummary());
		text(doc, Fields.BODY, practice.getBody());
		String category = practice.getCategory().getLiteral();
		String polarity = polarityKey(practice.getPolarity());
		keyword(doc, Fields.CATEGORY, category);
		keyword(doc, Fields.POLARITY, polarity);
		doc.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, KIND_PRACTICE));
		doc.add(new SortedSetDocValuesFacetField(Fields.FACET_CATEGORY, category));
		doc.add(new SortedSetDocValuesFacetField(Fields.FACET_POLARITY, polarity));
		Set<String> sources = new LinkedHashSet<>();
		for (SourceRef ref : practice.getSourceRefs()) {
			text(doc, Fields.QUOTES, ref.getQuote());
			if (ref.getSource() != null && ref.getSource().getTitle() != null) {
				sources.add(ref.getSource().getTitle());
			}
		}
		for (String source : sources) {
			text(doc, Fields.SOURCE, source);
			doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SOURCE, source));
		}
		for (String tag : practice.getTags()) {
			if (!tag.isBlank()) {
				text(doc, Fields.TAGS, tag);
				doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TAG, tag.toLowerCase(java.util.Locale.ROOT)));
			}
		}
		doc.add(new StoredField(Fields.STAMP.fieldName(), practiceStamp(practice)));
		addAllText(doc, practice.getTitle(), practice.getSummary(), String.join(" ", practice.getTags()), practice.getBody());
		practice.getSourceRefs().forEach(ref -> addAllText(doc, ref.getQuote()));
		Source first = practice.getSourceRefs().isEmpty() ? null : practice.getSourceRefs().get(0).getSource();
		group(doc, first != null ? first.getId() : practice.getId());
		return doc;
	}

	/** A hash of everything of a practice that is indexed: equal stamps, equal documents. */
	public static String practiceStamp(Practice practice) {
		StringBuilder content = new StringBuilder().append(practice.getTitle()).append('\u0000').append(practice.getSummary())
				.append('\u0000').append(practice.getBody()).append('\u0000').append(practice.getCategory()).append('\u0000')
				.append(practice.getPolarity()).append('\u0000').append(practice.getTags());
		for (SourceRef ref : practice.getSourceRefs()) {
			content.append('\u0000').append(ref.getQuote()).append('\u0000')
					.append(ref.getSource() == null ? null : ref.getSource().getTitle());
		}
		return Integer.toHexString(content.toString().hashCode()) + "-" + content.length();
	}

	/**
	 * One document per passage of a post ({@link Passages}): its heading as title, its words,
	 * the post's title, author and date, where it stands in the post's text, and the accepted
	 * practices drawn from it (those whose quote stands in it).
	 */
	public static List<Document> passages(IndexContent.Post post) {
		return passageFields(post).stream().map(LibraryDocuments::build).toList();
	}

	/** A post's passages' fields, before the facet fields are encoded (see {@link #practiceFields}). */
	public static List<Document> passageFields(IndexContent.Post post) {
		Source source = post.source();
		String stamp = post.stamp();
		List<Document> docs = new ArrayList<>();
		for (Passages.Passage passage : Passages.of(String.valueOf(source.getOrigin()), post.text())) {
			String words = post.text().substring(passage.start(), passage.end()).strip();
			if (words.isEmpty()) {
				continue;
			}
			Document doc = new Document();
			id(doc, "passage:" + source.getId() + "#" + passage.start());
			keyword(doc, Fields.KIND, KIND_PASSAGE);
			keyword(doc, Fields.POST, source.getId());
			stored(doc, Fields.HEADING, passage.heading() != null ? passage.heading() : source.getTitle());
			text(doc, Fields.BODY, words);
			text(doc, Fields.SOURCE, source.getTitle());
			// the post's title says what every passage of it is about, as a whole post's ranking would know
			addText(doc, Fields.PASSAGE_TEXT, passage.heading(), words, source.getTitle());
			stored(doc, Fields.AUTHOR, source.getAuthor());
			stored(doc, Fields.PUBLISHED, source.getPublished() == null ? null
					: source.getPublished().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
			stored(doc, Fields.START, String.valueOf(passage.start()));
			stored(doc, Fields.END, String.valueOf(passage.end()));
			stored(doc, Fields.STAMP, stamp);
			for (Practice practice : post.practices()) {
				boolean drawn = practice.getSourceRefs().stream().anyMatch(ref -> ref.getSource() != null && source.getId().equals(ref.getSource().getId())
						&& ref.getStart() < passage.end() && ref.getEnd() > passage.start());
				if (drawn) {
					stored(doc, Fields.PRACTICES, practice.getId() + "\t" + practice.getTitle());
				}
			}
			doc.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, KIND_PASSAGE));
			if (source.getTitle() != null && !source.getTitle().isBlank()) {
				doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SOURCE, source.getTitle()));
			}
			group(doc, source.getId());
			docs.add(doc);
		}
		return docs;
	}

	/**
	 * The text a practice's or passage's meaning is read from, or null for a strategy element
	 * (searched by its words only): a practice's title with its quotes (the words of the post
	 * it stands for), a passage's heading with its words.
	 */
	public static String meaningText(Document doc) {
		String kind = doc.get(Fields.KIND.fieldName());
		if (KIND_PRACTICE.equals(kind)) {
			return practiceMeaningText(doc.get(Fields.TITLE.fieldName()), doc.getValues(Fields.QUOTES.fieldName()));
		}
		if (KIND_PASSAGE.equals(kind)) {
			String heading = doc.get(Fields.HEADING.fieldName());
			return (heading == null ? "" : heading + "\n") + doc.get(Fields.BODY.fieldName());
		}
		return null;
	}

	/** The text a practice's meaning is read from: its title and its quotes (a proposal's, its one quote). */
	public static String practiceMeaningText(String title, String... quotes) {
		return (title == null ? "" : title) + "\n" + String.join("\n", quotes);
	}

	/**
	 * Lucene's codec with the meaning vectors' graph built as {@link #GRAPH_CONNECTIONS} and
	 * {@link #GRAPH_BEAM} say; the shared library's schema gives Solr's the same.
	 */
	public static org.apache.lucene.codecs.Codec codec() {
		return new org.apache.lucene.codecs.lucene104.Lucene104Codec() {
			@Override
			public org.apache.lucene.codecs.KnnVectorsFormat getKnnVectorsFormatForField(String field) {
				return new org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat(GRAPH_CONNECTIONS, GRAPH_BEAM);
			}
		};
	}

	/** Gives the document its meaning vector ({@link Fields#MEANING}): the shared library's documents and the meaning graph's. */
	public static void addMeaning(Document doc, float[] meaning) {
		doc.add(new KnnFloatVectorField(Fields.MEANING.fieldName(), meaning, SIMILARITY));
	}

	/** Gives the document the key of its meaning in the embedded index's graph ({@link Fields#MEANING_KEY}). */
	static void addMeaningKey(Document doc, org.apache.lucene.util.BytesRef key) {
		doc.add(new StringField(Fields.MEANING_KEY, key, Field.Store.NO));
	}

	/** The group of the document that results are diversified by. */
	private static void group(Document doc, String group) {
		doc.add(new NumericDocValuesField(Fields.GROUP, groupKey(group)));
	}

	/** The number results are diversified by: the same for a post's passages and the practices that first quote it. */
	public static long groupKey(String group) {
		return group == null ? 0 : group.hashCode() * 31L + group.length();
	}

	private static void stored(Document doc, Fields field, String value) {
		if (value != null) {
			doc.add(new StoredField(field.fieldName(), value));
		}
	}

	/**
	 * One document per element of the strategy that holds text (a goal, a tactic, the why...),
	 * read through EMF reflection so a class added to the model is searchable at once.
	 */
	public static List<Document> strategyElements(String fileKey, String stamp, String client, Strategy strategy) {
		List<Document> docs = new ArrayList<>();
		addElement(docs, fileKey, stamp, client, strategy, strategy);
		strategy.eAllContents().forEachRemaining(element -> addElement(docs, fileKey, stamp, client, strategy, element));
		return docs;
	}

	private static void addElement(List<Document> docs, String fileKey, String stamp, String client, Strategy strategy,
			EObject element) {
		List<String> texts = ElementText.of(element);
		if (texts.isEmpty()) {
			return;
		}
		String elementId = element.eResource() != null ? element.eResource().getURIFragment(element) : String.valueOf(docs.size());
		Document doc = new Document();
		id(doc, "strategy:" + fileKey + "#" + elementId);
		keyword(doc, Fields.KIND, KIND_STRATEGY);
		keyword(doc, Fields.FILE, fileKey);
		keyword(doc, Fields.ELEMENT_TYPE, element.eClass().getName());
		keyword(doc, Fields.CLIENT, client);
		doc.add(new StoredField(Fields.STRATEGY.fieldName(), String.valueOf(strategy.getName())));
		doc.add(new StoredField(Fields.STAMP.fieldName(), String.valueOf(stamp)));
		text(doc, Fields.TITLE, texts.get(0));
		text(doc, Fields.BODY, String.join("\n", texts));
		addAllText(doc, String.join("\n", texts));
		doc.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, KIND_STRATEGY));
		group(doc, fileKey);
		if (client != null && !client.isBlank()) {
			doc.add(new SortedSetDocValuesFacetField(Fields.FACET_CLIENT, client));
		}
		docs.add(build(doc));
	}

	/** The document's key, searched, stored and, for the fused ranking to read it fast, in doc values. */
	private static void id(Document doc, String value) {
		keyword(doc, Fields.ID, value);
		doc.add(new SortedDocValuesField(Fields.ID.fieldName(), new org.apache.lucene.util.BytesRef(value)));
	}

	private static void keyword(Document doc, Fields field, String value) {
		if (value != null) {
			doc.add(new StringField(field.fieldName(), LibraryAnalyzer.keyword(value), Field.Store.NO));
			doc.add(new StoredField(field.fieldName(), value));
		}
	}

	/** Adds values to the catch-all field; each value is its own, so phrases do not run across them. */
	private static void addAllText(Document doc, String... values) {
		addText(doc, Fields.ALL, values);
	}

	/** Adds values to a catch-all field, indexed only. */
	private static void addText(Document doc, Fields field, String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				doc.add(new Field(field.fieldName(), value, ALL_TEXT));
			}
		}
	}

	private static void text(Document doc, Fields field, String value) {
		if (value != null && !value.isBlank()) {
			boolean highlighted = java.util.Arrays.asList(Fields.HIGHLIGHTED).contains(field);
			doc.add(new Field(field.fieldName(), value, highlighted ? TEXT : TEXT_UNHIGHLIGHTED));
		}
	}

	private static Document build(Document doc) {
		try {
			return facetsConfig().build(doc);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static FieldType textType() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}
}
