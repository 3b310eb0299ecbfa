package org.playbook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.playbook.ui.PlaybookUi;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.internal.ClientsView;

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
	public void firstStartShowsTheSampleAgency() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ClientsView view = (ClientsView) window.getActivePage().showView(PlaybookUi.CLIENTS_VIEW_ID);
		Tree tree = view.getViewer().getTree();

		UiTestSupport.waitUntil(() -> tree.getItemCount() >= 4, 20_000, "the sample clients to be listed");
		view.getViewer().expandAll();

		Set<String> labels = Arrays.stream(tree.getItems()).map(TreeItem::getText).collect(Collectors.toSet());
		assertTrue(labels.contains("Client Harbor Roast Coffee"), labels.toString());
		assertTrue(labels.contains("Client Northwind Dental Group"), labels.toString());
		assertEquals(4, labels.size(), "four clients and no unreadable files: " + labels);
		assertEquals("Strategy 2026 social strategy", Arrays.stream(tree.getItems())
				.filter(i -> i.getText().contains("Harbor")).findFirst().orElseThrow().getItem(0).getText());

		Path shot = UiTestSupport.screenshot(window.getShell(), "workbench");
		assertTrue(Files.size(shot) > 10_000, "the screenshot holds a real picture");
	}
}
