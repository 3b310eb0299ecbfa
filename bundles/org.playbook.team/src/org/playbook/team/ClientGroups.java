package org.playbook.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.playbook.workspace.AtomicFileWriter;

/**
 * Groups of clients shared each with a repository of its own: an agency team shares its
 * own clients' folders, and a strategist on two teams keeps both groups in one workspace.
 * Each group's repository keeps its git folder in the workspace's state area and has the
 * workspace as its work tree; its exclude file admits only the group's client folders, so
 * a commit, a sync or a status of one group never sees another group's clients.
 */
public final class ClientGroups {
	/** Where the groups' git folders are: the state area, which no repository shares. */
	static final String FOLDER = ".metadata/.plugins/org.playbook.team/groups";
	private static final String ADMIT = "!/";

	private ClientGroups() {
	}

	/**
	 * Shares the client folders as the group (a new repository, or more clients for an
	 * existing one) and, with a remote, pushes them to the group's agency repository.
	 */
	public static AgencyRepository share(Path workspace, String group, List<String> clients, String remote, PersonIdent author, RemoteAccess access)
			throws TeamException {
		Path root = workspace.toAbsolutePath().normalize();
		checkName(group);
		refuseWhole(root);
		for (String client : clients) {
			if (!Files.isDirectory(root.resolve(client)) || client.contains("/") || client.startsWith(".")) {
				throw new TeamException("'" + client + "' is not a client folder of " + root + ": name the folders of the clients to share.");
			}
		}
		Path gitDir = gitDir(root, group);
		try {
			boolean created = !Files.isDirectory(gitDir);
			if (created) {
				create(root, gitDir);
			}
			AgencyRepository repository = open(root, group).using(access);
			TreeSet<String> admitted = new TreeSet<>(admitted(repository.git().getRepository()));
			admitted.addAll(clients);
			writeExcludes(repository.git().getRepository(), admitted);
			repository.commitAll((created ? "Share the clients of " : "Add clients to ") + group, author);
			if (remote != null) {
				repository.connect(remote);
				repository.push();
			}
			return repository;
		} catch (IOException | GitAPIException e) {
			throw new TeamException("The clients could not be shared as " + group + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Brings a group's clients from its agency repository into this workspace, beside the
	 * clients already there (of other groups, or of nobody's). A client folder the workspace
	 * already has is never overwritten: the join is refused and nothing is written.
	 */
	public static AgencyRepository join(String remote, Path workspace, String group, RemoteAccess access) throws TeamException {
		Path root = workspace.toAbsolutePath().normalize();
		checkName(group);
		refuseWhole(root);
		Path gitDir = gitDir(root, group);
		if (Files.isDirectory(gitDir)) {
			throw new TeamException(root + " already holds the group " + group + ": sync it instead.");
		}
		AgencyRepository repository = null;
		try {
			Files.createDirectories(root);
			create(root, gitDir);
			repository = open(root, group).using(access);
			writeExcludes(repository.git().getRepository(), List.of());
			repository.connect(remote);
			repository.fetch();
			Repository git = repository.git().getRepository();
			ObjectId theirs = git.resolve(Constants.R_REMOTES + "origin/main");
			if (theirs == null) {
				throw new TeamException(remote + " holds no clients yet: share the group from a workspace that has them.");
			}
			List<String> clients = topFolders(git, theirs);
			for (String client : clients) {
				if (Files.exists(root.resolve(client))) {
					throw new TeamException(root + " already has a folder " + client + ", which the group " + group
							+ " shares too: move it away (or rename it) and join again. Nothing was written.");
				}
			}
			writeExcludes(git, clients);
			repository.git().checkout().setCreateBranch(true).setName("main").setStartPoint(Constants.R_REMOTES + "origin/main").call();
			return repository;
		} catch (TeamException e) {
			forget(repository, gitDir);
			throw e;
		} catch (IOException | GitAPIException e) {
			forget(repository, gitDir);
			throw new TeamException("The group " + group + " could not be joined from " + remote + ": " + e.getMessage(), e);
		}
	}

	/** The group's repository in the workspace, its client folders admitted as its history has them. */
	public static AgencyRepository open(Path workspace, String group) throws TeamException {
		Path root = workspace.toAbsolutePath().normalize();
		Path gitDir = gitDir(root, group);
		if (!Files.isDirectory(gitDir)) {
			throw new TeamException(root + " has no group " + group + (names(root).isEmpty() ? "." : "; it has " + String.join(", ", names(root)) + "."));
		}
		try {
			Repository git = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setWorkTree(root.toFile()).setMustExist(true).build();
			ObjectId head = git.resolve(Constants.HEAD);
			if (head != null) {
				TreeSet<String> admitted = new TreeSet<>(admitted(git));
				if (admitted.addAll(topFolders(git, head))) { // a client a colleague added to the group
					writeExcludes(git, admitted);
				}
			}
			return new AgencyRepository(new Git(git));
		} catch (IOException e) {
			throw new TeamException("The group " + group + "'s repository in " + root + " cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * The group repository that holds the file or folder: the group admitting its client
	 * folder, or a workspace's only group for the workspace itself; null when the path is in
	 * no workspace of groups.
	 */
	static AgencyRepository openHolding(Path path) throws TeamException {
		for (Path root = path; root != null; root = root.getParent()) {
			List<String> groups = names(root);
			if (groups.isEmpty()) {
				continue;
			}
			if (root.equals(path)) {
				if (groups.size() == 1) {
					return open(root, groups.get(0));
				}
				throw new TeamException(root + " shares its clients in groups (" + String.join(", ", groups) + "): name the group.");
			}
			String client = root.relativize(path).getName(0).toString();
			for (String group : groups) {
				try {
					if (admitted(gitDir(root, group)).contains(client)) {
						return open(root, group);
					}
				} catch (IOException e) {
					throw new TeamException("The group " + group + "'s repository in " + root + " cannot be read: " + e.getMessage(), e);
				}
			}
			throw new TeamException(root.resolve(client) + " is in no group of " + root + " (" + String.join(", ", groups)
					+ "): share it in one first.");
		}
		return null;
	}

	/** The groups the workspace shares, by name. */
	public static List<String> names(Path workspace) {
		Path folder = workspace.toAbsolutePath().normalize().resolve(FOLDER);
		List<String> names = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (var children = Files.list(folder)) {
				children.map(child -> child.getFileName().toString()).filter(name -> name.endsWith(".git")).sorted()
						.forEach(name -> names.add(name.substring(0, name.length() - 4)));
			} catch (IOException e) {
				return names;
			}
		}
		return names;
	}

	/** The client folders the group's repository holds. */
	public static List<String> clients(AgencyRepository repository) throws TeamException {
		try {
			return List.copyOf(admitted(repository.git().getRepository()));
		} catch (IOException e) {
			throw new TeamException(e.getMessage(), e);
		}
	}

	/** A repository with its git folder apart and the workspace as its work tree. */
	private static void create(Path root, Path gitDir) throws IOException {
		try (Repository git = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setWorkTree(root.toFile()).build()) {
			git.create(false);
			git.getRefDatabase().newUpdate(Constants.HEAD, false).link(Constants.R_HEADS + "main");
			var config = git.getConfig();
			config.setString("core", null, "worktree", root.toString());
			config.save();
		}
		// JGit links the work tree to a git folder kept apart with a ".git" file; a workspace of
		// groups has one such folder per group, so it keeps none of those links
		Path link = root.resolve(Constants.DOT_GIT);
		if (Files.isRegularFile(link) && Files.readString(link, StandardCharsets.UTF_8).startsWith("gitdir:")) {
			Files.delete(link);
		}
	}

	private static Path gitDir(Path root, String group) {
		return root.resolve(FOLDER).resolve(group + ".git");
	}

	private static void checkName(String group) throws TeamException {
		if (group == null || !group.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			throw new TeamException("'" + group + "' is not a group name: letters, digits, '.', '_' and '-', up to 64.");
		}
	}

	private static void refuseWhole(Path root) throws TeamException {
		if (Files.exists(root.resolve(Constants.DOT_GIT))) {
			throw new TeamException(root + " is shared whole (it is a git repository): its clients are all in that repository, not in groups.");
		}
	}

	/** The exclude file: nothing at the top but the group's client folders, and never what no repository shares. */
	private static void writeExcludes(Repository git, Collection<String> clients) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("# written by Playbook: this repository holds only these client folders");
		lines.add("/*");
		clients.forEach(client -> lines.add(ADMIT + client + "/"));
		lines.addAll(AgencyRepository.IGNORED);
		Path exclude = git.getDirectory().toPath().resolve("info/exclude");
		Files.createDirectories(exclude.getParent());
		new AtomicFileWriter().replace(exclude, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> admitted(Repository git) throws IOException {
		return admitted(git.getDirectory().toPath());
	}

	private static List<String> admitted(Path gitDir) throws IOException {
		Path exclude = gitDir.resolve("info/exclude");
		List<String> clients = new ArrayList<>();
		if (Files.exists(exclude)) {
			for (String line : Files.readAllLines(exclude, StandardCharsets.UTF_8)) {
				if (line.startsWith(ADMIT) && line.endsWith("/")) {
					clients.add(line.substring(ADMIT.length(), line.length() - 1));
				}
			}
		}
		return clients;
	}

	private static List<String> topFolders(Repository git, ObjectId commit) throws IOException {
		List<String> folders = new ArrayList<>();
		try (RevWalk walk = new RevWalk(git); TreeWalk tree = new TreeWalk(git)) {
			tree.addTree(walk.parseCommit(commit).getTree());
			tree.setRecursive(false);
			while (tree.next()) {
				if (tree.isSubtree()) {
					folders.add(tree.getPathString());
				}
			}
		}
		return folders;
	}

	/** A join that did not happen leaves no repository behind, so it can be tried again. */
	private static void forget(AgencyRepository repository, Path gitDir) {
		if (repository != null) {
			repository.close();
		}
		try {
			org.eclipse.jgit.util.FileUtils.delete(gitDir.toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE | org.eclipse.jgit.util.FileUtils.SKIP_MISSING);
		} catch (IOException e) {
			// the message about the join matters more
		}
	}
}
