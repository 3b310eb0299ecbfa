package org.playbook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.playbook.branding.Brand;
import org.playbook.branding.Brands;
import org.playbook.model.Client;
import org.playbook.model.ClientStatus;
import org.playbook.model.ReviewFrequency;
import org.playbook.model.Strategy;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.internal.navigator.ClientHandlers;
import org.playbook.ui.internal.navigator.ClientsNavigator;
import org.playbook.ui.internal.navigator.NewClientPage;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.projects.ClientProjects;
import org.playbook.workspace.projects.PlaybookNature;
import org.playbook.workspace.templates.BlankTemplate;

/** Clients as a strategist manages them: filter, create from a template, rename, archive, delete. */
public class ClientWorkspaceTest {
	private static final long WAIT = 20_000;
	private IWorkbenchPage page;
	private ClientsNavigator navigator;

	@BeforeEach
	public void navigator() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		navigator = Navigators.clients(page);
	}

	@AfterEach
	public void resetFilters() {
		navigator.nameFilter().setText("");
		navigator.industryFilter().select(0);
		navigator.statusFilter().select(0);
		navigator.applyFilter();
		page.closeAllEditors(false);
	}

	@Test
	public void theFilterBarNarrowsClientsByNameIndustryAndStatus() {
		navigator.nameFilter().setText("north");
		assertEquals(List.of("Northwind Dental Group"), shownClients());

		navigator.nameFilter().setText("");
		choose(navigator.industryFilter(), "Healthcare");
		assertEquals(List.of("Northwind Dental Group"), shownClients());

		navigator.industryFilter().select(0);
		choose(navigator.statusFilter(), "Prospect");
		assertEquals(List.of("Lumen Analytics"), shownClients());
		assertEquals("1 of " + ClientProjects.clients(ResourcesPlugin.getWorkspace().getRoot()).size() + " clients",
				navigator.getContentDescription());
	}

	@Test
	public void aNewClientFromTheSostacTemplateOpensItsFirstStrategy() throws Exception {
		UiTestSupport.whenDialogOpens("New Client", shell -> {
			WizardDialog dialog = (WizardDialog) shell.getData();
			((NewClientPage) dialog.getCurrentPage()).fill("Fenwick Florists", "Retail", "org.playbook.workspace.templates.sostac",
					"2027 launch");
			UiTestSupport.settle(shell, 200);
			try {
				UiTestSupport.screenshot(shell, "new-client-wizard");
			} catch (Exception e) {
				throw new AssertionError(e);
			}
			UiTestSupport.pressButton(shell, IDialogConstants.FINISH_LABEL);
		});
		execute("org.playbook.ui.newClient");

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("fenwick-florists");
		assertTrue(project.isOpen() && project.hasNature(PlaybookNature.ID), "a client project with the Playbook nature");
		Client client = new ModelReader().read(ClientProjects.clientFile(project).getLocation().toPath(), Client.class).root();
		assertEquals("Fenwick Florists", client.getName());
		assertEquals("Retail", client.getIndustry());
		IFile file = project.getFile("2027-launch.playbook");
		Strategy strategy = new ModelReader().read(file.getLocation().toPath(), Strategy.class).root();
		assertEquals("2027 launch", strategy.getName());
		assertEquals(ReviewFrequency.MONTHLY, strategy.getReviewCadence().getFrequency(), "SOSTAC's Control: a monthly review");
		assertEquals(4, strategy.getSituation().getSwotItems().size());
		UiTestSupport.waitUntil(() -> page.getActiveEditor() != null && page.getActiveEditor().getTitle().equals("2027 launch"), WAIT,
				"the new strategy in the editor");
		Navigators.item(navigator.getCommonViewer().getTree(), "Fenwick Florists");
	}

	@Test
	public void aClientIsRenamedArchivedAndDeletedOnlyAfterConfirmation() throws Exception {
		IProject project = ClientProjects.createClient("Osprey Outdoors", "Retail", ClientStatus.ACTIVE, new BlankTemplate(), "Plan", null);
		select(project);

		UiTestSupport.whenDialogOpens(ClientHandlers.RENAME_TITLE, shell -> {
			Text name = find(shell, Text.class);
			name.setText("Osprey Outdoor Gear");
			UiTestSupport.pressButton(shell, IDialogConstants.OK_LABEL);
		});
		execute("org.playbook.ui.renameClient");
		IProject renamed = ResourcesPlugin.getWorkspace().getRoot().getProject("osprey-outdoor-gear");
		assertTrue(renamed.exists() && !project.exists(), "the project follows the new name");
		assertEquals("Osprey Outdoor Gear", read(renamed).getName());
		assertTrue(renamed.getFile("plan.playbook").exists(), "its strategy moved with it");

		select(renamed);
		UiTestSupport.whenDialogOpens(ClientHandlers.ARCHIVE_TITLE, shell -> UiTestSupport.pressButton(shell, IDialogConstants.OK_LABEL));
		execute("org.playbook.ui.archiveClient");
		assertEquals(ClientStatus.ARCHIVED, read(renamed).getStatus());
		UiTestSupport.waitUntil(() -> !shownClients().contains("Osprey Outdoor Gear"), WAIT, "an archived client to leave the list");
		choose(navigator.statusFilter(), "Archived");
		UiTestSupport.waitUntil(() -> shownClients().equals(List.of("Osprey Outdoor Gear")), WAIT, "the archived client under Archived");

		select(renamed);
		UiTestSupport.whenDialogOpens(ClientHandlers.DELETE_TITLE, shell -> UiTestSupport.pressButton(shell, IDialogConstants.NO_LABEL));
		execute("org.playbook.ui.deleteClient");
		assertTrue(renamed.exists(), "No keeps the client");
		select(renamed);
		UiTestSupport.whenDialogOpens(ClientHandlers.DELETE_TITLE, shell -> UiTestSupport.pressButton(shell, IDialogConstants.YES_LABEL));
		execute("org.playbook.ui.deleteClient");
		assertFalse(renamed.exists());
		assertFalse(Files.exists(renamed.getLocation() == null ? ResourcesPlugin.getWorkspace().getRoot().getLocation().append("osprey-outdoor-gear").toPath()
				: renamed.getLocation().toPath()), "the folder is gone");
	}

	@Test
	public void aClientsPropertiesGiveItABrandOfItsOwnWithTheLogoCopiedIntoItsFolder() throws Exception {
		IProject harbor = ClientProjects.clients(ResourcesPlugin.getWorkspace().getRoot()).stream()
				.filter(p -> read(p).getName().startsWith("Harbor")).findFirst().orElseThrow();
		Path folder = harbor.getLocation().toPath();
		Path logo = Files.createTempFile("agency-logo", ".png");
		BufferedImage image = new BufferedImage(90, 40, BufferedImage.TYPE_INT_RGB);
		ImageIO.write(image, "png", logo.toFile());
		Path notAnImage = Files.writeString(Files.createTempFile("logo", ".png"), "not a picture");
		boolean[] refused = new boolean[1];
		select(harbor);
		UiTestSupport.whenDialogOpens("Properties for " + harbor.getName(), shell -> {
			UiTestSupport.showPage(shell, "Branding");
			UiTestSupport.flush();
			UiTestSupport.typeNextTo(shell, "Logo (PNG or JPEG, up to 512 KB):", notAnImage.toString());
			UiTestSupport.flush();
			refused[0] = !UiTestSupport.buttonEnabled(shell, "Apply and Close");
			UiTestSupport.typeNextTo(shell, "Name shown (the agency's, or the one the client wants):", "Harbor Roast's own studio");
			UiTestSupport.typeNextTo(shell, "Logo (PNG or JPEG, up to 512 KB):", logo.toString());
			UiTestSupport.flush();
			try {
				UiTestSupport.screenshot(shell, "client-branding");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			UiTestSupport.pressButton(shell, "Apply and Close");
		});
		execute("org.eclipse.ui.file.properties");

		assertTrue(refused[0], "a file that is not a PNG or JPEG cannot be applied");
		assertTrue(Files.isRegularFile(folder.resolve("brand-logo.png")), "the logo copied into the client's folder");
		assertTrue(harbor.getFile(".settings/org.playbook.branding.prefs").exists(), "the client's brand in its project preferences, a workspace file");
		Brand brand = Brands.of(folder);
		assertEquals("Harbor Roast's own studio", brand.name());
		assertEquals("image/png", brand.logo().mediaType());
		assertEquals(Brands.agency().primary(), brand.primary(), "colours left as shown come from the agency");
		assertTrue(brand.warnings().isEmpty(), brand.warnings().toString());
	}

	@Test
	public void anUnreadableStrategyIsListedWithItsReasonBesideTheOthers() throws Exception {
		IProject project = ClientProjects.createClient("Broken Files Ltd", null, ClientStatus.ACTIVE, new BlankTemplate(), "Good plan", null);
		Files.writeString(project.getLocation().append("broken.playbook").toPath(), "<?xml version=\"1.0\"?><playbook:Strategy");
		project.refreshLocal(IResource.DEPTH_ONE, null);
		TreeItem client = Navigators.item(navigator.getCommonViewer().getTree(), "Broken Files Ltd");
		navigator.getCommonViewer().expandToLevel(project, 1);
		UiTestSupport.waitUntil(() -> client.getItemCount() == 2 && !client.getItem(1).getText().isEmpty(), WAIT, "both strategy files");
		List<String> labels = Arrays.stream(client.getItems()).map(TreeItem::getText).toList();
		assertTrue(labels.contains("Good plan"), labels.toString());
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("broken.playbook  cannot be read: line 1:")), labels.toString());
	}

	private List<String> shownClients() {
		UiTestSupport.flush();
		return Arrays.stream(navigator.getCommonViewer().getTree().getItems()).map(i -> i.getText().split("  ")[0]).toList();
	}

	/** Opens the drop-down (the industries fill in as it opens) and picks the item, as a mouse does. */
	private void choose(Combo combo, String item) {
		combo.notifyListeners(SWT.MouseDown, new Event());
		assertTrue(combo.indexOf(item) >= 0, item + " in " + Arrays.toString(combo.getItems()));
		combo.select(combo.indexOf(item));
		combo.notifyListeners(SWT.Selection, new Event());
	}

	/** Clicks the client's row in the navigator, as a person selects it. */
	private void select(IProject project) throws Exception {
		page.activate(navigator);
		String name = read(project).getName();
		TreeItem row = Navigators.item(navigator.getCommonViewer().getTree(), name);
		navigator.getCommonViewer().getTree().setSelection(row);
		Event click = new Event();
		click.item = row;
		navigator.getCommonViewer().getTree().notifyListeners(SWT.Selection, click);
		UiTestSupport.waitUntil(() -> project.equals(navigator.getCommonViewer().getStructuredSelection().getFirstElement()), WAIT,
				"the client selected in the navigator");
		UiTestSupport.flush();
	}

	private void execute(String command) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		UiTestSupport.flush();
	}

	private static Client read(IProject project) {
		Client client = new ModelReader().read(ClientProjects.clientFile(project).getLocation().toPath(), Client.class).root();
		assertNotNull(client);
		return client;
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
