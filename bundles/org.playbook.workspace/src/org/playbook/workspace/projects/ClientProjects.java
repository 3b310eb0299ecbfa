package org.playbook.workspace.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.playbook.model.Client;
import org.playbook.model.ClientStatus;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;
import org.playbook.workspace.PlaybookFiles;
import org.playbook.workspace.models.ModelService;
import org.playbook.workspace.templates.StrategyTemplate;

/**
 * Clients as projects of the Eclipse workspace: each client folder is a project with the
 * {@link PlaybookNature}. The files stay where a strategist (and the headless commands)
 * expect them: one folder per client under the workspace folder, a {@code client.pbclient}
 * and one {@code *.playbook} per strategy. Every change here is a workspace operation, so
 * the navigator, the builder and the editors hear of it.
 */
public final class ClientProjects {
	private ClientProjects() {
	}

	public static IWorkspace workspace() {
		return ResourcesPlugin.getWorkspace();
	}

	/** Whether the project is an open Playbook client. */
	public static boolean isClient(IProject project) {
		try {
			return project.isOpen() && project.hasNature(PlaybookNature.ID);
		} catch (CoreException e) {
			return false;
		}
	}

	public static List<IProject> clients(IWorkspaceRoot root) {
		return Arrays.stream(root.getProjects()).filter(ClientProjects::isClient).toList();
	}

	/**
	 * Whether a resource delta is a file added, removed, or with new content, as opposed to
	 * markers or properties the audit builder writes: listeners that read files (the index,
	 * the navigator, an open editor) react to the first kind only, or every save is handled
	 * twice.
	 */
	public static boolean changesContent(IResourceDelta delta) {
		return delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
	}

	/** The client's own file (which may not exist for a folder of strategies only). */
	public static IFile clientFile(IProject project) {
		return project.getFile(PlaybookFiles.CLIENT_FILE);
	}

	/** The client's name as its client file gives it (unsaved edits included), or the folder's name. */
	public static String nameOf(IProject project) {
		IFile file = clientFile(project);
		Client client = file.exists() ? ModelService.get().read(file, Client.class).root() : null;
		return client != null && client.getName() != null ? client.getName() : project.getName();
	}

	/** The client's strategy files, by name. */
	public static List<IFile> strategies(IProject project) {
		try {
			return Arrays.stream(project.members()).filter(IFile.class::isInstance).map(IFile.class::cast)
					.filter(file -> PlaybookFiles.STRATEGY_EXTENSION.equals(file.getFileExtension()))
					.sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
		} catch (CoreException e) {
			return List.of();
		}
	}

	/**
	 * Makes every client folder below the workspace folder a project with the Playbook nature
	 * (folders copied in, the sample agency, a workspace from before projects). Answers how
	 * many were added. Folders that are no client (the library, hidden folders) are left.
	 */
	public static int adoptFolders(IProgressMonitor monitor) throws CoreException {
		IWorkspaceRoot root = workspace().getRoot();
		Path location = root.getLocation().toPath();
		List<Path> folders = new ArrayList<>();
		try (Stream<Path> children = Files.list(location)) {
			children.filter(Files::isDirectory).filter(folder -> !folder.getFileName().toString().startsWith("."))
					.filter(ClientProjects::holdsAClient).filter(folder -> !isClient(root.getProject(folder.getFileName().toString())))
					.sorted().forEach(folders::add);
		} catch (IOException e) {
			throw new CoreException(Status.error("The workspace folder " + location + " cannot be listed: " + e.getMessage(), e));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Adding client folders to the workspace", folders.size());
		for (Path folder : folders) {
			progress.subTask(folder.getFileName().toString());
			open(root.getProject(folder.getFileName().toString()), progress.split(1));
		}
		return folders.size();
	}

	private static boolean holdsAClient(Path folder) {
		if (Files.isRegularFile(folder.resolve(PlaybookFiles.CLIENT_FILE))) {
			return true;
		}
		try (Stream<Path> children = Files.list(folder)) {
			return children.anyMatch(PlaybookFiles::isStrategy);
		} catch (IOException e) {
			return false;
		}
	}

	/** Creates (or opens) the project over its folder and gives it the Playbook nature. */
	private static IProject open(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		if (!project.isOpen()) {
			project.open(IResource.BACKGROUND_REFRESH, progress.split(1));
		}
		if (!project.hasNature(PlaybookNature.ID)) {
			IProjectDescription description = project.getDescription();
			String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
			natures[natures.length - 1] = PlaybookNature.ID;
			description.setNatureIds(natures);
			project.setDescription(description, progress.split(1));
		}
		project.refreshLocal(IResource.DEPTH_ONE, progress.split(1));
		return project;
	}

	/** A folder name for a client: its name in lower case, words joined by "-", only letters and digits. */
	public static String folderName(String clientName) {
		String plain = Normalizer.normalize(clientName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "client" : slug;
	}

	/** Why a client cannot be called so, or null when it can. */
	public static String validateName(String clientName) {
		if (clientName == null || clientName.isBlank()) {
			return "Give the client a name.";
		}
		IProject project = workspace().getRoot().getProject(folderName(clientName));
		if (project.exists() || Files.exists(workspace().getRoot().getLocation().toPath().resolve(project.getName()))) {
			return "There is already a client in the folder \"" + project.getName() + "\".";
		}
		return null;
	}

	/** Creates a client project with its client file and a first strategy from the template. */
	public static IProject createClient(String name, String industry, ClientStatus status, StrategyTemplate template, String strategyName,
			IProgressMonitor monitor) throws CoreException {
		String problem = validateName(name);
		if (problem != null) {
			throw new CoreException(Status.error(problem));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + name, 3);
		IProject project = workspace().getRoot().getProject(folderName(name));
		open(project, progress.split(1));
		Client client = PlaybookFactory.eINSTANCE.createClient();
		client.setName(name.strip());
		client.setIndustry(industry == null || industry.isBlank() ? null : industry.strip());
		client.setStatus(status);
		write(clientFile(project), client);
		progress.worked(1);
		if (template != null) {
			createStrategy(project, template, strategyName, progress.split(1));
		}
		return project;
	}

	/** Creates a strategy file in the client from the template; the file is named after the strategy. */
	public static IFile createStrategy(IProject client, StrategyTemplate template, String strategyName, IProgressMonitor monitor)
			throws CoreException {
		String name = strategyName == null || strategyName.isBlank() ? template.name() : strategyName.strip();
		IFile file = client.getFile(folderName(name) + "." + PlaybookFiles.STRATEGY_EXTENSION);
		if (file.exists()) {
			throw new CoreException(Status.error("The client already has a strategy file " + file.getName() + "."));
		}
		Strategy strategy = template.create();
		strategy.setName(name);
		write(file, strategy);
		return file;
	}

	/** Why the strategy cannot be called so in this client, or null when it can. */
	public static String validateStrategyName(IProject client, String strategyName) {
		if (strategyName == null || strategyName.isBlank()) {
			return "Give the strategy a name.";
		}
		return client.getFile(folderName(strategyName) + "." + PlaybookFiles.STRATEGY_EXTENSION).exists()
				? "The client already has a strategy with that name."
				: null;
	}

	/** Renames the client: its name in the client file, and its folder (the project) after it. */
	public static IProject rename(IProject project, String newName, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Renaming the client", 2);
		updateClient(project, client -> client.setName(newName.strip()));
		String folder = folderName(newName);
		if (folder.equals(project.getName())) {
			return project;
		}
		String problem = validateName(newName);
		if (problem != null) {
			throw new CoreException(Status.error(problem));
		}
		IProjectDescription description = project.getDescription();
		description.setName(folder);
		description.setLocation(null); // stays under the workspace folder, under its new name
		project.move(description, IResource.FORCE, progress.split(2));
		return workspace().getRoot().getProject(folder);
	}

	/** Archives the client: its status says so and it leaves the default view; nothing is deleted. */
	public static void archive(IProject project) throws CoreException {
		updateClient(project, client -> client.setStatus(ClientStatus.ARCHIVED));
	}

	/** Deletes the client's project and its folder with every strategy in it. */
	public static void delete(IProject project, IProgressMonitor monitor) throws CoreException {
		project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, monitor);
	}

	/**
	 * Changes the client file through the model service (one command, saved at once unless
	 * the client is open for editing); a missing client file is created.
	 */
	public static void updateClient(IProject project, java.util.function.Consumer<Client> change) throws CoreException {
		IFile file = clientFile(project);
		if (file.exists()) {
			ModelService.get().change(file, Client.class, "Change the client", change, null);
			return;
		}
		Client client = PlaybookFactory.eINSTANCE.createClient();
		client.setName(project.getName());
		change.accept(client);
		write(file, client);
	}

	/** Writes a new model file as a workspace operation, so that the navigator, the builder and Local History see it. */
	private static void write(IFile file, org.eclipse.emf.ecore.EObject root) throws CoreException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try {
			org.eclipse.emf.ecore.resource.Resource resource = PlaybookFiles.newResourceSet()
					.createResource(org.eclipse.emf.common.util.URI.createPlatformResourceURI(file.getFullPath().toString(), true));
			resource.getContents().add(root);
			resource.save(bytes, null);
		} catch (IOException e) {
			throw new CoreException(Status.error(file.getFullPath() + " could not be written: " + e.getMessage(), e));
		}
		java.io.InputStream content = new java.io.ByteArrayInputStream(bytes.toByteArray());
		if (file.exists()) {
			file.setContents(content, IResource.KEEP_HISTORY | IResource.FORCE, null);
		} else {
			file.create(content, IResource.FORCE, null);
		}
	}
}
