package org.playbook.library.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.playbook.library.embedding.StoredEmbeddings;
import org.playbook.library.search.PracticeSearch;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.library.importer.ProposalReview;
import org.playbook.library.learning.ReviewDecisions;
import org.playbook.model.Practice;
import org.playbook.model.PracticeStatus;
import org.playbook.model.Strategy;

/**
 * The searchable library: practices and every client's strategy elements in one Lucene index.
 * It lives in the workspace's state area and is never the only copy of anything: when it is
 * missing, damaged or of another format it is rebuilt from its {@link IndexContent}, and
 * {@link #rebuildReason()} says why. Thread-safe; searches see changes after {@link #refresh()}.
 */
public final class LibraryIndex implements PracticeSearch, Closeable {
	/**
	 * Lucene warns on every start that Java's incubating vector API is not enabled, which
	 * only alarms users: without it the vectors are compared in plain Java, a little slower.
	 * Held here: JUL keeps levels only of loggers still referenced.
	 */
	private static final java.util.logging.Logger VECTORIZATION_LOG = quiet("org.apache.lucene.internal.vectorization");

	/** Practices given their meanings and indexed together on a rebuild (a tenth as many posts). */
	private static final int REBUILD_CHUNK = 2_000;

	/** Flushing less often, and no compound files to pack, make a rebuild of a large library markedly faster. */
	private static final double RAM_BUFFER_MB = 64;

	private final Directory directory;
	private final IndexFolder folder;
	private final IndexContent content;
	/** Null when the index is open for searching only (another process writes it). */
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final PracticeSearcher searcher = new PracticeSearcher();
	private final Suggestions suggestions = new Suggestions();
	private final RelatedPractices related = new RelatedPractices();
	private final ProposalClassifier classifier = new ProposalClassifier();
	private final DocumentMeanings meanings;
	/** Where the practices' and passages' vectors are searched; null for an index of words alone. */
	private final MeaningGraph graph;
	private final NearestMeanings nearest;
	private StoredEmbeddings wordsIndexMeanings;
	private final String rebuildReason;
	private final String notice;
	private int changesOnOpen;

	/** A writable index; rebuilt from the content when {@code problem} says why it must be. */
	private LibraryIndex(Directory directory, IndexFolder folder, IndexContent content, StoredEmbeddings stored, MeaningGraph graph, String problem,
			String notice) throws IOException {
		this.directory = directory;
		this.meanings = new DocumentMeanings(stored);
		this.graph = graph;
		this.nearest = graph == null ? null : new NearestMeanings(graph);
		this.folder = folder;
		this.content = content;
		this.writer = new IndexWriter(directory, new IndexWriterConfig(LibraryAnalyzer.forIndexing()).setCodec(LibraryDocuments.codec())
				.setOpenMode(problem != null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
				.setRAMBufferSizeMB(RAM_BUFFER_MB).setUseCompoundFile(false));
		this.searchers = new SearcherManager(writer, null);
		this.rebuildReason = folder == null ? null : problem; // in memory it is always built, never rebuilt
		this.notice = notice;
		if (problem != null) {
			rebuild();
		} else {
			synchronize();
		}
	}

	/** An index another process writes, searched as that process last committed it. */
	private LibraryIndex(Directory directory, IndexContent content, StoredEmbeddings stored, MeaningGraph graph, String notice) throws IOException {
		this.directory = directory;
		this.meanings = new DocumentMeanings(stored);
		this.graph = graph;
		this.nearest = graph == null ? null : new NearestMeanings(graph);
		this.folder = null;
		this.content = content;
		this.writer = null;
		this.searchers = new SearcherManager(directory, null);
		this.rebuildReason = null;
		this.notice = notice;
	}

	/**
	 * Opens the index in the folder, rebuilding it from the content when it cannot be used as
	 * it is, whatever stands in its place. When another Playbook has it open for writing, it
	 * is searched as that one last wrote it; when the folder cannot be written at all, an index
	 * is built in memory. {@link #notice()} says so in both cases.
	 */
	public static LibraryIndex open(Path path, IndexContent content) throws IOException {
		return open(path, content, StoredEmbeddings.inMemory());
	}

	/**
	 * Opens the index as {@link #open(Path, IndexContent)} does, its practices' and passages'
	 * meanings read from (and new ones added to) the stored vectors, which the index then owns,
	 * and searched in the graph beside it ({@link #graphFolder}); with null, an index of words
	 * alone (as the library was before it knew meanings: the benchmarks' baseline).
	 */
	public static LibraryIndex open(Path path, IndexContent content, StoredEmbeddings stored) throws IOException {
		String displaced;
		FSDirectory directory;
		try {
			displaced = IndexFolder.makeFolder(path);
			directory = FSDirectory.open(path);
		} catch (IOException e) {
			return inMemory(content, stored, "the index folder " + path + " cannot be written (" + IndexFolder.plain(e)
					+ "); this time the library was searched in memory");
		}
		IndexFolder folder = new IndexFolder(path);
		String problem;
		try {
			problem = folder.problemWiped(directory, displaced);
		} catch (LockObtainFailedException inUse) {
			return openedElsewhere(directory, folder, content, stored, graphFolder(path));
		} catch (java.nio.file.FileSystemException e) { // permission denied, a read-only disk
			directory.close();
			return inMemory(content, stored, "the index folder " + path + " cannot be written (" + IndexFolder.plain(e)
					+ "); this time the library was searched in memory");
		}
		MeaningGraph graph = null;
		String notice = null;
		try {
			if (stored != null) {
				try {
					graph = MeaningGraph.open(graphFolder(path));
				} catch (java.nio.file.FileSystemException e) { // its folder alone cannot be written
					graph = MeaningGraph.inMemory();
					notice = "the folder of the graph of meanings " + graphFolder(path) + " cannot be written (" + IndexFolder.plain(e)
							+ "); this time the graph was built in memory";
				}
			}
			if (problem == null && graph != null && graph.startedAnew() != null) {
				// the words' documents name vectors the graph no longer has: they are indexed again with them
				problem = "its graph of meanings was built anew (" + graph.startedAnew() + ")";
			}
			return new LibraryIndex(directory, folder, content, stored, graph, problem, notice);
		} catch (LockObtainFailedException inUse) {
			IOUtils.closeWhileHandlingException(graph);
			return openedElsewhere(directory, folder, content, stored, graphFolder(path));
		} catch (IOException | RuntimeException e) {
			IOUtils.closeWhileHandlingException(graph, directory);
			throw e;
		}
	}

	/** Where the graph of an index's meanings lives: beside its folder, so that a rebuild of the words leaves it be. */
	public static Path graphFolder(Path index) {
		return index.resolveSibling(index.getFileName() + "-graph");
	}

	private static LibraryIndex openedElsewhere(Directory directory, IndexFolder folder, IndexContent content, StoredEmbeddings stored, Path graph)
			throws IOException {
		if (folder.problem(directory) == null) {
			return new LibraryIndex(directory, content, stored, stored == null ? null : MeaningGraph.openedElsewhere(graph),
					"the index is open in another running Playbook (the workbench on this workspace); it was searched as that one last wrote it");
		}
		directory.close();
		return inMemory(content, stored,
				"the index is open in another running Playbook and could not be read; this time the library was searched in memory");
	}

	/** An index held in memory only, built from the content (the CLI without a workspace, tests). */
	public static LibraryIndex inMemory(IndexContent content) throws IOException {
		return inMemory(content, StoredEmbeddings.inMemory(), null);
	}

	private static LibraryIndex inMemory(IndexContent content, StoredEmbeddings stored, String notice) throws IOException {
		return new LibraryIndex(new ByteBuffersDirectory(), null, content, stored, stored == null ? null : MeaningGraph.inMemory(),
				"the index is kept in memory", notice);
	}

	/**
	 * Why this is not the workspace's own index as usual (another process has it open, or its
	 * folder cannot be written), or null when it is.
	 */
	public String notice() {
		return notice;
	}

	/** Whether the index can be changed here; false when another process writes it. */
	public boolean isWritable() {
		return writer != null;
	}

	/** Why the index was rebuilt when it was opened, or null when it was used as it was (or is in memory). */
	public String rebuildReason() {
		return rebuildReason;
	}

	/** Whether the index was rebuilt because something was wrong with it, not because there was none yet. */
	public boolean wasRepaired() {
		return rebuildReason != null && !IndexFolder.NO_INDEX_YET.equals(rebuildReason);
	}

	/**
	 * Throws the words' documents away and indexes the content again, the meanings' graph kept
	 * (texts no document has any more are then pruned from it). Changes wait for it: a text
	 * added meanwhile cannot be pruned.
	 */
	public synchronized void rebuild() throws IOException {
		requireWriter();
		if (folder != null) {
			folder.unstamp();
		}
		writer.deleteAll();
		// practices are independent documents: given their meanings a chunk at a time, analysed on every core
		List<Practice> chunk = new ArrayList<>(REBUILD_CHUNK);
		for (Practice practice : content.practices()) {
			if (practice.getStatus() == PracticeStatus.ACCEPTED) {
				chunk.add(practice);
			}
			if (chunk.size() == REBUILD_CHUNK) {
				addAll(chunk.parallelStream().map(LibraryDocuments::practice).toList());
				chunk.clear();
			}
		}
		addAll(chunk.parallelStream().map(LibraryDocuments::practice).toList());
		List<IOException> failures = new ArrayList<>();
		content.forEachStrategy((fileKey, stamp, client, strategy) -> {
			try {
				writer.addDocuments(LibraryDocuments.strategyElements(fileKey, stamp, client, strategy));
			} catch (IOException e) {
				failures.add(e);
			}
		});
		// posts too are independent: cut into passages and analysed on every core
		List<IndexContent.Post> posts = new ArrayList<>();
		content.forEachPost(posts::add);
		for (int from = 0; from < posts.size(); from += REBUILD_CHUNK / 10) {
			List<Document> passages = posts.subList(from, Math.min(posts.size(), from + REBUILD_CHUNK / 10)).parallelStream()
					.flatMap(post -> LibraryDocuments.passages(post).stream()).toList();
			try {
				addAll(passages);
			} catch (IOException e) {
				failures.add(e);
			}
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
		commit();
		if (graph != null && withSearcher(indexSearcher -> graph.prune(indexSearcher.getIndexReader())) > 0) {
			graph.commit();
			graph.refresh();
		}
	}

	/**
	 * Gives the practices and passages the keys of their meanings, and the graph the vectors
	 * it lacks (read from the stored ones, or one batch of the model for texts never seen).
	 */
	private void addMeanings(List<Document> docs) {
		if (graph != null) {
			meanings.addTo(docs, graph);
		}
	}

	/** Gives the documents their meanings and adds them on every core. */
	private void addAll(List<Document> docs) throws IOException {
		addMeanings(docs);
		try {
			docs.parallelStream().forEach(doc -> {
				try {
					writer.addDocument(doc);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** Replaces the passages of one post with those of its text as it is now (with the practices drawn from it). */
	public synchronized void updatePost(IndexContent.Post post) throws IOException {
		requireWriter();
		List<Document> passages = LibraryDocuments.passages(post);
		addMeanings(passages);
		writer.updateDocuments(postTerm(post.source().getId()), passages);
	}

	public void removePost(String sourceId) throws IOException {
		requireWriter();
		writer.deleteDocuments(postTerm(sourceId));
	}

	private static Term postTerm(String sourceId) {
		return new Term(Fields.POST.fieldName(), LibraryAnalyzer.keyword(sourceId));
	}

	/**
	 * Adds or replaces practices, their meanings found in one batch of the model (a post's
	 * forty practices run as one batch in a fraction of forty runs); a practice that is not
	 * accepted is removed.
	 */
	public synchronized void updatePractices(List<Practice> practices) throws IOException {
		requireWriter();
		List<Practice> accepted = new ArrayList<>();
		List<Document> docs = new ArrayList<>();
		for (Practice practice : practices) {
			if (practice.getStatus() == PracticeStatus.ACCEPTED) {
				accepted.add(practice);
				docs.add(LibraryDocuments.practice(practice));
			} else {
				writer.deleteDocuments(idTerm(practice.getId()));
			}
		}
		addMeanings(docs);
		for (int i = 0; i < docs.size(); i++) {
			writer.updateDocument(idTerm(accepted.get(i).getId()), docs.get(i));
		}
	}

	public void removePractice(String practiceId) throws IOException {
		requireWriter();
		writer.deleteDocuments(idTerm(practiceId));
	}

	/** Replaces all documents of one strategy file with those of its current content. */
	public void updateStrategy(String fileKey, String stamp, String client, Strategy strategy) throws IOException {
		requireWriter();
		Term file = new Term(Fields.FILE.fieldName(), LibraryAnalyzer.keyword(fileKey));
		writer.updateDocuments(file, LibraryDocuments.strategyElements(fileKey, stamp, client, strategy));
	}

	/**
	 * What changed since the index was last written, brought in when it was opened: how many
	 * practices and strategy files were re-indexed or removed. Zero when it was rebuilt.
	 */
	public int changesOnOpen() {
		return changesOnOpen;
	}

	/**
	 * Brings an index that is otherwise sound up to date with its content: practices whose
	 * content changed and strategy files whose stamp changed are re-indexed, what is gone is
	 * removed, and nothing else is touched.
	 */
	public synchronized void synchronize() throws IOException {
		if (writer == null) {
			searchers.maybeRefreshBlocking(); // the process that writes it keeps it up to date
			return;
		}
		Map<String, String> practices = indexedStamps(LibraryDocuments.KIND_PRACTICE, Fields.ID);
		Map<String, String> strategies = indexedStamps(LibraryDocuments.KIND_STRATEGY, Fields.FILE);
		Map<String, String> posts = indexedStamps(LibraryDocuments.KIND_PASSAGE, Fields.POST);
		int changes = 0;
		List<Practice> changed = new ArrayList<>();
		for (Practice practice : content.practices()) {
			if (practice.getStatus() == PracticeStatus.ACCEPTED
					&& !LibraryDocuments.practiceStamp(practice).equals(practices.remove(practice.getId()))) {
				changed.add(practice);
			}
		}
		updatePractices(changed);
		changes += changed.size();
		for (String gone : practices.keySet()) {
			removePractice(gone);
			changes++;
		}
		List<IOException> failures = new ArrayList<>();
		int[] changedStrategies = { 0 };
		content.forEachStrategy((fileKey, stamp, client, strategy) -> {
			if (!stamp.equals(strategies.remove(fileKey))) {
				try {
					updateStrategy(fileKey, stamp, client, strategy);
					changedStrategies[0]++;
				} catch (IOException e) {
					failures.add(e);
				}
			}
		});
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
		for (String gone : strategies.keySet()) {
			removeStrategy(gone);
			changes++;
		}
		int[] changedPosts = { 0 };
		content.forEachPost(post -> {
			if (!post.stamp().equals(posts.remove(post.source().getId()))) {
				try {
					updatePost(post);
					changedPosts[0]++;
				} catch (IOException e) {
					failures.add(e);
				}
			}
		});
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
		for (String gone : posts.keySet()) {
			removePost(gone);
			changes++;
		}
		changes += changedPosts[0];
		changesOnOpen = changes + changedStrategies[0];
		if (changesOnOpen > 0) {
			commit();
		}
	}

	/** Key to stamp of the index's documents of one kind (practice id, or strategy file). */
	private Map<String, String> indexedStamps(String kind, Fields key) throws IOException {
		return withSearcher(indexSearcher -> {
			Map<String, String> stamps = new HashMap<>();
			IndexReader reader = indexSearcher.getIndexReader();
			StoredFields stored = reader.storedFields();
			Bits live = MultiBits.getLiveDocs(reader);
			Set<String> wanted = Set.of(Fields.KIND.fieldName(), key.fieldName(), Fields.STAMP.fieldName());
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				if (live == null || live.get(doc)) {
					Document document = stored.document(doc, wanted);
					if (kind.equals(document.get(Fields.KIND.fieldName()))) {
						stamps.put(document.get(key.fieldName()), document.get(Fields.STAMP.fieldName()));
					}
				}
			}
			return stamps;
		});
	}

	public void removeStrategy(String fileKey) throws IOException {
		requireWriter();
		writer.deleteDocuments(new Term(Fields.FILE.fieldName(), LibraryAnalyzer.keyword(fileKey)));
	}

	/** Makes changes durable and visible to searches; the graph first, so that it has every vector the words' index names. */
	public synchronized void commit() throws IOException {
		if (writer == null) {
			return;
		}
		if (graph != null) {
			graph.commit();
		}
		writer.commit();
		if (folder != null) {
			folder.stamp();
		}
		refresh();
	}

	/** Makes changes visible to searches without waiting for a commit. */
	public void refresh() throws IOException {
		if (graph != null) {
			graph.refresh(); // first: the words' documents a search sees have their vectors there
		}
		searchers.maybeRefreshBlocking();
	}

	@Override
	public String describe() {
		return "the embedded library";
	}

	@Override
	public SearchResult search(SearchRequest request) throws IOException {
		return withSearcher(indexSearcher -> searcher.search(indexSearcher, request, meanings, nearest));
	}

	/** The same search by its words alone, as the library searched before it knew meanings: the baseline of the benchmarks. */
	public SearchResult searchByWords(SearchRequest request) throws IOException {
		return search(request.byWordsAlone());
	}

	/** An index of words alone still classifies proposals by meaning: its vectors then live in memory. */
	private synchronized StoredEmbeddings wordsIndexMeanings() {
		if (wordsIndexMeanings == null) {
			wordsIndexMeanings = StoredEmbeddings.inMemory();
		}
		return wordsIndexMeanings;
	}

	/** The vectors this index reads its practices' and passages' meanings from. */
	public StoredEmbeddings storedMeanings() {
		return meanings.stored();
	}

	/** Why the library is searched by its words alone (the sentence model cannot run here), or null. */
	public String meaningProblem() {
		return meanings.problem();
	}

	/** Completions for what has been typed so far in the search box. */
	@Override
	public List<String> suggest(String typed, int count) throws IOException {
		return withSearcher(indexSearcher -> suggestions.suggest(indexSearcher.getIndexReader(), typed, count));
	}

	/** The category and polarity the accepted practices propose for a proposal, and the one it says the same as. */
	public ProposalClassifier.Result classify(Practice proposal, ProposalReview structure) throws IOException {
		return classify(proposal, structure, ReviewDecisions.none());
	}

	/** The same, with how likely it is worth proposing once the agency's decisions on proposals like it have voted. */
	public ProposalClassifier.Result classify(Practice proposal, ProposalReview structure, ReviewDecisions decisions) throws IOException {
		StoredEmbeddings stored = classifierMeanings();
		return withSearcher(indexSearcher -> classifier.classify(indexSearcher, proposal, structure, stored, decisions));
	}

	/** What the agency kept (its accepted practices) and dropped (the given proposals), for {@link #classify(Practice, ProposalReview, ReviewDecisions)}. */
	public ReviewDecisions reviewDecisions(List<Practice> dropped) throws IOException {
		StoredEmbeddings stored = classifierMeanings();
		return withSearcher(indexSearcher -> classifier.decisions(indexSearcher, dropped, stored));
	}

	private StoredEmbeddings classifierMeanings() {
		return meanings.stored() != null ? meanings.stored() : wordsIndexMeanings();
	}

	/** Ids of the practices most like the given one. */
	@Override
	public List<String> relatedTo(String practiceId, int count) throws IOException {
		return withSearcher(indexSearcher -> ids(indexSearcher, related.likePractice(indexSearcher, practiceId, count)));
	}

	/** Ids of the practices most like a piece of text, e.g. a selected tactic's. */
	public List<String> relatedToText(String text, int count) throws IOException {
		return withSearcher(indexSearcher -> ids(indexSearcher, related.likeText(indexSearcher, text, count)));
	}

	/** How many documents (practices and strategy elements) the index holds. */
	public int size() throws IOException {
		return withSearcher(indexSearcher -> indexSearcher.getIndexReader().numDocs());
	}

	/** Runs a read on the current searcher, which stays valid for the read even if the index changes meanwhile. */
	private <T> T withSearcher(SearcherCall<T> call) throws IOException {
		IndexSearcher indexSearcher = searchers.acquire();
		try {
			return call.apply(indexSearcher);
		} finally {
			searchers.release(indexSearcher);
		}
	}

	@FunctionalInterface
	private interface SearcherCall<T> {
		T apply(IndexSearcher searcher) throws IOException;
	}

	@Override
	public synchronized void close() throws IOException {
		try (directory; writer; searchers; suggestions; meanings; graph) {
			if (writer != null && writer.hasUncommittedChanges()) {
				commit();
			}
		}
	}

	/** Thrown on a change to an index that another process writes. */
	public static final class InUseException extends IOException {
		private static final long serialVersionUID = 1L;

		InUseException() {
			super("the index is open in another running Playbook (the workbench on this workspace), which indexes what changed the next time it searches");
		}
	}

	private void requireWriter() throws InUseException {
		if (writer == null) {
			throw new InUseException();
		}
	}

	private static List<String> ids(IndexSearcher searcher, TopDocs docs) throws IOException {
		List<String> ids = new ArrayList<>();
		for (ScoreDoc scoreDoc : docs.scoreDocs) {
			Document doc = searcher.storedFields().document(scoreDoc.doc);
			ids.add(doc.get(Fields.ID.fieldName()));
		}
		return ids;
	}

	private static java.util.logging.Logger quiet(String name) {
		java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
		logger.setLevel(java.util.logging.Level.SEVERE);
		return logger;
	}

	private static Term idTerm(String practiceId) {
		return new Term(Fields.ID.fieldName(), LibraryAnalyzer.keyword(practiceId));
	}
}
