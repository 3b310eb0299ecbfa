package org.playbook.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.playbook.model.Client;
import org.playbook.model.ClientStatus;
import org.playbook.model.Strategy;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.projects.ClientProjects;
import org.playbook.workspace.projects.PlaybookNature;
import org.playbook.workspace.templates.BlankTemplate;
import org.playbook.workspace.templates.StrategyTemplate;
import org.playbook.workspace.templates.StrategyTemplates;

/** Clients as projects of the Eclipse workspace, and the templates their strategies start from. */
public class ClientProjectsTest {

	@Test
	public void aNewClientIsAProjectWithTheNatureTheAuditBuilderAndItsFiles() throws Exception {
		IProject project = ClientProjects.createClient("Quill & Ink Stationers", "Retail", ClientStatus.PROSPECT,
				StrategyTemplates.byId("test.retail"), "Opening", null);

		assertEquals("quill-ink-stationers", project.getName());
		assertTrue(project.hasNature(PlaybookNature.ID));
		assertTrue(List.of(project.getDescription().getBuildSpec()).stream().map(ICommand::getBuilderName)
				.anyMatch(PlaybookNature.AUDIT_BUILDER::equals), "the audit builder is installed");
		Client client = read(ClientProjects.clientFile(project), Client.class);
		assertEquals("Quill & Ink Stationers", client.getName());
		assertEquals(ClientStatus.PROSPECT, client.getStatus());
		List<IFile> strategies = ClientProjects.strategies(project);
		assertEquals(1, strategies.size());
		Strategy strategy = read(strategies.get(0), Strategy.class);
		assertEquals("Opening", strategy.getName());
		assertEquals(strategy.getMetrics().get(0), strategy.getGoals().get(0).getMetric(), "references inside the template survive the copy");
		assertEquals("There is already a client in the folder \"quill-ink-stationers\".", ClientProjects.validateName("Quill  Ink Stationers"));
	}

	@Test
	public void renameMovesTheFolderAndArchiveAndDeleteDoWhatTheySay() throws Exception {
		IProject project = ClientProjects.createClient("Heron Yoga", null, ClientStatus.ACTIVE, new BlankTemplate(), "Plan", null);
		IProject renamed = ClientProjects.rename(project, "Heron Yoga Studio", null);
		assertFalse(project.exists());
		assertEquals("Heron Yoga Studio", read(ClientProjects.clientFile(renamed), Client.class).getName());
		assertTrue(Files.exists(renamed.getLocation().toPath().resolve("plan.playbook")));

		ClientProjects.archive(renamed);
		assertEquals(ClientStatus.ARCHIVED, read(ClientProjects.clientFile(renamed), Client.class).getStatus());

		Path folder = renamed.getLocation().toPath();
		ClientProjects.delete(renamed, null);
		assertFalse(Files.exists(folder));
	}

	@Test
	public void clientFoldersCopiedIntoTheWorkspaceBecomeProjects() throws Exception {
		Path root = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
		Path folder = Files.createDirectories(root.resolve("copied-in-client"));
		Files.writeString(folder.resolve("plan.playbook"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<playbook:Strategy xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:playbook=\"http://www.playbook.org/model/1.0\" name=\"Copied\"/>\n");
		Files.createDirectories(root.resolve("not-a-client"));

		int adopted = ClientProjects.adoptFolders(null);

		assertTrue(adopted >= 1);
		assertTrue(ClientProjects.isClient(ResourcesPlugin.getWorkspace().getRoot().getProject("copied-in-client")));
		assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject("not-a-client").exists(), "a folder without a client stays a folder");
		assertEquals(0, ClientProjects.adoptFolders(null), "adopting twice adds nothing");
	}

	@Test
	public void brokenTemplateContributionsAreLeftOutAndTheRestOffered() {
		List<String> names = StrategyTemplates.all().stream().map(StrategyTemplate::name).toList();
		assertEquals("Blank", names.get(0), "blank first");
		assertTrue(names.containsAll(List.of("SOSTAC", "Test retail")), names.toString());
		assertFalse(names.contains("Missing file") || names.contains("Not a strategy") || names.contains("Throws"), names.toString());
	}

	@Test
	public void aStrategyNameTakenInTheClientIsRefused() throws Exception {
		IProject project = ClientProjects.createClient("Lark Bakery", null, ClientStatus.ACTIVE, new BlankTemplate(), "Plan", null);
		assertNotNull(ClientProjects.validateStrategyName(project, "plan"));
		assertThrows(CoreException.class, () -> ClientProjects.createStrategy(project, new BlankTemplate(), "Plan", null));
	}

	private static <T extends org.eclipse.emf.ecore.EObject> T read(IFile file, Class<T> type) {
		return new ModelReader().read(file.getLocation().toPath(), type).root();
	}
}
