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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.playbook.model.Goal;
import org.playbook.model.Strategy;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.PlaybookUi;
import org.playbook.ui.internal.navigator.ClientsNavigator;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;

/** The strategy editor as a strategist uses it, in the real workbench. */
public class StrategyEditorTest extends EditorWorkbenchTest {
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
					.filter(shell -> TacticsPage.GOALS_COLUMN.equals(shell.getText())).findFirst().orElseThrow();
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
		ClientsNavigator clients = (ClientsNavigator) page.showView(PlaybookUi.CLIENTS_VIEW_ID);
		org.eclipse.core.resources.IFile file = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject("harbor-roast")
				.getFile("2026-social.playbook");
		UiTestSupport.waitUntil(() -> file.exists(), WAIT, "the sample clients as projects");
		UiTestSupport.waitUntil(() -> {
			clients.getCommonViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(file), true);
			return clients.getCommonViewer().getTree().getSelection().length == 1;
		}, WAIT, "the strategy selected in the Clients view");
		TreeItem item = clients.getCommonViewer().getTree().getSelection()[0];
		Event doubleClick = new Event();
		doubleClick.item = item;
		clients.getCommonViewer().getTree().notifyListeners(SWT.DefaultSelection, doubleClick);

		UiTestSupport.waitUntil(() -> page.getActiveEditor() instanceof StrategyEditor, WAIT, "the strategy editor");
		assertEquals("2026 social strategy", ((StrategyEditor) page.getActiveEditor()).strategy().getName());
	}

	@Test
	public void everySectionHasItsPageAndTheirTablesAndFieldsEditThroughCommands() throws Exception {
		Path file = copyOfSample("pages");
		StrategyEditor editor = open(file);
		for (String id : java.util.List.of("overview", "situation", "audience", "goals", "tactics", "content", "listening", "crisis", "measurements",
				"results")) {
			editor.setActivePage(id);
			assertNotNull(editor.getActivePageInstance(), "the page " + id);
			assertEquals(id, editor.getActivePageInstance().getId());
		}
		editor.setActivePage("situation");
		int before = editor.strategy().getSituation().getSwotItems().size();
		UiTestSupport.pressButton(page.getWorkbenchWindow().getShell(), "Add item");
		assertEquals(before + 1, editor.strategy().getSituation().getSwotItems().size());
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "strategy-editor-situation");
		run("org.eclipse.ui.edit.undo");
		assertEquals(before, editor.strategy().getSituation().getSwotItems().size());

		editor.setActivePage("crisis");
		int statements = editor.strategy().getCrisisPlan().getHoldingStatements().size();
		UiTestSupport.pressButton(page.getWorkbenchWindow().getShell(), "Add statement");
		assertEquals(statements + 1, editor.strategy().getCrisisPlan().getHoldingStatements().size());
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "strategy-editor-crisis");
		editor.doSave(null);
		Strategy saved = new ModelReader().read(file, Strategy.class).root();
		assertEquals(statements + 1, saved.getCrisisPlan().getHoldingStatements().size(), "the new statement is written");
	}

	@Test
	public void sectionsLeftEmptyAreNotWrittenSoTheAuditStillSeesThemMissing() throws Exception {
		Path file = copyOf("northwind-dental/spring-campaign.playbook", "empty");
		Strategy original = new ModelReader().read(file, Strategy.class).root();
		assertEquals(null, original.getCrisisPlan(), "the sample has no crisis plan");
		StrategyEditor editor = open(file);
		assertNotNull(editor.strategy().getCrisisPlan(), "the editor offers one to fill in");

		type(((OverviewPage) editor.getActivePageInstance()).whyText(), "A changed why");
		editor.doSave(null);

		Strategy saved = new ModelReader().read(file, Strategy.class).root();
		assertEquals("A changed why", saved.getPurpose().getWhy());
		assertEquals(null, saved.getCrisisPlan(), "an untouched, empty crisis plan is not written");
		assertNotNull(editor.strategy().getCrisisPlan(), "and the editor keeps it to fill in");
	}

	@Test
	public void aFileChangedOutsideTheEditorIsReloaded() throws Exception {
		Path file = copyOfSample("external");
		StrategyEditor editor = open(file);
		Strategy changed = new ModelReader().read(file, Strategy.class).root();
		changed.setName("Renamed by a colleague");
		EditorTests.writeFromOutside(changed, file);

		editor.checkForExternalChange();

		UiTestSupport.waitUntil(() -> page.getActiveEditor() instanceof StrategyEditor reopened && reopened != editor
				&& "Renamed by a colleague".equals(reopened.strategy().getName()), WAIT, "the editor to show the file's new content");
	}

	@Test
	public void aDateTypedWrongIsMarkedAndChangesNothing() throws Exception {
		StrategyEditor editor = open(copyOfSample("date"));
		editor.setActivePage("measurements");
		java.util.Date before = editor.strategy().getReviewCadence().getNextReview();
		Text nextReview = findText(page.getWorkbenchWindow().getShell(), FeatureValuesAccess.format(before));
		type(nextReview, "next tuesday");
		assertEquals(before, editor.strategy().getReviewCadence().getNextReview(), "not a date: nothing changes");
		assertFalse(editor.isDirty());
		type(nextReview, "2026-07-01");
		assertEquals("2026-07-01", FeatureValuesAccess.format(editor.strategy().getReviewCadence().getNextReview()));
		assertTrue(editor.isDirty());
	}

	@Test
	public void theHealthSummaryAndTheFieldsFollowTheAuditAsTheStrategistTypes() throws Exception {
		StrategyEditor editor = open(copyOf("northwind-dental/spring-campaign.playbook", "health"));
		OverviewPage overview = (OverviewPage) editor.getActivePageInstance();
		int before = editor.health().report().findings().size();
		assertTrue(overview.health().shownMarkup().contains("No \u201cwhy\u201d"), overview.health().shownMarkup());
		assertNotNull(overview.findingShownAt(overview.whyText()), "the Why field is marked");
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "strategy-editor-health");

		type(overview.whyText(), "We believe everyone deserves a dentist they are not afraid of.");

		UiTestSupport.waitUntil(() -> overview.findingShownAt(overview.whyText()) == null, WAIT, "the mark to go once there is a why");
		assertTrue(editor.health().report().findings().size() < before, "one finding fewer");
		assertFalse(overview.health().shownMarkup().contains("No \u201cwhy\u201d"));
	}

	@Test
	public void theHealthSummaryFollowsTypingBeforeTheFieldIsLeft() throws Exception {
		StrategyEditor editor = open(copyOf("northwind-dental/spring-campaign.playbook", "typing"));
		OverviewPage overview = (OverviewPage) editor.getActivePageInstance();
		assertTrue(overview.health().shownMarkup().contains("No \u201cwhy\u201d"), overview.health().shownMarkup());
		overview.whyText().setFocus();

		overview.whyText().setText("We believe everyone deserves a dentist they are not afraid of."); // typed: no focus change

		UiTestSupport.waitUntil(() -> !overview.health().shownMarkup().contains("No \u201cwhy\u201d"), WAIT,
				"the summary to follow the typing after a pause");
		assertTrue(overview.whyText().isFocusControl(), "while the strategist is still in the field");
		assertEquals("We believe everyone deserves a dentist they are not afraid of.", editor.strategy().getPurpose().getWhy());
		UiTestSupport.waitUntil(() -> overview.health().shownWhole(), WAIT, "the summary shown whole after the edit, not clipped to a line");
		run("org.eclipse.ui.edit.undo");
		assertEquals(null, editor.strategy().getPurpose().getWhy(), "the typing was one command");
	}

	@Test
	public void actualsImportedFromACsvExportAreOneUndoableCommand() throws Exception {
		StrategyEditor editor = open(copyOfSample("actuals"));
		int measurements = editor.strategy().getMeasurements().size();
		Path export = Files.createTempFile("posts", ".csv");
		Files.writeString(export, "Date,Network,Text\n2026-03-02,Instagram,Buy now\n2026-03-03,Instagram,Our farm\n");

		ImportActualsHandler.importInto(editor, export);

		assertEquals(measurements + 5, editor.strategy().getMeasurements().size(), "five measurements for one network-month");
		assertTrue(editor.isDirty());
		editor.setActivePage("results");
		ResultsPage results = (ResultsPage) editor.getActivePageInstance();
		UiTestSupport.waitUntil(() -> results.mixChart().getSeriesSet().getSeries().length == 2, WAIT, "planned and posted mix");
		assertEquals(50.0, results.mixChart().getSeriesSet().getSeries("Posted").getYSeries()[0], "one of the two posts sells");
		assertEquals(10, results.healthChart().getSeriesSet().getSeries("Score").getYSeries().length, "a bar per section");
		assertTrue(results.kpiChart().getSeriesSet().getSeries().length >= 1, "the first goal's KPI over time");
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "strategy-editor-results");
		run("org.eclipse.ui.edit.undo");
		assertEquals(measurements, editor.strategy().getMeasurements().size());
	}

	private static Text findText(org.eclipse.swt.widgets.Composite parent, String content) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Text text && text.isVisible() && text.getText().equals(content)) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite && findText(composite, content) != null) {
				return findText(composite, content);
			}
		}
		return null;
	}

	/** Dates as the editor shows them. */
	private static final class FeatureValuesAccess {
		static String format(Object value) {
			return org.playbook.ui.viewers.FeatureValues.format(value);
		}
	}

	private StrategyEditor open(Path file) throws Exception {
		return (StrategyEditor) IDE.openEditor(page, EditorTests.workspaceFile(file), StrategyEditor.ID);
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
	private Path copyOfSample(String name) throws Exception {
		return copyOf("harbor-roast/2026-social.playbook", name);
	}

	private Path copyOf(String sample, String name) throws Exception {
		return EditorTests.copyOf(workspace, sample, name);
	}
}
