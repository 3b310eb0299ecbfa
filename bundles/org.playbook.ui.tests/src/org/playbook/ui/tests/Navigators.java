package org.playbook.ui.tests;

import java.util.Arrays;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.core.runtime.jobs.Job;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.PlaybookUi;
import org.playbook.ui.internal.PlaybookWorkbenchAdvisor;
import org.playbook.ui.internal.navigator.ClientsNavigator;

/** Finding the Clients navigator and its rows, as the tests of this bundle need them. */
final class Navigators {
	private Navigators() {
	}

	/** The Clients view once the sample agency's folders are client projects and listed. */
	static ClientsNavigator clients(IWorkbenchPage page) throws PartInitException {
		ClientsNavigator view = (ClientsNavigator) page.showView(PlaybookUi.CLIENTS_VIEW_ID);
		UiTestSupport.waitUntil(() -> Job.getJobManager().find(PlaybookWorkbenchAdvisor.ADOPT_FAMILY).length == 0
				&& view.getCommonViewer().getTree().getItemCount() >= 4, 30_000, "the sample clients in the Clients view");
		return view;
	}

	/** The row whose label starts with the text, waiting for it to show. */
	static TreeItem item(Tree tree, String label) {
		UiTestSupport.waitUntil(() -> find(tree, label) != null, 20_000, "a row '" + label + "'");
		return find(tree, label);
	}

	static TreeItem find(Tree tree, String label) {
		return Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith(label)).findFirst().orElse(null);
	}
}
