package org.playbook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.PlaybookUi;
import org.playbook.ui.internal.navigator.ClientsNavigator;
import org.playbook.workspace.projects.ClientProjects;

/**
 * Benchmark, not a test (runs with -Dplaybook.benchmark=true): the Clients navigator's first
 * paint with 2,000 clients, from opening the view to 2,000 painted rows, against a bare JFace
 * tree of the 2,000 project names in the same workbench (no client files read, no CNF).
 */
@EnabledIfSystemProperty(named = "playbook.benchmark", matches = "true")
public class NavigatorBenchmark {
	private static final int CLIENTS = 2_000, RUNS = 5;

	@Test
	public void firstPaintWithTwoThousandClients() throws Exception {
		Path root = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
		for (int i = 0; i < CLIENTS; i++) {
			Path folder = Files.createDirectories(root.resolve(String.format("bench-client-%04d", i)));
			Files.writeString(folder.resolve("client.pbclient"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<playbook:Client xmi:version=\"2.0\""
					+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:playbook=\"http://www.playbook.org/model/1.0\" name=\"Bench client " + i
					+ "\" industry=\"Industry " + (i % 12) + "\"/>\n");
		}
		long adoptStart = System.nanoTime();
		ResourcesPlugin.getWorkspace().run(monitor -> ClientProjects.adoptFolders(monitor), null);
		long adoptMillis = (System.nanoTime() - adoptStart) / 1_000_000;
		int clients = ClientProjects.clients(ResourcesPlugin.getWorkspace().getRoot()).size();

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		List<Long> navigator = new ArrayList<>(), baseline = new ArrayList<>();
		long cold = 0;
		for (int run = 0; run < RUNS + 1; run++) {
			IViewPart open = page.findView(PlaybookUi.CLIENTS_VIEW_ID);
			if (open != null) {
				page.hideView(open);
			}
			UiTestSupport.flush();
			if (run == 0) {
				org.playbook.workspace.models.ModelService.get().forgetUnconnected();
			}
			long start = System.nanoTime();
			ClientsNavigator view = (ClientsNavigator) page.showView(PlaybookUi.CLIENTS_VIEW_ID);
			UiTestSupport.waitUntil(() -> view.getCommonViewer().getTree().getItemCount() >= clients, 60_000, "all clients listed");
			view.getCommonViewer().getTree().update(); // paint
			long navigatorNanos = System.nanoTime() - start;
			assertEquals(clients, view.getCommonViewer().getTree().getItemCount());

			long baselineNanos = bareTree(page.getWorkbenchWindow().getShell());
			if (run == 0) {
				cold = navigatorNanos / 1_000_000; // every client file read for the first time
			} else {
				navigator.add(navigatorNanos / 1_000_000);
				baseline.add(baselineNanos / 1_000_000);
			}
		}
		navigator.sort(null);
		baseline.sort(null);
		String report = String.format("clients %d (adopting them as projects: %d ms, once)%nnavigator first paint, cold (client files read): %d ms (goal <= 2000)%n"
				+ "navigator first paint, warm ms: %s (median %d)%nbare JFace tree of project names ms: %s (median %d)%nratio warm navigator / bare tree: %.1f%n",
				clients, adoptMillis, cold, navigator,
				navigator.get(RUNS / 2), baseline, baseline.get(RUNS / 2), (double) navigator.get(RUNS / 2) / Math.max(1, baseline.get(RUNS / 2)));
		System.out.println(report);
		Path out = Path.of(System.getProperty("playbook.test.output", "target/test-output"), "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve("navigator.txt"), report);
	}

	private static long bareTree(Shell parent) {
		Shell shell = new Shell(parent, SWT.SHELL_TRIM);
		shell.setLayout(new org.eclipse.swt.layout.FillLayout());
		shell.setSize(300, 600);
		long start = System.nanoTime();
		IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
		TreeViewer viewer = new TreeViewer(shell);
		viewer.setContentProvider(new org.eclipse.jface.viewers.ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ArrayContentProvider.getInstance().getElements(input);
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return true;
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((IProject) element).getName();
			}
		});
		viewer.setInput(projects);
		shell.open();
		viewer.getTree().update();
		long nanos = System.nanoTime() - start;
		shell.dispose();
		return nanos;
	}
}
