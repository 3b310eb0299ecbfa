package org.playbook.library.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.playbook.library.embedding.StoredEmbeddings;

/**
 * The neighbour graph of the library's meanings, in a Lucene index of its own beside the
 * words' index: one document per distinct text, its key and its vector. Building the HNSW
 * graph is most of a large library's rebuild (at 100,000 practices, some 30 of 38 seconds),
 * and the graph does not change when the words' index is rebuilt for a new format or a
 * damaged file; kept apart, it is not built again then.
 * <p>
 * Derived and rebuildable like the words' index: its vectors are the stored ones
 * ({@link StoredEmbeddings}). It grows as texts come in; a text gone from the library keeps
 * its document until a rebuild of the words prunes it, and is never found before that, since
 * a search accepts only the texts of the words' documents that pass its filters. It is
 * committed before the words' index, so after a kill it holds every text that index holds.
 * Thread-safe.
 */
final class MeaningGraph implements Closeable {
	/** Raise when the graph's documents change: a graph of another format is built anew, with the words' index. */
	static final int FORMAT = 1;
	/**
	 * Fewer segments than Lucene's default of ten a tier: a search walks one graph a segment,
	 * and the graph is built once and then mostly searched (BENCHMARKS.md, 2026-12-07).
	 */
	private static final int SEGMENTS_PER_TIER = 4;
	/** The field of the text's key, in the graph's documents and the words' ({@link Fields#MEANING_KEY}). */
	private static final String KEY = "key";

	private final Directory directory;
	/** Null when another process writes the graph. */
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final IndexFolder folder;
	/** Why the graph was started anew when it was opened (the words must then be rebuilt), or null. */
	private final String startedAnew;
	/** Whether the folder's stamp says the graph is whole; a graph started anew is stamped on its first commit. */
	private boolean stamped;
	/** Keys whose vectors are being read and added now, and those added since the searchers last saw the graph. */
	private final Set<BytesRef> adding = new HashSet<>(), unsearched = new HashSet<>();

	private MeaningGraph(Directory directory, IndexFolder folder, boolean writable, String startedAnew) throws IOException {
		this.directory = directory;
		this.folder = folder;
		this.startedAnew = startedAnew;
		this.stamped = startedAnew == null;
		if (writable) {
			this.writer = new IndexWriter(directory, new IndexWriterConfig().setCodec(LibraryDocuments.codec())
					.setOpenMode(startedAnew != null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
					.setMergePolicy(new TieredMergePolicy().setSegmentsPerTier(SEGMENTS_PER_TIER)).setUseCompoundFile(false));
			this.searchers = new SearcherManager(writer, null);
		} else {
			this.writer = null;
			this.searchers = new SearcherManager(directory, null);
		}
	}

	/** A graph in memory, for an index in memory. */
	static MeaningGraph inMemory() throws IOException {
		return new MeaningGraph(new ByteBuffersDirectory(), null, true, IndexFolder.NO_INDEX_YET);
	}

	/**
	 * The graph in the folder, started anew when it is missing, damaged or of another format
	 * ({@link #startedAnew()} says why).
	 *
	 * @throws org.apache.lucene.store.LockObtainFailedException when another process writes it
	 */
	static MeaningGraph open(Path path) throws IOException {
		String displaced = IndexFolder.makeFolder(path);
		FSDirectory directory = FSDirectory.open(path);
		IndexFolder folder = new IndexFolder(path, FORMAT);
		try {
			return new MeaningGraph(directory, folder, true, folder.problemWiped(directory, displaced));
		} catch (IOException e) {
			directory.close();
			throw e;
		}
	}

	/** The graph another process writes, as it last committed it; null when there is none to read. */
	static MeaningGraph openedElsewhere(Path path) throws IOException {
		FSDirectory directory = FSDirectory.open(path);
		IndexFolder folder = new IndexFolder(path, FORMAT);
		if (folder.problem(directory) != null) {
			directory.close();
			return null;
		}
		return new MeaningGraph(directory, folder, false, null);
	}

	/** Why the graph was started anew when opened, or null when it was found whole. */
	String startedAnew() {
		return startedAnew;
	}

	/** The key of a text's meaning, as the stored vectors key it. */
	static BytesRef key(String text) {
		return new BytesRef(StoredEmbeddings.key(text));
	}

	/**
	 * Gives the graph the vectors of the texts it lacks, read from the stored vectors (or
	 * computed by the model and stored); the texts it holds already cost a lookup each.
	 *
	 * @param texts each text by its {@link #key}
	 */
	void addMissing(Map<BytesRef, String> texts, StoredEmbeddings stored) throws IOException {
		Map<BytesRef, String> missing = new LinkedHashMap<>();
		IndexSearcher searcher = searchers.acquire();
		try {
			Lookup lookup = Lookup.keys(searcher.getIndexReader());
			List<BytesRef> absent = new ArrayList<>();
			for (BytesRef key : texts.keySet()) {
				if (lookup.liveDoc(key) < 0) {
					absent.add(key);
				}
			}
			synchronized (this) {
				for (BytesRef key : absent) {
					if (!adding.contains(key) && !unsearched.contains(key)) {
						missing.put(key, texts.get(key));
					}
				}
				adding.addAll(missing.keySet()); // another thread adding the same texts now leaves them to this one
			}
		} finally {
			searchers.release(searcher);
		}
		if (missing.isEmpty()) {
			return;
		}
		try {
			List<float[]> vectors = stored.embed(List.copyOf(missing.values()));
			List<Document> docs = new ArrayList<>();
			int i = 0;
			for (BytesRef key : missing.keySet()) {
				Document doc = new Document();
				doc.add(new StringField(KEY, key, Field.Store.NO));
				LibraryDocuments.addMeaning(doc, vectors.get(i++));
				docs.add(doc);
			}
			docs.parallelStream().forEach(doc -> { // each indexing thread builds its own part of the graph
				try {
					writer.addDocument(doc);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				} catch (AlreadyClosedException e) { // an earlier write failed for good (a full disk)
					throw new UncheckedIOException(unwritable(e));
				}
			});
			synchronized (this) {
				unsearched.addAll(missing.keySet());
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		} finally {
			synchronized (this) {
				adding.removeAll(missing.keySet());
			}
		}
	}

	/**
	 * Removes the documents of texts that no document of the words' index has any more (after
	 * a rebuild of the words, when there are some): each costs a lookup, and the graph's
	 * segments that lose documents are built again when merged.
	 *
	 * @return how many were removed
	 */
	int prune(IndexReader words) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			IndexReader graph = searcher.getIndexReader();
			if (graph.numDocs() <= words.getDocCount(Fields.MEANING_KEY)) {
				return 0; // every text can still be in use
			}
			Terms keys = MultiTerms.getTerms(graph, KEY);
			List<Term> unused = new ArrayList<>();
			TermsEnum terms = keys == null ? TermsEnum.EMPTY : keys.iterator();
			Lookup inWords = new Lookup(words, Fields.MEANING_KEY);
			for (BytesRef key = terms.next(); key != null; key = terms.next()) {
				if (inWords.liveDoc(key) < 0) {
					unused.add(new Term(KEY, BytesRef.deepCopyOf(key)));
				}
			}
			writer.deleteDocuments(unused.toArray(Term[]::new));
			return unused.size();
		} finally {
			searchers.release(searcher);
		}
	}

	/**
	 * Finds the first live document (of the reader, not of its leaf) whose field has a term,
	 * each leaf's terms opened once for many lookups. Not thread-safe: one per thread.
	 */
	static final class Lookup {
		private final List<LeafReaderContext> leaves = new ArrayList<>();
		private final List<TermsEnum> terms = new ArrayList<>();
		private PostingsEnum postings;

		Lookup(IndexReader reader, String field) throws IOException {
			for (LeafReaderContext leaf : reader.leaves()) {
				Terms leafTerms = leaf.reader().terms(field);
				if (leafTerms != null) {
					leaves.add(leaf);
					terms.add(leafTerms.iterator());
				}
			}
		}

		/** The graph's lookup of its keys. */
		static Lookup keys(IndexReader graph) throws IOException {
			return new Lookup(graph, KEY);
		}

		/** The document, or -1. */
		int liveDoc(BytesRef term) throws IOException {
			for (int i = 0; i < leaves.size(); i++) {
				if (terms.get(i).seekExact(term)) {
					LeafReaderContext leaf = leaves.get(i);
					Bits live = leaf.reader().getLiveDocs();
					postings = terms.get(i).postings(postings, PostingsEnum.NONE);
					for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
						if (live == null || live.get(doc)) {
							return leaf.docBase + doc;
						}
					}
				}
			}
			return -1;
		}
	}

	/**
	 * Makes what was added durable; before the words' index is committed. Every commit of the
	 * graph is a whole one (it is a cache of vectors): stamped at once.
	 */
	synchronized void commit() throws IOException {
		if (writer != null && (writer.hasUncommittedChanges() || !stamped)) {
			try {
				writer.commit();
			} catch (AlreadyClosedException e) {
				throw unwritable(e);
			}
			if (folder != null) {
				folder.stamp();
			}
			stamped = true;
		}
	}

	/** A graph whose writer closed itself after a failed write, as the index's callers expect a failed write: an IOException. */
	private IOException unwritable(AlreadyClosedException closed) {
		Throwable cause = writer.getTragicException() != null ? writer.getTragicException() : closed;
		return new IOException("the graph of meanings cannot be written (" + cause.getMessage() + "); what was indexed meanwhile is searched by its words alone until 'playbook index --rebuild'", cause);
	}

	/** Makes what was added visible to searches. */
	void refresh() throws IOException {
		Set<BytesRef> added;
		synchronized (this) {
			added = Set.copyOf(unsearched);
		}
		searchers.maybeRefreshBlocking();
		synchronized (this) {
			unsearched.removeAll(added);
		}
	}

	IndexSearcher acquire() throws IOException {
		return searchers.acquire();
	}

	void release(IndexSearcher searcher) throws IOException {
		searchers.release(searcher);
	}

	@Override
	public void close() throws IOException {
		try (directory; writer; searchers) {
			commit();
		}
	}
}
