package org.playbook.library.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;
import org.playbook.library.embedding.SentenceEmbeddings;
import org.playbook.library.embedding.StoredEmbeddings;

/**
 * Gives practices and passages their meaning vectors before they are indexed, many at a
 * time, from the library's stored vectors (only texts never seen are run through the model),
 * and the query its vector. When the sentence model cannot run on this machine, documents
 * are indexed without meaning and searched by their words alone; {@link #problem()} says why.
 */
public final class DocumentMeanings implements AutoCloseable {
	/** The passages of one post that are given a meaning: articles have tens; the rest are searched by their words. */
	static final int PASSAGES_PER_POST = 300;
	/** Threads that read queries' meanings (and what follows); idle ones end after a minute, and none keeps the process alive. */
	private static final ExecutorService QUESTION_THREADS = Executors
			.newCachedThreadPool(Thread.ofPlatform().name("Playbook query meaning").daemon().factory());
	private static final String WORDS_ALONE = "the library was opened to be searched by its words alone";
	private final StoredEmbeddings stored;
	private volatile String problem;

	/** @param stored where the vectors are kept; null for a library searched by its words alone */
	public DocumentMeanings(StoredEmbeddings stored) {
		this.stored = stored;
		this.problem = stored == null ? WORDS_ALONE : null;
	}

	/**
	 * Adds each practice's and passage's vector (the shared library's documents carry theirs);
	 * strategy elements are left as they are, and so are the passages of a post beyond its
	 * first {@value #PASSAGES_PER_POST} (a post that long is a dump, not an article: the model
	 * would run for minutes; its words are searched).
	 */
	public void addTo(List<Document> docs) {
		if (problem != null) {
			return;
		}
		Map<Document, String> texts = meaningful(docs);
		if (texts.isEmpty()) {
			return;
		}
		try {
			List<float[]> vectors = stored.embed(List.copyOf(texts.values()));
			int i = 0;
			for (Document doc : texts.keySet()) {
				LibraryDocuments.addMeaning(doc, vectors.get(i++));
			}
		} catch (IOException e) {
			problem = e.getMessage();
		}
	}

	/**
	 * Gives the same documents as {@link #addTo(List)} the keys of their meanings, and the
	 * embedded index's graph the vectors it lacks of them.
	 */
	void addTo(List<Document> docs, MeaningGraph graph) {
		if (problem != null) {
			return;
		}
		Map<Document, String> texts = meaningful(docs);
		Map<Document, BytesRef> keys = new LinkedHashMap<>();
		texts.keySet().parallelStream().map(doc -> Map.entry(doc, MeaningGraph.key(texts.get(doc)))).toList()
				.forEach(keyed -> keys.put(keyed.getKey(), keyed.getValue()));
		Map<BytesRef, String> byKey = new LinkedHashMap<>();
		keys.forEach((doc, key) -> byKey.put(key, texts.get(doc)));
		try {
			graph.addMissing(byKey, stored);
		} catch (IOException e) {
			problem = e.getMessage();
			return;
		}
		keys.forEach(LibraryDocuments::addMeaningKey);
	}

	/** The practices and passages among the documents that are given a meaning, each with the text it is read from. */
	private static Map<Document, String> meaningful(List<Document> docs) {
		Map<Document, String> texts = new LinkedHashMap<>();
		Map<String, Integer> perPost = new HashMap<>();
		for (Document doc : docs) {
			String text = LibraryDocuments.meaningText(doc);
			String post = LibraryDocuments.KIND_PASSAGE.equals(doc.get(Fields.KIND.fieldName())) ? doc.get(Fields.POST.fieldName()) : null;
			if (post != null && perPost.merge(post, 1, Integer::sum) > PASSAGES_PER_POST) {
				continue;
			}
			if (text != null) {
				texts.put(doc, text);
			}
		}
		return texts;
	}

	/**
	 * Reads a query's meaning on another thread and goes on there with it ({@code then} is
	 * given null when the model cannot run), so that a search can rank and count the query's
	 * words meanwhile. A core to spare hides the meaning's time; on two busy cores the gain is
	 * small (BENCHMARKS.md).
	 */
	public <T> CompletableFuture<T> withQueryMeaning(String text, Function<float[], T> then) {
		if (problem != null) {
			return CompletableFuture.completedFuture(then.apply(null));
		}
		return CompletableFuture.supplyAsync(() -> then.apply(ofQuery(text)), QUESTION_THREADS);
	}

	/** A query's vector (queries are not stored), or null when the model cannot run. */
	public float[] ofQuery(String text) {
		if (problem != null) {
			return null;
		}
		try {
			return SentenceEmbeddings.shared().embed(text);
		} catch (IOException e) {
			problem = e.getMessage();
			return null;
		}
	}

	/** Why the library is searched by words alone, or null when it is searched by meaning too. */
	public String problem() {
		return problem;
	}

	public StoredEmbeddings stored() {
		return stored;
	}

	@Override
	public void close() throws IOException {
		if (stored != null) {
			stored.close();
		}
	}
}
