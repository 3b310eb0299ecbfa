package org.playbook.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.playbook.team.merge.Conflict;
import org.playbook.team.merge.ModelMerge;
import org.playbook.team.merge.Side;
import org.playbook.workspace.AtomicFileWriter;
import org.playbook.workspace.PlaybookFiles;
import org.playbook.workspace.WorkspaceLock;

/**
 * An agency workspace shared through git (JGit; no git program needed): the clients'
 * folders and the library are committed, the workspace's own state is not. A sync commits
 * this workspace's changes, fetches the agency repository's, merges strategy, client and
 * library files element by element ({@link ModelMerge}), and pushes. When a person must
 * decide, the sync writes nothing and says what to decide.
 */
public final class AgencyRepository implements AutoCloseable {
	/** What is never shared: the workspace's state area, backups, temporary files, project descriptions. */
	static final List<String> IGNORED = List.of(".metadata/", "*.bak", ".*.tmp", "*.tmp", ".project", ".settings/", "*.broken-*");
	/** The files being written by a merge, so that one cut short is undone on the next sync. */
	private static final String MERGE_JOURNAL = "playbook-merge-journal";
	private static final String REMOTE = "origin";
	private static final int PUSH_ATTEMPTS = 3;

	private final Git git;
	private final Path root;
	private RemoteAccess access = RemoteAccess.headless();
	private WorkTree workTree;

	AgencyRepository(Git git) {
		this.git = git;
		this.root = git.getRepository().getWorkTree().toPath();
		this.workTree = WorkTree.files(root);
	}

	/** The repository the workspace (or a folder in it) belongs to. */
	public static AgencyRepository open(Path folder) throws TeamException {
		Path start = folder.toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(start.toFile());
		if (builder.getGitDir() == null) {
			AgencyRepository group = ClientGroups.openHolding(start);
			if (group != null) {
				return group;
			}
			throw new TeamException(start + " is not shared: it is in no git repository. Share the workspace first.");
		}
		try {
			return new AgencyRepository(new Git(builder.setMustExist(true).build()));
		} catch (RepositoryNotFoundException e) {
			throw new TeamException(start + " is not shared: it is in no git repository.", e);
		} catch (IOException e) {
			throw new TeamException("The git repository of " + start + " cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * Makes the workspace a git repository (if it is not one) with a first commit of its
	 * clients. With a remote, it is the agency repository: a path that does not exist yet
	 * becomes a new bare repository there, and the workspace's commits are pushed to it.
	 * @param author who commits; null for the repository's configured user (or this computer's)
	 */
	public static AgencyRepository share(Path workspace, String remote, PersonIdent author) throws TeamException {
		return share(workspace, remote, author, RemoteAccess.headless());
	}

	/** {@link #share(Path, String, PersonIdent)} with the login, keys and progress a server needs. */
	public static AgencyRepository share(Path workspace, String remote, PersonIdent author, RemoteAccess access) throws TeamException {
		Path folder = workspace.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			throw new TeamException(folder + " is not a folder.");
		}
		if (!Files.isDirectory(folder.resolve(Constants.DOT_GIT)) && !ClientGroups.names(folder).isEmpty()) {
			throw new TeamException(folder + " shares its clients in groups (" + String.join(", ", ClientGroups.names(folder))
					+ "): share more clients in a group, not the whole workspace.");
		}
		try {
			Git git = Files.isDirectory(folder.resolve(Constants.DOT_GIT)) ? Git.open(folder.toFile())
					: Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
			AgencyRepository repository = new AgencyRepository(git).using(access);
			repository.writeIgnores();
			repository.commitAll("Share the workspace", author == null ? repository.defaultAuthor() : author);
			if (remote != null) {
				repository.connect(remote);
				repository.push();
			}
			return repository;
		} catch (IOException | GitAPIException e) {
			throw new TeamException(folder + " could not be shared: " + e.getMessage(), e);
		}
	}

	/** A copy of the agency repository in a new workspace folder (a path, ssh or https URL). */
	public static AgencyRepository cloneFrom(String remote, Path workspace) throws TeamException {
		return cloneFrom(remote, workspace, RemoteAccess.headless());
	}

	/** {@link #cloneFrom(String, Path)} with the login, keys and progress a server needs. */
	public static AgencyRepository cloneFrom(String remote, Path workspace, RemoteAccess access) throws TeamException {
		Path folder = workspace.toAbsolutePath().normalize();
		try {
			if (Files.isDirectory(folder)) {
				try (var children = Files.list(folder)) {
					if (children.findAny().isPresent()) {
						throw new TeamException(folder + " is not empty: clone into a new folder.");
					}
				}
			}
			var clone = access.applyTo(Git.cloneRepository()).setURI(uri(remote)).setDirectory(folder.toFile()).setProgressMonitor(access.progress());
			return new AgencyRepository(clone.call()).using(access);
		} catch (TransportException e) {
			throw new TeamException(access.explain(remote, e), e);
		} catch (IOException | GitAPIException e) {
			throw new TeamException(remote + " could not be cloned: " + e.getMessage(), e);
		}
	}

	Git git() {
		return git;
	}

	/** Uses the given login, keys and progress for this repository's fetches and pushes from now on. */
	public AgencyRepository using(RemoteAccess remoteAccess) {
		this.access = remoteAccess;
		return this;
	}

	/** Writes the files a sync brings in through the given work tree from now on (the workbench's workspace). */
	public AgencyRepository writingThrough(WorkTree files) {
		this.workTree = files;
		return this;
	}

	/** The workspace folder (the repository's work tree). */
	public Path root() {
		return root;
	}

	/** The author the repository's configuration names (user.name, user.email), or this computer's user. */
	public PersonIdent defaultAuthor() {
		return new PersonIdent(git.getRepository());
	}

	/** The commits that changed the file, newest first. */
	public List<Revision> history(Path file, int limit) throws TeamException {
		String path = pathOf(file);
		try {
			List<Revision> revisions = new ArrayList<>();
			if (git.getRepository().resolve(Constants.HEAD) == null) {
				return revisions;
			}
			for (RevCommit commit : git.log().addPath(path).setMaxCount(limit).call()) {
				PersonIdent author = commit.getAuthorIdent();
				revisions.add(new Revision(commit.getName(), author.getName(), author.getEmailAddress(), author.getWhenAsInstant(),
						commit.getShortMessage()));
			}
			return revisions;
		} catch (IOException | GitAPIException e) {
			throw new TeamException("The history of " + path + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** The newest commit that changed the file and was made on or before the moment, or null: one step of the log, not all of it. */
	public Revision lastCommitBefore(Path file, java.time.Instant moment) throws TeamException {
		String path = pathOf(file);
		try {
			if (git.getRepository().resolve(Constants.HEAD) == null) {
				return null;
			}
			for (RevCommit commit : git.log().addPath(path).setRevFilter(
					org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter.before(java.util.Date.from(moment.plusSeconds(1)))).setMaxCount(1).call()) {
				PersonIdent author = commit.getAuthorIdent();
				return new Revision(commit.getName(), author.getName(), author.getEmailAddress(), author.getWhenAsInstant(), commit.getShortMessage());
			}
			return null;
		} catch (IOException | GitAPIException e) {
			throw new TeamException("The history of " + path + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** The file's content in a revision (an id, a short id, HEAD, HEAD~2, a branch); null if the file was not there. */
	public byte[] contentAt(String revision, Path file) throws TeamException {
		String path = pathOf(file);
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			ObjectId id = git.getRepository().resolve(revision);
			if (id == null) {
				throw new TeamException("There is no revision '" + revision + "' in the repository of " + root + ".");
			}
			return contentAt(walk.parseCommit(id), path);
		} catch (IOException e) {
			throw new TeamException("Revision '" + revision + "' cannot be read: " + e.getMessage(), e);
		}
	}

	/** The file as a path in the repository, with "/" between folders. */
	public String pathOf(Path file) throws TeamException {
		Path absolute = file.toAbsolutePath().normalize();
		if (!absolute.startsWith(root)) {
			throw new TeamException(absolute + " is not in the shared workspace " + root + ".");
		}
		return root.relativize(absolute).toString().replace('\\', '/');
	}

	/** Commits every change of the workspace (new, changed and removed files); answers false when there was nothing to commit. */
	public boolean commitAll(String message, PersonIdent author) throws TeamException {
		try (WorkspaceLock.Held lock = WorkspaceLock.acquire(root, "playbook commit")) { // reentrant: a sync holds it already
			StaleLocks.clear(git.getRepository().getDirectory().toPath());
			git.add().addFilepattern(".").call();
			git.add().addFilepattern(".").setUpdate(true).call(); // removed files too
			Status status = git.status().call();
			if (status.getAdded().isEmpty() && status.getChanged().isEmpty() && status.getRemoved().isEmpty()
					&& git.getRepository().resolve(Constants.HEAD) != null) {
				return false;
			}
			git.commit().setMessage(message).setAuthor(author).setCommitter(author).setAllowEmpty(true).call();
			return true;
		} catch (IOException | GitAPIException e) {
			throw new TeamException("The workspace's changes could not be committed: " + e.getMessage(), e);
		}
	}

	/** The files no commit holds yet, as paths in the repository. */
	public List<String> untracked() throws TeamException {
		try {
			return git.status().call().getUntracked().stream().sorted().toList();
		} catch (GitAPIException e) {
			throw new TeamException("The workspace's new files cannot be listed: " + e.getMessage(), e);
		}
	}

	/** The files changed since the last commit, as paths in the repository. */
	public List<String> uncommitted() throws TeamException {
		try {
			Status status = git.status().call();
			List<String> files = new ArrayList<>(status.getUncommittedChanges());
			files.addAll(status.getUntracked());
			files.sort(null);
			return files;
		} catch (GitAPIException e) {
			throw new TeamException("The workspace's changes cannot be listed: " + e.getMessage(), e);
		}
	}

	/**
	 * Commits this workspace's changes, brings in the agency repository's (merging model
	 * files element by element) and pushes, under the workspace's lock so that no save
	 * happens in between. Conflicts decided by {@code choices} are settled; when any other
	 * remains, nothing is written and the result lists them.
	 */
	public SyncResult sync(PersonIdent author, Function<Conflict, Side> choices) throws TeamException {
		return exchange(author, choices, true);
	}

	/** Commits this workspace's changes and brings in the agency repository's (merged as a sync does), without pushing. */
	public SyncResult pull(PersonIdent author, Function<Conflict, Side> choices) throws TeamException {
		return exchange(author, choices, false);
	}

	/**
	 * Commits this workspace's changes and pushes them; refused in plain words when the agency
	 * repository has commits this workspace has not brought in yet (pull or sync first).
	 */
	public boolean pushCommits(PersonIdent author) throws TeamException {
		try (WorkspaceLock.Held lock = WorkspaceLock.acquire(root, "playbook push")) {
			StaleLocks.clear(git.getRepository().getDirectory().toPath());
			boolean committed = commitAll("Changes by " + author.getName(), author);
			if (!push()) {
				throw new TeamException("The agency repository has changes this workspace has not brought in yet: pull or synchronize first."
						+ (committed ? " This workspace's changes are committed here." : ""));
			}
			return committed;
		} catch (IOException e) {
			throw new TeamException(e.getMessage(), e);
		}
	}

	private SyncResult exchange(PersonIdent author, Function<Conflict, Side> choices, boolean andPush) throws TeamException {
		try (WorkspaceLock.Held lock = WorkspaceLock.acquire(root, andPush ? "playbook sync" : "playbook pull")) {
			List<String> notes = new ArrayList<>();
			if (StaleLocks.clear(git.getRepository().getDirectory().toPath()) > 0) {
				notes.add("Lock files left by a Playbook that was stopped were removed.");
			}
			if (undoInterruptedMerge()) {
				notes.add("A merge cut short earlier was undone; it is done again now.");
			}
			boolean committed = commitAll("Changes by " + author.getName(), author);
			int received = 0;
			List<String> merged = new ArrayList<>();
			List<String> taken = new ArrayList<>();
			for (int attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
				fetch();
				Incoming incoming = bringIn(author, choices);
				received += incoming.received;
				merged.addAll(incoming.merged);
				taken.addAll(incoming.taken);
				if (!incoming.conflicts.isEmpty()) {
					return new SyncResult(committed, received, merged, taken, incoming.conflicts, false, notes);
				}
				if (!andPush) {
					return new SyncResult(committed, received, merged, taken, List.of(), false, notes);
				}
				if (push()) {
					return new SyncResult(committed, received, merged, taken, List.of(), true, notes);
				}
				notes.add("The agency repository moved while syncing; its new commits were brought in and the push tried again.");
			}
			throw new TeamException("The agency repository keeps moving while this workspace syncs (" + PUSH_ATTEMPTS
					+ " tries); sync again in a moment. Nothing was lost: this workspace's changes are committed here.");
		} catch (IOException e) {
			throw new TeamException(e.getMessage(), e);
		}
	}

	private record Incoming(int received, List<String> merged, List<String> taken, List<Conflict> conflicts) {
	}

	/** Brings the fetched commits into this branch: nothing, a fast-forward, or a merge commit of the merged files. */
	private Incoming bringIn(PersonIdent author, Function<Conflict, Side> choices) throws TeamException, IOException {
		Repository repository = git.getRepository();
		ObjectId theirsId = repository.resolve(Constants.R_REMOTES + REMOTE + "/" + repository.getBranch());
		ObjectId oursId = repository.resolve(Constants.HEAD);
		if (theirsId == null || theirsId.equals(oursId)) {
			return new Incoming(0, List.of(), List.of(), List.of());
		}
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit theirs = walk.parseCommit(theirsId);
			RevCommit ours = oursId == null ? null : walk.parseCommit(oursId);
			RevCommit base = ours == null ? null : mergeBase(theirs, ours);
			int received = countBetween(theirs, base);
			if (base != null && base.equals(theirs)) {
				return new Incoming(0, List.of(), List.of(), List.of()); // nothing new there
			}
			if (ours == null) {
				git.merge().include(theirs).setFastForward(MergeCommand.FastForwardMode.FF_ONLY).call();
				return new Incoming(received, List.of(), changedBetween(null, theirs), List.of());
			}
			if (base != null && base.equals(ours)) {
				return fastForward(ours, theirs, received);
			}
			return merge(base, ours, theirs, author, choices, received);
		} catch (GitAPIException e) {
			throw new TeamException("The agency repository's changes could not be brought in: " + e.getMessage(), e);
		}
	}

	private Incoming merge(RevCommit base, RevCommit ours, RevCommit theirs, PersonIdent author, Function<Conflict, Side> choices, int received)
			throws IOException, GitAPIException, TeamException {
		List<String> merged = new ArrayList<>();
		List<String> taken = new ArrayList<>();
		List<Conflict> conflicts = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		List<byte[]> contents = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(git.getRepository())) {
			if (base == null) {
				walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
			} else {
				walk.addTree(base.getTree());
			}
			walk.addTree(ours.getTree());
			walk.addTree(theirs.getTree());
			walk.setRecursive(true);
			walk.setFilter(TreeFilter.ANY_DIFF);
			while (walk.next()) {
				String path = walk.getPathString();
				ObjectId baseId = idAt(walk, 0), ourId = idAt(walk, 1), theirId = idAt(walk, 2);
				if (java.util.Objects.equals(ourId, theirId) || java.util.Objects.equals(theirId, baseId)) {
					continue; // the same on both sides, or only changed here
				}
				if (java.util.Objects.equals(ourId, baseId)) {
					paths.add(path);
					contents.add(theirId == null ? null : bytes(theirId));
					taken.add(path);
					continue;
				}
				if (ourId != null && theirId != null && baseId != null && isModel(path)) {
					ModelMerge.Result result = ModelMerge.merge(path, bytes(baseId), bytes(ourId), bytes(theirId), choices);
					conflicts.addAll(result.conflicts());
					paths.add(path);
					contents.add(result.merged());
					merged.add(path);
					continue;
				}
				Conflict whole = new Conflict(path, "", path, "(file)", describe(ourId, baseId), describe(theirId, baseId));
				Side side = choices.apply(whole);
				if (side == null) {
					conflicts.add(whole);
				} else if (side == Side.THEIRS) {
					paths.add(path);
					contents.add(theirId == null ? null : bytes(theirId));
					taken.add(path);
				}
			}
		}
		if (!conflicts.isEmpty()) {
			return new Incoming(received, List.of(), List.of(), conflicts); // a person decides: nothing written
		}
		writeMerge(theirs, paths, contents, author);
		return new Incoming(received, merged, taken, List.of());
	}

	/**
	 * Brings this branch up to theirs when only they changed: their files written through the
	 * work tree (journalled, like a merge, so a crash or a cancel is undone), then the branch
	 * and the index moved to their commit.
	 */
	private Incoming fastForward(RevCommit ours, RevCommit theirs, int received) throws IOException, GitAPIException, TeamException {
		List<String> paths = changedBetween(ours, theirs);
		List<byte[]> contents = new ArrayList<>();
		for (String path : paths) {
			contents.add(contentAt(theirs, path));
		}
		Path journal = journal(paths);
		writeFiles(paths, contents, false);
		git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.MIXED).setRef(theirs.name()).call();
		Files.deleteIfExists(journal);
		return new Incoming(received, List.of(), paths, List.of());
	}

	private Path journal(List<String> paths) throws IOException {
		Path journal = git.getRepository().getDirectory().toPath().resolve(MERGE_JOURNAL);
		new AtomicFileWriter().replace(journal, String.join("\n", paths).getBytes(StandardCharsets.UTF_8));
		return journal;
	}

	/**
	 * Writes the files through the work tree, stopping (and putting every file back as this
	 * workspace's commit has it) when the progress monitor says cancel.
	 */
	private void writeFiles(List<String> paths, List<byte[]> contents, boolean stage) throws IOException, GitAPIException, TeamException {
		access.progress().beginTask("Writing the files brought in", paths.size());
		for (int i = 0; i < paths.size(); i++) {
			if (access.progress().isCancelled()) {
				undoInterruptedMerge();
				throw new SyncCancelledException("The sync was cancelled; the workspace's files are as they were before it.");
			}
			if (contents.get(i) == null) {
				workTree.delete(paths.get(i));
				if (stage) {
					git.rm().setCached(true).addFilepattern(paths.get(i)).call();
				}
			} else {
				workTree.write(paths.get(i), contents.get(i));
				if (stage) {
					git.add().addFilepattern(paths.get(i)).call();
				}
			}
			access.progress().update(1);
		}
		access.progress().endTask();
	}

	/**
	 * Writes the merged files and commits them with both parents. The paths are journalled
	 * first, so that a merge cut short (a crash, kill -9) is undone on the next sync: the
	 * branch still points at this workspace's own commit, which holds every local edit.
	 */
	private void writeMerge(RevCommit theirs, List<String> paths, List<byte[]> contents, PersonIdent author)
			throws IOException, GitAPIException, TeamException {
		Repository repository = git.getRepository();
		Path journal = journal(paths);
		repository.writeMergeHeads(List.of(theirs.getId()));
		repository.writeMergeCommitMsg("Merge the agency repository's changes");
		writeFiles(paths, contents, true);
		git.commit().setMessage("Merge the agency repository's changes").setAuthor(author).setCommitter(author).call();
		Files.deleteIfExists(journal);
	}

	/** A merge cut short: its files are put back as this workspace's last commit has them. Answers whether there was one. */
	private boolean undoInterruptedMerge() throws TeamException {
		Repository repository = git.getRepository();
		Path journal = repository.getDirectory().toPath().resolve(MERGE_JOURNAL);
		RepositoryState state = repository.getRepositoryState();
		boolean merging = state == RepositoryState.MERGING || state == RepositoryState.MERGING_RESOLVED;
		if (!merging && !Files.exists(journal)) {
			return false;
		}
		try {
			List<String> paths = Files.exists(journal) ? Files.readAllLines(journal, StandardCharsets.UTF_8) : List.of();
			git.reset().call(); // the index as the last commit has it; MERGE_HEAD goes
			if (!paths.isEmpty() && !(paths.size() == 1 && paths.get(0).isBlank())) {
				RevCommit head = repository.parseCommit(repository.resolve(Constants.HEAD));
				for (String path : paths) {
					byte[] committed = contentAt(head, path);
					if (committed == null) {
						workTree.delete(path);
					} else if (!java.util.Arrays.equals(committed, Files.exists(root.resolve(path)) ? Files.readAllBytes(root.resolve(path)) : null)) {
						workTree.write(path, committed);
					}
				}
			}
			repository.writeMergeHeads(null);
			repository.writeMergeCommitMsg(null);
			Files.deleteIfExists(journal);
			return true;
		} catch (IOException | GitAPIException e) {
			throw new TeamException("A merge cut short earlier could not be undone: " + e.getMessage(), e);
		}
	}

	void fetch() throws TeamException {
		String remote = remoteUrl();
		try {
			access.applyTo(git.fetch()).setRemote(REMOTE).setProgressMonitor(access.progress()).call();
		} catch (TransportException e) {
			if (access.progress().isCancelled()) {
				throw new SyncCancelledException("The sync was cancelled while fetching; nothing was changed here.");
			}
			throw new TeamException(access.explain(remote, e), e);
		} catch (GitAPIException e) {
			throw new TeamException("The agency repository " + remote + " could not be read: " + e.getMessage(), e);
		}
	}

	/** Pushes this branch; answers false when the repository moved meanwhile (the push was refused as not a fast-forward). */
	boolean push() throws TeamException {
		String remote = remoteUrl();
		Path sharedFolder = localFolder(remote);
		try (AutoCloseable pushing = sharedFolder == null ? () -> {
		} : StaleLocks.forPushes(sharedFolder)) {
			var command = access.applyTo(git.push()).setRemote(REMOTE).add(git.getRepository().getBranch()).setProgressMonitor(access.progress());
			for (PushResult result : command.call()) {
				for (RemoteRefUpdate update : result.getRemoteUpdates()) {
					switch (update.getStatus()) {
					case OK, UP_TO_DATE, NON_EXISTING -> {
					}
					case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
						return false;
					}
					default -> throw new TeamException("The agency repository " + remote + " refused the push: " + update.getStatus()
							+ (update.getMessage() == null ? "" : " (" + update.getMessage() + ")") + ". This workspace's changes are committed here.");
					}
				}
			}
			return true;
		} catch (TransportException e) {
			if (access.progress().isCancelled()) {
				throw new SyncCancelledException("The sync was cancelled while pushing: what came in is merged here, and the next sync sends this workspace's changes.");
			}
			throw new TeamException(access.explain(remote, e), e);
		} catch (TeamException e) {
			throw e;
		} catch (Exception e) {
			throw new TeamException("The push to " + remote + " failed: " + e.getMessage(), e);
		}
	}

	/** The folder of a remote on this computer's file system (a shared drive), or null for a server. */
	private static Path localFolder(String remote) {
		try {
			if (remote.startsWith("file:")) {
				return Path.of(java.net.URI.create(remote));
			}
			return remote.contains("://") || remote.matches("[^/]+@[^:]+:.*") ? null : Path.of(remote);
		} catch (RuntimeException e) {
			return null;
		}
	}

	void connect(String remote) throws TeamException, IOException, GitAPIException {
		String uri = uri(remote);
		Path asPath = Path.of(remote);
		if (!remote.contains("://") && !remote.contains("@") && (!Files.exists(asPath) || isEmptyFolder(asPath))) {
			Git.init().setBare(true).setDirectory(asPath.toFile()).setInitialBranch(git.getRepository().getBranch()).call().close();
		}
		git.remoteRemove().setRemoteName(REMOTE).call();
		try {
			git.remoteAdd().setName(REMOTE).setUri(new URIish(uri)).call();
		} catch (java.net.URISyntaxException e) {
			throw new TeamException("'" + remote + "' is not a repository address (a path, ssh or https URL): " + e.getMessage(), e);
		}
		var config = git.getRepository().getConfig();
		config.setString("branch", git.getRepository().getBranch(), "remote", REMOTE);
		config.setString("branch", git.getRepository().getBranch(), "merge", Constants.R_HEADS + git.getRepository().getBranch());
		config.save();
	}

	/** The remote's address as configured, for messages. */
	public String remoteUrl() throws TeamException {
		String url = git.getRepository().getConfig().getString("remote", REMOTE, "url");
		if (url == null) {
			throw new TeamException(root + " has no agency repository to sync with: share the workspace with a remote first.");
		}
		return url;
	}

	private void writeIgnores() throws IOException {
		Path ignore = root.resolve(Constants.GITIGNORE_FILENAME);
		List<String> lines = Files.exists(ignore) ? new ArrayList<>(Files.readAllLines(ignore)) : new ArrayList<>();
		boolean changed = false;
		for (String pattern : IGNORED) {
			if (!lines.contains(pattern)) {
				lines.add(pattern);
				changed = true;
			}
		}
		if (changed) {
			new AtomicFileWriter().replace(ignore, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		}
	}

	private RevCommit mergeBase(RevCommit a, RevCommit b) throws IOException {
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(a));
			walk.markStart(walk.parseCommit(b));
			RevCommit base = walk.next();
			return base == null ? null : walk.parseCommit(base);
		}
	}

	private int countBetween(RevCommit tip, RevCommit base) throws IOException {
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			walk.markStart(walk.parseCommit(tip));
			if (base != null) {
				walk.markUninteresting(walk.parseCommit(base));
			}
			int count = 0;
			for (RevCommit ignored : walk) {
				count++;
			}
			return count;
		}
	}

	private List<String> changedBetween(RevCommit from, RevCommit to) throws IOException {
		List<String> paths = new ArrayList<>();
		try (TreeWalk walk = new TreeWalk(git.getRepository())) {
			if (from == null) {
				walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
			} else {
				walk.addTree(from.getTree());
			}
			walk.addTree(to.getTree());
			walk.setRecursive(true);
			walk.setFilter(TreeFilter.ANY_DIFF);
			while (walk.next()) {
				paths.add(walk.getPathString());
			}
		}
		return paths;
	}

	private byte[] contentAt(RevCommit commit, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
			return walk == null ? null : bytes(walk.getObjectId(0));
		}
	}

	private static ObjectId idAt(TreeWalk walk, int tree) {
		return walk.getFileMode(tree) == FileMode.MISSING ? null : walk.getObjectId(tree);
	}

	private byte[] bytes(ObjectId id) throws IOException {
		return git.getRepository().open(id).getBytes();
	}

	private static String describe(ObjectId side, ObjectId base) {
		return side == null ? "removed" : base == null ? "added" : "changed";
	}

	static boolean isModel(String path) {
		return path.endsWith("." + PlaybookFiles.STRATEGY_EXTENSION) || path.endsWith("." + PlaybookFiles.CLIENT_EXTENSION)
				|| path.endsWith("." + PlaybookFiles.LIBRARY_EXTENSION);
	}

	private static boolean isEmptyFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (var children = Files.list(folder)) {
			return children.findAny().isEmpty();
		}
	}

	private static String uri(String remote) {
		if (remote.contains("://") || remote.matches("[^/]+@[^:]+:.*")) {
			return remote;
		}
		return Path.of(remote).toAbsolutePath().normalize().toUri().toString();
	}

	@Override
	public void close() {
		git.getRepository().close();
		git.close();
	}
}
