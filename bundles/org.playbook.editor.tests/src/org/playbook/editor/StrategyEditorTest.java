package org.playbook.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.playbook.model.Client;
import org.playbook.model.Goal;
import org.playbook.model.Strategy;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.PlaybookUi;
import org.playbook.ui.internal.ClientsView;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;

/** The strategy editor as a strategist uses it, in the real workbench. */
public class StrategyEditorTest {
	private static final long WAIT = 30_000;
	private IWorkbenchPage page;
	private Path workspace;

	@BeforeEach
	public void workbench() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		workspace = Path.of(Platform.getInstanceLocation().getURL().toURI());
	}

	@AfterEach
	public void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	public void editTheWhyUndoRedoAndSave() throws Exception {
		Path file = copyOfSample("why");
		StrategyEditor editor = open(file);
		OverviewPage overview = (OverviewPage) editor.getActivePageInstance();
		String before = editor.strategy().getPurpose().getWhy();

		type(overview.whyText(), "Every cup should be traceable to the farm that grew it.");

		assertEquals("Every cup should be traceable to the farm that grew it.", editor.strategy().getPurpose().getWhy());
		UiTestSupport.waitUntil(editor::isDirty, WAIT, "the editor to be dirty");
		run("org.eclipse.ui.edit.undo");
		assertEquals(before, editor.strategy().getPurpose().getWhy());
		UiTestSupport.waitUntil(() -> overview.whyText().getText().equals(before), WAIT, "the field to show the undone value");
		assertFalse(editor.isDirty(), "back where it was saved");
		run("org.eclipse.ui.edit.redo");
		assertEquals("Every cup should be traceable to the farm that grew it.", editor.strategy().getPurpose().getWhy());
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "strategy-editor");

		editor.doSave(null);

		assertFalse(editor.isDirty());
		Strategy saved = new ModelReader().read(file, Strategy.class).root();
		assertEquals("Every cup should be traceable to the farm that grew it.", saved.getPurpose().getWhy());
	}

	@Test
	public void editAGoalsTargetInTheTableAndUndoIt() throws Exception {
		StrategyEditor editor = open(copyOfSample("goal"));
		editor.setActivePage("goals");
		GoalsPage goals = (GoalsPage) editor.getActivePageInstance();
		Goal first = editor.strategy().getGoals().get(0);
		Double before = first.getTarget();

		goals.goalsViewer().editElement(first, 3);
		((Text) goals.goalsViewer().getTable().getDisplay().getFocusControl()).setText("1500");
		goals.goalsViewer().applyEditorValue();

		assertEquals(1500.0, first.getTarget());
		UiTestSupport.waitUntil(() -> goals.goalsViewer().getTable().getItem(0).getText(3).equals("1500"), WAIT, "the table to show it");
		run("org.eclipse.ui.edit.undo");
		assertEquals(before, first.getTarget());
	}

	@Test
	public void theGoalsATacticServesArePickedNotTyped() throws Exception {
		StrategyEditor editor = open(copyOfSample("tactic"));
		editor.setActivePage("tactics");
		TacticsPage tactics = (TacticsPage) editor.getActivePageInstance();
		org.playbook.model.Tactic reels = editor.strategy().getTactics().get(0);
		java.util.List<Goal> before = java.util.List.copyOf(reels.getGoals());
		Goal response = editor.strategy().getGoals().stream().filter(g -> g.getName().startsWith("Answer everyone")).findFirst().orElseThrow();

		// in the check list that opens, keep only the response-time goal and press OK
		org.eclipse.swt.widgets.Display display = tactics.tacticsViewer().getTable().getDisplay();
		display.timerExec(300, () -> {
			org.eclipse.swt.widgets.Shell picker = Arrays.stream(display.getShells())
					.filter(shell -> GoalsCellEditor.DIALOG_TITLE.equals(shell.getText())).findFirst().orElseThrow();
			org.eclipse.swt.widgets.Table list = findTable(picker);
			for (org.eclipse.swt.widgets.TableItem item : list.getItems()) {
				if (item.getChecked() != (item.getData() == response)) {
					UiTestSupport.clickCheckBox(item);
				}
			}
			UiTestSupport.pressButton(picker, org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
		});
		tactics.tacticsViewer().editElement(reels, 4);
		UiTestSupport.pressButton(page.getWorkbenchWindow().getShell(), "...");

		assertEquals(java.util.List.of(response), reels.getGoals());
		UiTestSupport.waitUntil(() -> tactics.tacticsViewer().getTable().getItem(0).getText(4).equals(response.getName()), WAIT,
				"the table to show the picked goal");
		run("org.eclipse.ui.edit.undo");
		assertEquals(before, reels.getGoals());
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "strategy-editor-tactics");
	}

	private static org.eclipse.swt.widgets.Table findTable(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Table table) {
				return table;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite && findTable(composite) != null) {
				return findTable(composite);
			}
		}
		return null;
	}

	@Test
	public void aBrokenFileOpensOnItsProblemAndItsBackupCanBeRestored() throws Exception {
		Path file = copyOfSample("broken");
		new ModelWriter().save(new ModelReader().read(file, Strategy.class).root().eResource()); // a backup now exists
		String broken = Files.readString(file).substring(0, 400);
		Files.writeString(file, broken);

		StrategyEditor editor = open(file);

		ErrorPage error = assertInstanceOf(ErrorPage.class, editor.getActivePageInstance());
		assertTrue(error.problemMessage().contains(file.getFileName().toString()) && error.problemMessage().contains("line"),
				error.problemMessage());
		assertEquals(broken, Files.readString(file), "opening changed nothing");
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "strategy-editor-broken-file");

		error.restoreButton().notifyListeners(SWT.Selection, new Event());

		StrategyEditor reopened = (StrategyEditor) page.getActiveEditor();
		assertNotNull(reopened.strategy(), "the previous version opens");
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertTrue(files.anyMatch(f -> f.getFileName().toString().contains(".broken-")), "the broken file is kept");
		}
	}

	@Test
	public void theOutlineShowsTheStrategyFollowsCommandsAndSharesItsSelection() throws Exception {
		StrategyEditor editor = open(copyOfSample("outline"));
		org.eclipse.ui.IViewPart outlineView = page.showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
		StrategyOutlinePage outline = editor.outline();
		assertNotNull(outline, "the editor gives the Outline its page");
		org.eclipse.swt.widgets.Tree tree = outline.treeViewer().getTree();
		UiTestSupport.waitUntil(() -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() > 5, WAIT, "the strategy's tree");
		assertEquals("Strategy 2026 social strategy", tree.getItem(0).getText());
		java.util.List<String> sections = Arrays.stream(tree.getItem(0).getItems()).map(TreeItem::getText).toList();
		assertTrue(sections.contains("Goal Grow online bean sales from social"), sections.toString());

		page.activate(editor);
		editor.setActivePage("goals");
		UiTestSupport.pressButton(page.getWorkbenchWindow().getShell(), "Add goal");
		UiTestSupport.waitUntil(() -> Arrays.stream(tree.getItem(0).getItems()).anyMatch(i -> i.getText().equals("Goal New goal")), WAIT,
				"the new goal in the outline");

		org.playbook.model.Tactic tactic = editor.strategy().getTactics().get(0);
		page.activate(outlineView);
		outline.treeViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(tactic), true);
		UiTestSupport.waitUntil(() -> page.getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection selection
				&& selection.getFirstElement() == tactic, WAIT, "the workbench selection to be the tactic");
	}

	@Test
	public void propertiesOfTheSelectedElementAreShownAndEditedAsCommands() throws Exception {
		StrategyEditor editor = open(copyOfSample("properties"));
		org.playbook.model.Tactic reels = editor.strategy().getTactics().get(0);
		org.playbook.ui.viewers.ItemPropertySource properties = new org.playbook.ui.viewers.ItemPropertySource(
				editor.domain().getAdapterFactory(), reels);
		org.eclipse.ui.views.properties.IPropertyDescriptor network = Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Network")).findFirst().orElseThrow();
		assertEquals("Tactic", network.getCategory());

		properties.setPropertyValue(network.getId(), org.playbook.model.Network.TIKTOK);
		org.eclipse.ui.views.properties.IPropertyDescriptor posts = Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Posts Per Week")).findFirst().orElseThrow();
		properties.setPropertyValue(posts.getId(), "5");

		assertEquals(org.playbook.model.Network.TIKTOK, reels.getNetwork());
		assertEquals(5.0, reels.getPostsPerWeek());
		UiTestSupport.waitUntil(editor::isDirty, WAIT, "the edits to be commands on the editor's stack");
		run("org.eclipse.ui.edit.undo");
		run("org.eclipse.ui.edit.undo");
		assertEquals(org.playbook.model.Network.INSTAGRAM, reels.getNetwork());
		assertEquals(3.0, reels.getPostsPerWeek());

		org.eclipse.ui.views.properties.PropertySheet sheet = (org.eclipse.ui.views.properties.PropertySheet) page
				.showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
		org.eclipse.ui.IViewPart outlineView = page.showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
		page.activate(outlineView);
		editor.outline().treeViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(reels), true);
		UiTestSupport.waitUntil(() -> sheet.getCurrentPage().getControl() instanceof org.eclipse.swt.widgets.Tree tree
				&& Arrays.stream(tree.getItems()).flatMap(i -> Stream.concat(Stream.of(i), Arrays.stream(i.getItems())))
						.anyMatch(i -> i.getText(0).equals("Network") && i.getText(1).equals("Instagram")),
				WAIT, "the Properties view to show the tactic's network");
	}

	@Test
	public void doubleClickingAStrategyInTheClientsViewOpensIt() throws Exception {
		ClientsView clients = (ClientsView) page.showView(PlaybookUi.CLIENTS_VIEW_ID);
		UiTestSupport.waitUntil(() -> clients.getViewer().getTree().getItemCount() >= 4, WAIT, "the clients");
		Client harbor = Arrays.stream(clients.getViewer().getTree().getItems()).map(i -> (Client) i.getData())
				.filter(c -> c.getName().equals("Harbor Roast Coffee")).findFirst().orElseThrow();
		clients.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(harbor.getStrategies().get(0)), true);
		TreeItem item = clients.getViewer().getTree().getSelection()[0];
		Event doubleClick = new Event();
		doubleClick.item = item;
		clients.getViewer().getTree().notifyListeners(SWT.DefaultSelection, doubleClick);

		UiTestSupport.waitUntil(() -> page.getActiveEditor() instanceof StrategyEditor, WAIT, "the strategy editor");
		assertEquals("2026 social strategy", ((StrategyEditor) page.getActiveEditor()).strategy().getName());
	}

	private StrategyEditor open(Path file) throws Exception {
		return (StrategyEditor) IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
	}

	private static void type(Text field, String text) {
		field.setFocus();
		field.setText(text);
		field.notifyListeners(SWT.FocusOut, new Event());
	}

	private void run(String command) throws Exception {
		page.activate(page.getActiveEditor());
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		UiTestSupport.flush();
	}

	/** A copy of Harbor Roast's strategy in a client folder of its own, so each test has its own file. */
	private Path copyOfSample(String name) throws IOException {
		Path folder = Files.createDirectories(workspace.resolve("editor-test-" + name + "-" + System.nanoTime()));
		return Files.copy(workspace.resolve("harbor-roast/2026-social.playbook"), folder.resolve("strategy.playbook"));
	}
}
