package org.playbook.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.playbook.library.corpus.Corpus;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Practice;
import org.playbook.model.PracticeLibrary;
import org.playbook.model.PracticeStatus;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;
import org.playbook.workspace.FileProblems;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;
import org.playbook.workspace.PlaybookFiles;

/**
 * The practices Playbook knows: the seed library shipped in the corpus bundle, and the
 * workspace's own library ({@value #USER_LIBRARY} under {@value #FOLDER}/), which holds what
 * was imported, accepted or still proposed. Sources' texts are kept beside each library so
 * every quote can be shown in its post.
 */
public final class Library {
	public static final String FOLDER = "library";
	public static final String USER_LIBRARY = "imported." + PlaybookFiles.LIBRARY_EXTENSION;

	private final ModelReader reader = new ModelReader();
	private final Path folder;
	private final List<Diagnostic> problems = new ArrayList<>();
	private PracticeLibrary seed;
	private PracticeLibrary user;
	/** The user library file's size and time when it was read, to notice another process's save. */
	private String userStamp;

	private Library(Path workspace) {
		this.folder = workspace == null ? null : workspace.resolve(FOLDER);
	}

	/** The seed library and, when a workspace is given, its own library. Problems are listed, never thrown. */
	public static Library load(Path workspace) {
		Library library = new Library(workspace);
		library.loadSeed();
		library.loadUser();
		return library;
	}

	private void loadSeed() {
		URL url = Corpus.seedLibrary();
		Path label = Path.of(Corpus.SEED_LIBRARY);
		try (InputStream in = url.openStream()) {
			LoadResult<PracticeLibrary> result = reader.read(label, URI.createURI(url.toString()), in.readAllBytes(), PracticeLibrary.class);
			if (result.isOk()) {
				seed = result.root();
			} else {
				problems.add(result.diagnostic());
			}
		} catch (IOException | NullPointerException e) {
			problems.add(FileProblems.error(FileProblems.UNREADABLE, label, 0, "the bundled library cannot be read (" + e + ")."));
		}
	}

	private void loadUser() {
		userStamp = stamp();
		if (folder == null || !Files.isRegularFile(folder.resolve(USER_LIBRARY))) {
			return;
		}
		LoadResult<PracticeLibrary> result = reader.read(folder.resolve(USER_LIBRARY), PracticeLibrary.class);
		if (result.isOk()) {
			user = result.root();
		} else {
			problems.add(result.diagnostic());
		}
	}

	/**
	 * Records the changes made to the workspace's library from now on (EMF's change
	 * recorder), so that a store that fails half-way can be undone in memory.
	 */
	Change change() {
		return new Change(new ChangeRecorder(userLibrary()));
	}

	/** Changes being recorded: kept with {@link #keep()}, undone with {@link #undo()}. */
	static final class Change {
		private final ChangeRecorder recorder;

		private Change(ChangeRecorder recorder) {
			this.recorder = recorder;
		}

		void keep() {
			recorder.dispose();
		}

		void undo() {
			ChangeDescription changes = recorder.endRecording();
			recorder.dispose();
			changes.apply();
		}
	}

	/**
	 * Reads the workspace's own library again if another process saved it since it was read
	 * (an import from the command line while the workbench runs, or the other way round).
	 * @return whether it was read again
	 */
	public boolean reloadIfChanged() {
		if (folder == null || java.util.Objects.equals(userStamp, stamp())) {
			return false;
		}
		if (user != null && user.eResource() != null) {
			user.eResource().unload();
			reader.getResourceSet().getResources().remove(user.eResource());
		}
		user = null;
		problems.removeIf(problem -> folder.resolve(USER_LIBRARY).equals(FileProblems.fileOf(problem)));
		loadUser();
		return true;
	}

	private String stamp() {
		Path file = folder == null ? null : folder.resolve(USER_LIBRARY);
		try {
			return file == null || !Files.exists(file) ? "none" : Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
		} catch (IOException e) {
			return "unreadable";
		}
	}

	/**
	 * Every practice, seed first; proposals included. A practice of the workspace's library
	 * with a seed practice's id stands in for it: it is that practice with quotes added.
	 */
	public List<Practice> practices() {
		List<Practice> all = new ArrayList<>();
		java.util.Set<String> supplemented = new java.util.HashSet<>();
		if (user != null) {
			user.getPractices().forEach(practice -> supplemented.add(practice.getId()));
		}
		if (seed != null) {
			seed.getPractices().stream().filter(practice -> !supplemented.contains(practice.getId())).forEach(all::add);
		}
		if (user != null) {
			all.addAll(user.getPractices());
		}
		return all;
	}

	/**
	 * Adds a quote to a practice of the library: one that said the same, from another post.
	 * A seed practice is first copied into the workspace's library, with the seed posts it
	 * quotes, so that the bundled library stays as shipped. Not yet saved.
	 * @return the practice that now holds the quote
	 */
	Practice supplement(Practice practice, SourceRef quote) {
		Practice target = practice;
		if (seed != null && practice.eResource() == seed.eResource()) {
			target = EcoreUtil.copy(practice);
			for (int i = 0; i < practice.getSourceRefs().size(); i++) {
				Source original = practice.getSourceRefs().get(i).getSource();
				target.getSourceRefs().get(i).setSource(original == null ? null : ownCopy(original));
			}
			userLibrary().getPractices().add(target);
		}
		target.getSourceRefs().add(EcoreUtil.copy(quote)); // a copy: the proposal keeps its own, for the review
		return target;
	}

	/** The workspace library's copy of a seed post, made once. */
	private Source ownCopy(Source seedSource) {
		for (Source source : userLibrary().getSources()) {
			if (source.getId().equals(seedSource.getId())) {
				return source;
			}
		}
		Source copy = EcoreUtil.copy(seedSource);
		userLibrary().getSources().add(copy);
		return copy;
	}

	/** Practices reviewed and accepted, the ones searches and audits use. */
	public List<Practice> accepted() {
		return practices().stream().filter(p -> p.getStatus() == PracticeStatus.ACCEPTED).toList();
	}

	/**
	 * Proposals a person dropped in the review: never searched nor cited, kept so that the
	 * next import learns what this agency does not want proposed ({@link org.playbook.library.learning.ReviewDecisions}).
	 */
	public List<Practice> rejected() {
		return practices().stream().filter(p -> p.getStatus() == PracticeStatus.REJECTED).toList();
	}

	/** Practices proposed by an importer and waiting for a person's review. */
	public List<Practice> proposals() {
		return practices().stream().filter(p -> p.getStatus() == PracticeStatus.PROPOSED).toList();
	}

	public Practice find(String id) {
		return practices().stream().filter(p -> id.equals(p.getId())).findFirst().orElse(null);
	}

	public Map<String, Source> sources() {
		Map<String, Source> sources = new LinkedHashMap<>();
		for (PracticeLibrary library : libraries()) {
			library.getSources().forEach(source -> sources.put(source.getId(), source));
		}
		return sources;
	}

	/** Files that could not be read; the rest of the library is still usable. */
	public List<Diagnostic> problems() {
		return Collections.unmodifiableList(problems);
	}

	/** The full text of a post, in which its quotes' offsets count. */
	public String postText(Source source) throws IOException {
		boolean bundled = seed != null && (source.eResource() == seed.eResource()
				|| folder != null && !Files.exists(folder.resolve(source.getDocument())) && Corpus.entry(source.getDocument()) != null);
		if (bundled) { // a seed post, or the workspace's copy of one that a practice there quotes
			URL url = Corpus.entry(source.getDocument());
			if (url == null) {
				throw new IOException("the bundled post " + source.getDocument() + " is missing");
			}
			try (InputStream in = url.openStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		if (folder == null) {
			throw new IOException("no workspace holds the post " + source.getDocument());
		}
		return Files.readString(folder.resolve(source.getDocument()), StandardCharsets.UTF_8);
	}

	/** The folder of the workspace's own library, or null without a workspace. */
	public Path folder() {
		return folder;
	}

	/** The workspace's own library, created (not yet saved) on first use. */
	PracticeLibrary userLibrary() {
		if (folder == null) {
			throw new IllegalStateException("imported practices need a workspace to be kept in");
		}
		if (user == null) {
			user = PlaybookFactory.eINSTANCE.createPracticeLibrary();
			user.setName("Imported practices");
			Resource resource = reader.getResourceSet().createResource(URI.createFileURI(folder.resolve(USER_LIBRARY).toString()));
			resource.getContents().add(user);
		}
		return user;
	}

	/** Saves the workspace's own library atomically, keeping the previous version as a backup. */
	void saveUserLibrary() throws IOException {
		Files.createDirectories(folder);
		new ModelWriter().save(userLibrary().eResource());
		userStamp = stamp();
	}

	private List<PracticeLibrary> libraries() {
		List<PracticeLibrary> libraries = new ArrayList<>();
		if (seed != null) {
			libraries.add(seed);
		}
		if (user != null) {
			libraries.add(user);
		}
		return libraries;
	}
}
