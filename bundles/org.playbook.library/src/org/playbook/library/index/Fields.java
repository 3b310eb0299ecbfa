package org.playbook.library.index;

/**
 * The one owner of the index schema: every field of a library document, how it is indexed
 * and why. Anything that writes or queries the index names fields through this enum.
 */
public enum Fields {
	/** Unique key: a practice id, "passage:" + post id + "#" + offset, or "strategy:" + file + "#" + element id. Exact match, stored. */
	ID("id", Kind.KEYWORD),
	/** "practice", "passage" or "strategy": what the document stands for. Keyword, stored, a facet. */
	KIND("kind", Kind.KEYWORD),
	/** The practice title or the element's label. Full text, stored with offsets for highlighting; boosted most. */
	TITLE("title", Kind.TEXT),
	/**
	 * A passage's heading, or its post's title when it stands under none. Stored only: its words
	 * are searched in the catch-all field, so that a heading does not weigh as a practice's title.
	 */
	HEADING("heading", Kind.STORED),
	/** One or two actionable sentences. Full text, stored, highlighted. */
	SUMMARY("summary", Kind.TEXT),
	/** The longer explanation, a passage's words, or all text of a strategy element. Full text, stored, highlighted. */
	BODY("body", Kind.TEXT),
	/**
	 * All the searchable text of a document in one field (title, summary, tags, quotes, body),
	 * so that a plain query scores one field instead of five. Indexed only, not stored.
	 */
	ALL("text", Kind.TEXT),
	/**
	 * A passage's searchable text (its heading, its words, its post's title): the passages'
	 * catch-all field, searched beside {@link #ALL} with a lower weight, so that a practice
	 * that matches as well as a passage ranks above it. Indexed only, not stored.
	 */
	PASSAGE_TEXT("passage", Kind.TEXT),
	/** The verbatim quotes a practice cites (one value each). Full text, stored, highlighted. */
	QUOTES("quote", Kind.TEXT),
	/** Practice category literal ("measurement"), for category:measurement. Keyword, stored, a facet. */
	CATEGORY("category", Kind.KEYWORD),
	/** "principle", "success" or "failure", for polarity:failure. Keyword, stored, a facet. */
	POLARITY("polarity", Kind.KEYWORD),
	/** Titles of the posts quoted (or a passage's post). Full text for source:commitment, stored; the facet uses the exact title. */
	SOURCE("source", Kind.TEXT),
	/** The id of the post a passage stands in, or a practice first quotes; its passages are replaced by it. Keyword, stored. */
	POST("post", Kind.KEYWORD),
	/** A passage's post's author and date (ISO), and where the passage stands in the post's text. Stored only. */
	AUTHOR("author", Kind.STORED),
	PUBLISHED("published", Kind.STORED),
	START("start", Kind.STORED),
	END("end", Kind.STORED),
	/** The practices drawn from a passage, one "id TAB title" each. Stored only. */
	PRACTICES("practices", Kind.STORED),
	/** Free keywords. Full text for tag:roi; the facet uses the exact tag. */
	TAGS("tag", Kind.TEXT),
	/** For strategy elements: the client's name. Keyword, stored, a facet. */
	CLIENT("client", Kind.KEYWORD),
	/** For strategy elements: the strategy's name. Stored only. */
	STRATEGY("strategy", Kind.STORED),
	/** For strategy elements: the file the element lives in, so a strategy's documents can be replaced at once. */
	FILE("file", Kind.KEYWORD),
	/** For strategy elements: the element's class, e.g. "Tactic". Keyword, stored. */
	ELEMENT_TYPE("type", Kind.KEYWORD),
	/**
	 * What the document was made from, in short: a practice's content hash, a strategy file's
	 * size and time. Compared on open to re-index only what changed. Stored only.
	 */
	STAMP("stamp", Kind.STORED),
	/**
	 * What a practice or passage means: its sentence vector (all-MiniLM-L6-v2, unit length),
	 * searched by nearest neighbours beside the words. Computed once and kept with the
	 * library's stored vectors, so a rebuild reads it back. Indexed only, not stored: in the
	 * shared library's documents, and in the embedded index's {@link MeaningGraph}, whose
	 * documents the words' documents name by {@link #MEANING_KEY}.
	 */
	MEANING("meaning", Kind.VECTOR);

	/** How a field is indexed. */
	public enum Kind {
		/** Analyzed by the library analyzer, positions and offsets kept for phrases and highlighting. */
		TEXT,
		/** Indexed as one lower-cased token. */
		KEYWORD,
		/** Stored, not searchable. */
		STORED,
		/** A dense vector of {@link org.playbook.library.embedding.SentenceEmbeddings#DIMENSION} floats, searched by nearest neighbours (dot product). */
		VECTOR
	}

	/**
	 * The fields an unqualified query searches: a practice's title and all its text at once,
	 * and a passage's text (with its heading), weighted as QueryFactory says. The title is not
	 * boosted: a boosted title let generic practice titles outrank the passages that answer a
	 * question (measured, BENCHMARKS.md). Post titles are searched with a passage's text, not
	 * on their own; source:... searches them.
	 */
	public static final Fields[] DEFAULT_SEARCH = { TITLE, ALL, PASSAGE_TEXT };

	/** The fields snippets are taken from, best first. */
	public static final Fields[] HIGHLIGHTED = { SUMMARY, QUOTES, BODY, TITLE };

	/**
	 * Indexed only, not a field of the text: the key of a practice's or passage's meaning, by
	 * which its vector is found in the index's {@link MeaningGraph}.
	 */
	public static final String MEANING_KEY = "meaning_key";

	/** Doc values, not a field of the text: the group results are diversified by (a post, or a strategy file). */
	public static final String GROUP = "group";

	/** Facet dimensions. */
	public static final String FACET_CATEGORY = "category", FACET_POLARITY = "polarity", FACET_SOURCE = "source",
			FACET_TAG = "tag", FACET_KIND = "kind", FACET_CLIENT = "client";

	/** The facet dimensions a search counts, in the order results show them; the same on every engine. */
	public static final java.util.List<String> FACET_DIMENSIONS = java.util.List.of(FACET_CATEGORY, FACET_POLARITY, FACET_SOURCE, FACET_TAG,
			FACET_KIND, FACET_CLIENT);

	private final String name;
	private final Kind kind;

	Fields(String name, Kind kind) {
		this.name = name;
		this.kind = kind;
	}

	public String fieldName() {
		return name;
	}

	public Kind kind() {
		return kind;
	}

}
