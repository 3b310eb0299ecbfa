package org.playbook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.PlaybookUi;
import org.playbook.ui.internal.navigator.ClientsNavigator;

/** The real Playbook workbench, as a user sees it on a first start. */
public class WorkbenchTest {

	@Test
	public void windowIsTitledPlaybookAndShowsItsPerspective() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "a workbench window is open");
		assertEquals(PlaybookUi.WINDOW_TITLE, window.getShell().getText());
		IWorkbenchPage page = window.getActivePage();
		assertEquals(PlaybookUi.PERSPECTIVE_ID, page.getPerspective().getId());
		assertNotNull(page.findView(PlaybookUi.CLIENTS_VIEW_ID), "the Clients view is part of the perspective");
	}

	@Test
	public void firstStartShowsTheSampleAgencyAsClientProjects() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ClientsNavigator view = Navigators.clients(window.getActivePage());
		Tree tree = view.getCommonViewer().getTree();

		List<String> labels = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
		assertTrue(labels.contains("Harbor Roast Coffee  Food & beverage"), labels.toString());
		assertTrue(labels.contains("Lumen Analytics  B2B software \u00b7 Prospect"), labels.toString());
		assertEquals(4, labels.size(), labels.toString());

		TreeItem harbor = Navigators.item(tree, "Harbor Roast Coffee");
		view.getCommonViewer().expandToLevel(harbor.getData(), 2);
		UiTestSupport.waitUntil(() -> harbor.getItemCount() == 1 && harbor.getItem(0).getItemCount() > 5, 20_000, "the strategy and its sections");
		assertEquals("2026 social strategy", harbor.getItem(0).getText());
		List<String> sections = Arrays.stream(harbor.getItem(0).getItems()).map(TreeItem::getText).toList();
		assertTrue(sections.contains("Goal Grow online bean sales from social"), sections.toString());

		Path shot = UiTestSupport.screenshot(window.getShell(), "workbench");
		assertTrue(Files.size(shot) > 10_000, "the screenshot holds a real picture");
	}
}
