package org.playbook.library;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.playbook.library.embedding.StoredEmbeddings;
import org.playbook.library.importer.ImportException;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.importer.ProposalReview;
import org.playbook.library.index.ProposalClassifier;
import org.playbook.library.learning.AdviceModels;
import org.playbook.library.learning.ReviewDecisions;
import org.playbook.library.importer.PostImporter;
import org.playbook.library.importer.PostReaders;
import org.playbook.library.index.IndexContent;
import org.playbook.library.index.LibraryIndex;
import org.playbook.model.Client;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.model.PracticeLibrary;
import org.playbook.model.PracticeStatus;
import org.playbook.model.Source;
import org.playbook.model.Strategy;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.AtomicFileWriter;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.PlaybookFiles;
import org.playbook.workspace.WorkspaceLock;

/**
 * The library as the workbench, the CLI and the audit use it: the practices, the agency's
 * strategies, and the index over both, kept in the workspace's state area. Without a
 * workspace, the bundled library alone is searched from an index in memory.
 */
public final class LibraryService implements Closeable {
	private final Path workspace;
	private final Library library;
	private final Agency agency;
	private final LibraryIndex index;
	private final PostReaders readers = PostReaders.fromRegistry();

	private LibraryService(Path workspace, Library library, Agency agency, LibraryIndex index) {
		this.workspace = workspace;
		this.library = library;
		this.agency = agency;
		this.index = index;
	}

	/** @param workspace the agency workspace folder, or null for the bundled library only */
	public static LibraryService open(Path workspace) throws IOException {
		Library library = Library.load(workspace);
		Agency agency = workspace == null ? null : new AgencyLoader().load(workspace);
		IndexContent content = content(workspace, library, agency);
		LibraryIndex index = workspace == null ? LibraryIndex.inMemory(content)
				: LibraryIndex.open(indexFolder(workspace), content, StoredEmbeddings.open(meaningsFile(workspace)));
		return new LibraryService(workspace, library, agency, index);
	}

	/** Where the index of a workspace lives: its state area, never shared, always rebuildable. */
	public static Path indexFolder(Path workspace) {
		return workspace.resolve(".metadata/.plugins/org.playbook.library/index");
	}

	/**
	 * Where a workspace's practices' and passages' sentence vectors are kept: beside the index,
	 * not in it, so that a rebuilt index reads them back; not in the library folder either,
	 * since they are derived (any Playbook computes the same ones) and not for sharing.
	 */
	public static Path meaningsFile(Path workspace) {
		return workspace.resolve(".metadata/.plugins/org.playbook.library/meanings");
	}

	public Library library() {
		return library;
	}

	/** The practices' and passages' sentence vectors, as the index keeps them (a push to the shared library sends them). */
	public StoredEmbeddings meanings() {
		return index.storedMeanings();
	}

	public LibraryIndex index() {
		return index;
	}

	/** The agency's clients and strategies, or null without a workspace. */
	public Agency agency() {
		return agency;
	}

	/** Files of the library or the agency that could not be read. */
	public List<Diagnostic> problems() {
		List<Diagnostic> problems = new ArrayList<>(library.problems());
		if (agency != null) {
			problems.addAll(agency.getProblems());
		}
		return problems;
	}

	/**
	 * Reads a post and proposes practices; nothing is stored yet. What the agency dropped of
	 * earlier proposals votes on each (with what it kept): one the votes bring below the
	 * models' threshold is left out, unless it says the same as a practice of the library.
	 */
	public ImportResult read(Path post) throws ImportException {
		ImportResult read = new PostImporter(readers).read(post);
		Map<Practice, ProposalReview> reviews = new HashMap<>();
		List<Practice> kept = new ArrayList<>();
		double threshold = AdviceModels.shipped().threshold();
		ReviewDecisions decisions;
		try {
			decisions = index.reviewDecisions(library.rejected());
		} catch (IOException e) {
			throw new ImportException(read.file(), "the library could not be consulted to weigh the proposals (" + e.getMessage() + ")");
		}
		for (Practice proposal : read.proposals()) {
			ProposalReview structure = read.review(proposal);
			ProposalClassifier.Result classified;
			try {
				classified = index.classify(proposal, structure, decisions);
			} catch (IOException e) {
				throw new ImportException(read.file(), "the library could not be consulted to classify the proposals (" + e.getMessage() + ")");
			}
			if (classified.advice() < threshold && classified.sameAsId() == null) {
				continue; // like what the agency's strategists dropped before
			}
			kept.add(proposal);
			Practice sameAs = classified.sameAsId() == null ? null : library.find(classified.sameAsId());
			ProposalReview.Choice<PracticeCategory> category = classified.category();
			ProposalReview.Choice<Polarity> polarity = classified.polarity();
			if (sameAs != null) { // it is that practice, said again: it is filed as that one is
				category = new ProposalReview.Choice<>(sameAs.getCategory(), classified.similarity(), category.value(), category.confidence());
				polarity = new ProposalReview.Choice<>(sameAs.getPolarity(), classified.similarity(), polarity.value(), polarity.confidence());
			}
			proposal.setCategory(category.value());
			proposal.setPolarity(polarity.value());
			reviews.put(proposal, structure.classified(category, polarity, sameAs, classified.similarity()));
		}
		return read.weighed(kept, reviews, read.proposals().size() - kept.size());
	}

	/**
	 * Stores an import in the workspace's library: the post's text and its practices, as
	 * proposals, or accepted when {@code accept} is set (then they are searchable at once).
	 * A post imported before is not stored twice; with {@code accept}, the proposals still
	 * pending from that import are accepted instead. On any failure nothing is kept: the
	 * library file and the index stay as they were.
	 * @return how many practices became searchable
	 */
	public int store(ImportResult result, boolean accept) throws ImportException {
		return store(result, accept ? result.proposals() : List.of(), List.of(), accept, false);
	}

	/**
	 * Stores an import as a person reviewed it: the proposals they kept accepted (searchable
	 * at once), the others kept as dropped, never searched, so that the next import learns
	 * what this agency does not want proposed. Of a post imported before, the proposals still
	 * pending are settled the same way. On any failure nothing is kept.
	 * @return how many practices became searchable
	 */
	public int storeReviewed(ImportResult read, List<Practice> kept) throws ImportException {
		return store(read, kept, read.proposals().stream().filter(p -> !kept.contains(p)).toList(), true, true);
	}

	/**
	 * @param settlePending whether a post imported before has its pending proposals settled (else it is refused)
	 * @param reviewed whether a person saw the proposals: then only those they kept are accepted of the pending ones, not every one
	 */
	private int store(ImportResult result, List<Practice> accepted, List<Practice> dropped, boolean settlePending, boolean reviewed)
			throws ImportException {
		if (workspace == null) {
			throw new ImportException(result.file(), "imported practices need a workspace to be kept in");
		}
		try (WorkspaceLock.Held lock = WorkspaceLock.acquire(workspace, "importing " + result.file().getFileName())) {
			refresh(); // another process may have imported since this library was read
			if (library.sources().containsKey(result.source().getId())) {
				if (settlePending) {
					return settlePending(result, reviewed ? accepted : null, dropped);
				}
				throw new ImportException(result.file(), "this post was already imported (as \"" + result.source().getTitle() + "\")");
			}
			reindex(result, storeNew(result, accepted, dropped));
		} catch (IOException e) { // the lock: another writer held the workspace too long
			throw new ImportException(result.file(), e.getMessage());
		}
		return accepted.size();
	}

	/**
	 * Adds the post and its proposals to the workspace's library and saves it: the accepted
	 * ones, the dropped ones (as rejected) and the rest as proposals waiting for review. An
	 * accepted proposal that says the same as a practice of the library adds its quote to that
	 * practice instead. On any failure the library is read back as it was on disk.
	 * @return the practices to index: the new accepted ones and the ones that gained a quote
	 */
	private List<Practice> storeNew(ImportResult result, List<Practice> accepted, List<Practice> dropped) throws ImportException {
		PracticeLibrary user = library.userLibrary();
		Path postFile = library.folder().resolve(result.source().getDocument());
		List<Practice> changed = new ArrayList<>();
		Library.Change change = library.change();
		try {
			user.getSources().add(result.source());
			for (Practice proposal : result.proposals()) {
				ProposalReview review = result.review(proposal);
				boolean accept = accepted.contains(proposal);
				if (dropped.contains(proposal)) {
					proposal.setStatus(PracticeStatus.REJECTED); // kept to learn from, never indexed
					user.getPractices().add(proposal);
				} else if (accept && review != null && review.sameAs() != null) {
					changed.add(library.supplement(review.sameAs(), proposal.getSourceRefs().get(0)));
				} else {
					proposal.setStatus(accept ? PracticeStatus.ACCEPTED : PracticeStatus.PROPOSED);
					user.getPractices().add(proposal);
					changed.add(proposal);
				}
			}
			new AtomicFileWriter().replace(postFile, result.post().text().getBytes(StandardCharsets.UTF_8));
			library.saveUserLibrary();
			change.keep();
			return changed;
		} catch (IOException | RuntimeException e) {
			change.undo();
			try {
				Files.deleteIfExists(postFile);
			} catch (IOException ignored) {
				// the text alone, unreferenced, harms nothing
			}
			throw new ImportException(result.file(), "the library could not be saved (" + e.getMessage() + "); nothing was imported");
		}
	}

	/**
	 * Takes in what another process saved in the workspace's library since it was read (an
	 * import from the command line while the workbench runs): the library is read again and
	 * the index brought up to date. Cheap when nothing changed (one look at the file).
	 * @return whether anything changed
	 */
	public synchronized boolean refresh() throws IOException {
		if (!library.reloadIfChanged()) {
			return false;
		}
		index.synchronize();
		return true;
	}

	/**
	 * Settles what an earlier import of the same post left proposed: the pending proposals
	 * whose words a person dropped now are rejected, those they kept (all the others, when
	 * nobody reviewed them) accepted with the title, category and polarity the person gave them,
	 * the rest left pending; a proposal that says the same as a practice of the library (as the
	 * fresh reading of the post finds) adds its quote to that practice instead.
	 * @param kept the proposals a person kept, or null to accept every pending one not dropped
	 * @return how many were accepted
	 */
	private int settlePending(ImportResult result, List<Practice> kept, List<Practice> dropped) throws ImportException {
		String sourceId = result.source().getId();
		Map<String, Practice> read = byQuote(result.proposals()), droppedByQuote = byQuote(dropped), keptByQuote = kept == null ? null : byQuote(kept);
		List<Practice> pending = library.proposals().stream()
				.filter(p -> p.getSourceRefs().stream().anyMatch(ref -> ref.getSource() != null && sourceId.equals(ref.getSource().getId())))
				.toList();
		List<Practice> changed = new ArrayList<>();
		Library.Change change = library.change();
		int accepted = 0;
		try {
			for (Practice practice : pending) {
				String quote = practice.getSourceRefs().get(0).getQuote();
				ProposalReview review = read.containsKey(quote) ? result.review(read.get(quote)) : null;
				if (droppedByQuote.containsKey(quote)) {
					practice.setStatus(PracticeStatus.REJECTED);
					continue;
				}
				if (keptByQuote != null && !keptByQuote.containsKey(quote)) {
					continue; // not shown in this review (left out as like a dropped one): it waits
				}
				if (keptByQuote != null) { // what the person corrected in the review is what is accepted
					Practice reviewed = keptByQuote.get(quote);
					practice.setTitle(reviewed.getTitle());
					practice.setCategory(reviewed.getCategory());
					practice.setPolarity(reviewed.getPolarity());
				}
				accepted++;
				if (review != null && review.sameAs() != null && review.sameAs() != practice) {
					library.userLibrary().getPractices().remove(practice);
					changed.add(library.supplement(review.sameAs(), practice.getSourceRefs().get(0)));
				} else {
					practice.setStatus(PracticeStatus.ACCEPTED);
					changed.add(practice);
				}
			}
			library.saveUserLibrary();
			change.keep();
		} catch (IOException | RuntimeException e) {
			change.undo();
			throw new ImportException(result.file(), "the library could not be saved (" + e.getMessage() + "); nothing was accepted");
		}
		reindex(result, changed);
		return accepted;
	}

	/** Proposals by the words they quote (each quotes one sentence of its post). */
	private static Map<String, Practice> byQuote(List<Practice> proposals) {
		Map<String, Practice> byQuote = new HashMap<>();
		proposals.forEach(p -> byQuote.put(p.getSourceRefs().get(0).getQuote(), p));
		return byQuote;
	}

	private void reindex(ImportResult result, List<Practice> practices) throws ImportException {
		if (!index.isWritable()) {
			return; // the process that writes the index takes the saved practices in (see refresh)
		}
		try {
			index.updatePractices(practices);
			// the post's passages are searchable too, and show the practices drawn from them
			Source source = library.sources().get(result.source().getId());
			if (source != null) {
				List<Practice> drawn = library.accepted().stream()
						.filter(p -> p.getSourceRefs().stream().anyMatch(ref -> ref.getSource() != null && source.getId().equals(ref.getSource().getId())))
						.toList();
				java.util.Optional<IndexContent.Post> post = post(library, source, drawn);
				if (post.isPresent()) {
					index.updatePost(post.get());
				}
			}
			index.commit();
		} catch (IOException e) {
			throw new ImportException(result.file(), "imported, but the index could not be updated (" + e.getMessage()
					+ "); run 'playbook index --rebuild'");
		}
	}

	@Override
	public void close() throws IOException {
		index.close();
	}

	/**
	 * Brings one strategy file's elements in the index up to date after it was saved, added
	 * or deleted (the workbench calls this as files change, so searching strategies finds
	 * what was just written). A file that cannot be read keeps its last indexed content.
	 */
	public synchronized void reindexStrategy(Path file) throws IOException {
		if (workspace == null || !index.isWritable()) {
			return;
		}
		String key = workspace.relativize(file).toString();
		if (!Files.exists(file)) {
			index.removeStrategy(key);
		} else {
			LoadResult<Strategy> strategy = new ModelReader().read(file, Strategy.class);
			if (!strategy.isOk()) {
				return;
			}
			LoadResult<Client> client = new ModelReader().read(file.resolveSibling(PlaybookFiles.CLIENT_FILE), Client.class);
			String clientName = client.isOk() ? client.root().getName() : file.getParent().getFileName().toString();
			index.updateStrategy(key, stamp(file), clientName, strategy.root());
		}
		index.commit();
	}

	/** Size and time of the file: any save changes one or the other. */
	private static String stamp(Path file) {
		try {
			return file == null ? "unsaved" : Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
		} catch (IOException e) {
			return "unreadable";
		}
	}

	/** What the library holds to be searched: its accepted practices and its posts (pushed to a shared library as they are). */
	public IndexContent libraryContent() {
		return content(workspace, library, null);
	}

	private static IndexContent content(Path workspace, Library library, Agency agency) {
		return new IndexContent() {
			@Override
			public Iterable<Practice> practices() {
				return library.accepted();
			}

			@Override
			public void forEachStrategy(StrategyVisitor visitor) {
				if (agency == null) {
					return;
				}
				for (Client client : agency.getClients()) {
					for (Strategy strategy : client.getStrategies()) {
						Path file = Agency.fileOf(strategy);
						String key = file == null ? client.getName() + "/" + strategy.getName() : workspace.relativize(file).toString();
						visitor.visit(key, stamp(file), client.getName(), strategy);
					}
				}
			}

			@Override
			public void forEachPost(PostVisitor visitor) {
				Map<String, List<Practice>> drawn = new HashMap<>();
				for (Practice practice : library.accepted()) {
					practice.getSourceRefs().stream().filter(ref -> ref.getSource() != null).map(ref -> ref.getSource().getId()).distinct()
							.forEach(id -> drawn.computeIfAbsent(id, k -> new ArrayList<>()).add(practice));
				}
				for (Source source : library.sources().values()) {
					post(library, source, drawn.getOrDefault(source.getId(), List.of())).ifPresent(visitor::visit);
				}
			}
		};
	}

	/** A post with its text, or nothing when its text cannot be read (it is then not searchable, and nothing else breaks). */
	private static java.util.Optional<IndexContent.Post> post(Library library, Source source, List<Practice> drawn) {
		try {
			return java.util.Optional.of(new IndexContent.Post(source, library.postText(source), drawn));
		} catch (IOException e) {
			return java.util.Optional.empty();
		}
	}
}
