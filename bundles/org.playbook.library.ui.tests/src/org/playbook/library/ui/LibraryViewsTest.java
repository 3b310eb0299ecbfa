package org.playbook.library.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.playbook.model.Practice;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.PlaybookUi;
import org.playbook.ui.internal.navigator.ClientsNavigator;

/** The Practice Library perspective in the real workbench, driven the way a person uses it. */
public class LibraryViewsTest {
	private static final long WAIT = 30_000;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private SearchView search;

	@BeforeEach
	public void openLibraryPerspective() throws Exception {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(LibraryUi.PERSPECTIVE_ID));
		search = (SearchView) page.showView(LibraryUi.SEARCH_VIEW_ID);
	}

	@Test
	public void typingAQueryShowsRankedPracticesWithTheMatchInBold() {
		type("intern");

		Table table = search.resultsViewer().getTable();
		UiTestSupport.waitUntil(() -> table.getItemCount() > 0 && table.getItem(0).getText(0).equals("An intern in charge of social media"),
				WAIT, "the intern practice first");
		TableItem first = table.getItem(0);
		assertEquals("Governance · Failure pattern", first.getText(1), "the labels people read, not the literals");
		assertTrue(first.getText(2).toLowerCase().contains("intern"), first.getText(2));
		assertTrue(!search.hitOf((Practice) first.getData()).marks().isEmpty(), "the match is marked for bold");
	}

	@Test
	public void selectingAResultShowsThePracticeItsQuotesAndRelatedPractices() throws Exception {
		PracticeView practiceView = (PracticeView) page.showView(LibraryUi.PRACTICE_VIEW_ID);
		RelatedPracticesView relatedView = (RelatedPracticesView) page.showView(LibraryUi.RELATED_VIEW_ID);
		page.activate(search);
		type("sales pitch");
		Table table = search.resultsViewer().getTable();
		UiTestSupport.waitUntil(() -> table.getItemCount() > 0 && table.getItem(0).getText(0).equals("Every status update is a sales pitch"),
				WAIT, "the sales-pitch practice first");

		Practice pitch = (Practice) table.getItem(0).getData();
		search.select(pitch);

		UiTestSupport.waitUntil(() -> practiceView.shownPractice() == pitch, WAIT, "the Practice view to follow the selection");
		assertTrue(practiceView.shownMarkup().contains("“Every status update is a sales pitch”"), practiceView.shownMarkup());
		assertTrue(practiceView.shownMarkup().contains("How to Fail and Succeed with Social Media?"), "names the post");
		UiTestSupport.waitUntil(() -> relatedView.subject().contains("sales pitch") && relatedView.relatedViewer().getTable().getItemCount() > 0,
				WAIT, "practices related to the selected one");
		List<String> related = Arrays.stream(relatedView.relatedViewer().getTable().getItems()).map(i -> ((Practice) i.getData()).getId()).toList();
		assertTrue(related.contains("content.marketing-messages-sparingly") || related.contains("content.push-push-push"), related.toString());
		UiTestSupport.screenshot(window.getShell(), "library-perspective");
		assertTrue(relatedView.getContentDescription().startsWith("Related to Every status update"), relatedView.getContentDescription());
	}

	@Test
	public void checkingAFacetNarrowsTheResults() {
		type("social");
		Table table = search.resultsViewer().getTable();
		// the facets of this search (an earlier search's may still show): "content" among the categories
		UiTestSupport.waitUntil(() -> table.getItemCount() > 0 && contentFacet() != null, WAIT, "results and the content facet");
		TreeItem content = contentFacet();

		UiTestSupport.clickCheckBox(content);

		UiTestSupport.waitUntil(() -> table.getItemCount() > 0
				&& Arrays.stream(table.getItems()).allMatch(i -> ((Practice) i.getData()).getCategory().getLiteral().equals("content")),
				WAIT, "only content practices");
	}

	@Test
	public void typeAheadCompletesPracticeTitles() {
		LibraryAccess.service().join();
		IContentProposal[] proposals = new SearchView.TitleCompletions().getProposals("lis", 3);
		assertTrue(Arrays.stream(proposals).anyMatch(p -> p.getContent().equals("Listen as much as, or more than, you talk")),
				Arrays.toString(proposals));
	}

	@Test
	public void relatedPracticesFollowAStrategySelectedInTheClientsView() throws Exception {
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(PlaybookUi.PERSPECTIVE_ID));
		ClientsNavigator clients = (ClientsNavigator) page.showView(PlaybookUi.CLIENTS_VIEW_ID);
		RelatedPracticesView relatedView = (RelatedPracticesView) page.showView(LibraryUi.RELATED_VIEW_ID);
		org.eclipse.core.resources.IFile campaign = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.getProject("northwind-dental").getFile("spring-campaign.playbook");
		UiTestSupport.waitUntil(campaign::exists, WAIT, "the sample clients as projects");
		page.activate(clients);
		clients.setFocus();
		UiTestSupport.waitUntil(() -> page.getActivePart() == clients, WAIT, "the Clients view to be active, as after a click");

		clients.getCommonViewer().setSelection(new StructuredSelection(campaign), true);

		UiTestSupport.waitUntil(() -> relatedView.subject().contains("Spring whitening campaign"), WAIT,
				"related to the selected strategy (shown: '" + relatedView.subject() + "')");
		List<String> related = Arrays.stream(relatedView.relatedViewer().getTable().getItems()).map(i -> ((Practice) i.getData()).getId()).toList();
		assertTrue(related.contains("commitment.campaign-ends") || related.contains("commitment.not-a-campaign"),
				"a strategy named a campaign meets the practices about campaigns: " + related);
	}

	@Test
	public void applyingAPracticeLinksItToTheStrategyInTheEditorAsAnUndoableCommand() throws Exception {
		org.eclipse.core.resources.IFile harbor = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject("harbor-roast")
				.getFile("2026-social.playbook");
		UiTestSupport.waitUntil(harbor::exists, WAIT, "the sample clients as projects");
		org.eclipse.ui.IEditorPart editor = org.eclipse.ui.ide.IDE.openEditor(page, harbor, true);
		org.playbook.model.Strategy strategy = org.eclipse.core.runtime.Adapters.adapt(editor, org.playbook.model.Strategy.class);
		org.junit.jupiter.api.Assertions.assertNotNull(strategy, () -> "the strategy editor is open: " + editor + " "
				+ new org.playbook.workspace.ModelReader().read(harbor.getLocation().toPath(), org.playbook.model.Strategy.class).diagnostic());
		int before = strategy.getAppliedPractices().size();
		selectTheInternPractice();

		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(LibraryUi.APPLY_COMMAND_ID, null);

		assertEquals(before + 1, strategy.getAppliedPractices().size());
		org.playbook.model.AppliedPractice applied = strategy.getAppliedPractices().get(before);
		assertEquals("governance.no-intern", applied.getPracticeId());
		assertTrue(editor.isDirty(), "the strategy has unsaved changes");
		page.activate(editor);
		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		assertEquals(before, strategy.getAppliedPractices().size(), "undone like any edit");
		page.closeAllEditors(false);
	}

	@Test
	public void applyingAPracticeToAStrategySelectedInTheClientsViewSavesItAtOnce() throws Exception {
		org.eclipse.core.resources.IFile kestrel = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject("kestrel-bikes")
				.getFile("2026-plan.playbook");
		UiTestSupport.waitUntil(kestrel::exists, WAIT, "the sample clients as projects");
		page.closeAllEditors(false);
		org.playbook.ui.internal.navigator.ClientsNavigator clients = (org.playbook.ui.internal.navigator.ClientsNavigator) page
				.showView(org.playbook.ui.PlaybookUi.CLIENTS_VIEW_ID);
		UiTestSupport.waitUntil(() -> {
			clients.getCommonViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(kestrel), true);
			return clients.getCommonViewer().getTree().getSelection().length == 1;
		}, WAIT, "the strategy selected in the Clients view");
		int states = kestrel.getHistory(null).length;
		Practice intern = selectTheInternPractice();

		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(LibraryUi.APPLY_COMMAND_ID, null);

		org.playbook.model.Strategy saved = new org.playbook.workspace.ModelReader().read(kestrel.getLocation().toPath(),
				org.playbook.model.Strategy.class).root();
		assertTrue(saved.getAppliedPractices().stream().anyMatch(a -> "governance.no-intern".equals(a.getPracticeId())),
				"applied and saved at once, with no editor open");
		assertEquals(states + 1, kestrel.getHistory(null).length, "the version before is in Local History");
		assertTrue(!ApplyPracticeHandler.applyTo(kestrel, intern), "applied there already: not twice");
	}

	/** Searches "intern" in the Search view and selects the first result, the practice about interns. */
	private Practice selectTheInternPractice() {
		page.activate(search);
		type("intern");
		Table table = search.resultsViewer().getTable();
		UiTestSupport.waitUntil(() -> table.getItemCount() > 0 && table.getItem(0).getText(0).equals("An intern in charge of social media"),
				WAIT, "the intern practice first");
		Practice practice = (Practice) table.getItem(0).getData();
		search.select(practice);
		UiTestSupport.flush();
		return practice;
	}

	@Test
	public void theSearchViewSaysWhichLibraryAnsweredAndFallsBackWhenTheSharedOneIsDown() throws Exception {
		type("intern");
		Table table = search.resultsViewer().getTable();
		UiTestSupport.waitUntil(() -> table.getItemCount() > 0 && search.getContentDescription().equals("Searching the embedded library"), WAIT,
				"the embedded library named: " + search.getContentDescription());
		SharedLibrary.preferences().put(SharedLibrary.SERVER, "http://localhost:1/solr");
		try {
			type("sales pitch");
			UiTestSupport.waitUntil(() -> search.getContentDescription().contains("the shared library cannot be reached"), WAIT,
					"the fallback said: " + search.getContentDescription());
			UiTestSupport.waitUntil(() -> table.getItemCount() > 0 && table.getItem(0).getText(0).equals("Every status update is a sales pitch"),
					WAIT, "the embedded library's results while the shared one is down");
			assertTrue(search.getContentDescription().startsWith("Searching the embedded library"), search.getContentDescription());
			UiTestSupport.screenshot(window.getShell(), "search-shared-library-down");
		} finally {
			SharedLibrary.preferences().remove(SharedLibrary.SERVER);
		}
	}

	private TreeItem contentFacet() {
		return Arrays.stream(search.facetsViewer().getTree().getItems()).filter(i -> i.getText().equals("Category"))
				.flatMap(i -> Arrays.stream(i.getItems())).filter(i -> i.getText().startsWith("Content (")).findFirst().orElse(null);
	}

	private void type(String text) {
		search.queryText().setText(text);
	}
}
