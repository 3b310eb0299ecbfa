package org.playbook.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.playbook.model.CalendarEntry;
import org.playbook.model.ContentPlan;
import org.playbook.model.Goal;
import org.playbook.model.Metric;
import org.playbook.model.Network;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;
import org.playbook.workspace.PlaybookFiles;

/**
 * Benchmark, not a test (runs with -Dplaybook.benchmark=true): opening a 10,000-element
 * strategy in the editor through the model service, from the open call to the first page
 * painted, against reading the same file with ModelReader alone in the same process; one
 * cell edit in its 2,000-row tactics table against a full refresh of that table; saving it
 * through the workspace against the headless atomic writer.
 */
@EnabledIfSystemProperty(named = "playbook.benchmark", matches = "true")
public class EditorOpenBenchmark {
	private static final int RUNS = 7;

	@Test
	public void openATenThousandElementStrategy() throws Exception {
		Strategy strategy = large();
		Path file = inAClientOfItsOwn(strategy, "editor-bench-");
		int elements = 0;
		for (var it = strategy.eAllContents(); it.hasNext(); it.next()) {
			elements++;
		}

		org.eclipse.core.resources.IFile workspaceFile = EditorTests.workspaceFile(file);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		List<Long> open = new ArrayList<>(), read = new ArrayList<>();
		for (int run = 0; run < RUNS + 1; run++) {
			page.closeAllEditors(false);
			org.playbook.workspace.models.ModelService.get().forgetUnconnected(); // a cold open: the file is read again
			UiTestSupport.flush();
			long start = System.nanoTime();
			StrategyEditor editor = (StrategyEditor) IDE.openEditor(page, workspaceFile, StrategyEditor.ID);
			editor.getActivePageInstance().getPartControl().update(); // painted
			long openNanos = System.nanoTime() - start;
			long readStart = System.nanoTime();
			EObject root = new ModelReader().read(file, Strategy.class).root();
			long readNanos = System.nanoTime() - readStart;
			if (root == null || editor.strategy() == null) {
				throw new AssertionError("the large strategy did not load");
			}
			if (run > 0) {
				open.add(openNanos / 1_000_000);
				read.add(readNanos / 1_000_000);
			}
		}
		page.closeAllEditors(false);
		open.sort(null);
		read.sort(null);
		String report = String.format("strategy of %d elements, %,d bytes%neditor open to first page painted ms: %s (median %d, goal <= 1000)%n"
				+ "ModelReader alone ms: %s (median %d)%nratio editor open / read: %.1f%n", elements, Files.size(file), open, open.get(RUNS / 2), read,
				read.get(RUNS / 2), (double) open.get(RUNS / 2) / Math.max(1, read.get(RUNS / 2)));
		write("editor-open.txt", report);
	}

	@Test
	public void editACellOfATwoThousandRowTableAndSaveThroughTheWorkspace() throws Exception {
		Strategy strategy = large();
		Path file = inAClientOfItsOwn(strategy, "table-bench-");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		StrategyEditor editor = (StrategyEditor) IDE.openEditor(page, EditorTests.workspaceFile(file), StrategyEditor.ID);
		editor.setActivePage("tactics");
		TacticsPage tactics = (TacticsPage) editor.getActivePageInstance();
		org.eclipse.jface.viewers.TableViewer viewer = tactics.tacticsViewer();
		int rows = viewer.getTable().getItemCount();
		UiTestSupport.flush();
		List<Double> edit = new ArrayList<>(), refresh = new ArrayList<>();
		for (int run = 0; run < 60; run++) {
			org.playbook.model.Tactic tactic = editor.strategy().getTactics().get((run * 37) % rows);
			long start = System.nanoTime();
			editor.domain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.domain(), tactic,
					org.playbook.model.PlaybookPackage.Literals.TACTIC__NAME, "Edited " + run));
			tactics.tacticsFollower().show(); // what the follower does on the next turn of the event loop
			viewer.getTable().update(); // painted
			long editNanos = System.nanoTime() - start;
			UiTestSupport.flush(); // the rest of the workbench hears of the edit (health summary, Outline), untimed
			start = System.nanoTime();
			viewer.refresh();
			viewer.getTable().update();
			long refreshNanos = System.nanoTime() - start;
			if (run >= 10) {
				edit.add(editNanos / 1e6);
				refresh.add(refreshNanos / 1e6);
			}
		}
		edit.sort(null);
		refresh.sort(null);

		org.playbook.workspace.models.ModelDocument document = editor.document();
		Path atomicCopy = file.resolveSibling("atomic-copy.playbook");
		List<Long> workspaceSave = new ArrayList<>(), atomicSave = new ArrayList<>();
		for (int run = 0; run < 8; run++) {
			long start = System.nanoTime();
			document.save(true, null);
			long workspaceNanos = System.nanoTime() - start;
			start = System.nanoTime();
			new ModelWriter().save(editor.strategy().eResource(), atomicCopy);
			long atomicNanos = System.nanoTime() - start;
			if (run > 0) {
				workspaceSave.add(workspaceNanos / 1_000_000);
				atomicSave.add(atomicNanos / 1_000_000);
			}
		}
		workspaceSave.sort(null);
		atomicSave.sort(null);
		page.closeAllEditors(false);
		String report = String.format("table of %d rows: one cell edit to painted ms p50 %.2f p90 %.2f max %.2f (goal <= 16); full refresh and paint ms p50 %.2f p90 %.2f; ratio edit / refresh p50 %.3f%n"
				+ "save of %d bytes through the workspace (Local History kept) ms: %s (median %d); atomic writer ms: %s (median %d); ratio %.2f (goal <= 1.5)%n",
				rows, edit.get(edit.size() / 2), edit.get(edit.size() * 9 / 10), edit.get(edit.size() - 1), refresh.get(refresh.size() / 2),
				refresh.get(refresh.size() * 9 / 10), edit.get(edit.size() / 2) / refresh.get(refresh.size() / 2), Files.size(file), workspaceSave,
				workspaceSave.get(workspaceSave.size() / 2), atomicSave, atomicSave.get(atomicSave.size() / 2),
				(double) workspaceSave.get(workspaceSave.size() / 2) / Math.max(1, atomicSave.get(atomicSave.size() / 2)));
		write("editor-table-and-save.txt", report);
	}

	/** Saves the strategy as the only strategy of a new client project of the workbench's workspace. */
	private static Path inAClientOfItsOwn(Strategy strategy, String folder) throws Exception {
		Path workspace = Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().toURI());
		Path file = Files.createDirectories(workspace.resolve(folder + System.nanoTime())).resolve("large.playbook");
		Resource resource = PlaybookFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(strategy);
		new ModelWriter().save(resource);
		org.playbook.workspace.projects.ClientProjects.adoptFolders(null);
		return file;
	}

	/** Prints the figures and keeps them under the test output, for BENCHMARKS.md. */
	private static void write(String name, String report) throws Exception {
		System.out.println(report);
		Path out = Path.of(System.getProperty("playbook.test.output", "target/test-output"), "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve(name), report);
	}

	/** About 10,000 elements, shaped like a large real strategy: metrics, goals, tactics and a long calendar. */
	private static Strategy large() {
		PlaybookFactory f = PlaybookFactory.eINSTANCE;
		Strategy strategy = f.createStrategy();
		strategy.setName("Large strategy");
		ContentPlan plan = f.createContentPlan();
		strategy.setContentPlan(plan);
		for (int i = 0; i < 100; i++) {
			Metric metric = f.createMetric();
			metric.setName("Metric " + i);
			strategy.getMetrics().add(metric);
		}
		for (int i = 0; i < 1_000; i++) {
			Goal goal = f.createGoal();
			goal.setName("Goal " + i);
			goal.setMetric(strategy.getMetrics().get(i % 100));
			goal.setTarget(Double.valueOf(i));
			strategy.getGoals().add(goal);
		}
		for (int i = 0; i < 2_000; i++) {
			Tactic tactic = f.createTactic();
			tactic.setName("Tactic " + i);
			tactic.setNetwork(Network.VALUES.get(i % Network.VALUES.size()));
			tactic.setPostsPerWeek(2);
			tactic.getGoals().add(strategy.getGoals().get(i % 1_000));
			strategy.getTactics().add(tactic);
		}
		for (int i = 0; i < 6_900; i++) {
			CalendarEntry entry = f.createCalendarEntry();
			entry.setTitle("Post " + i);
			entry.setDate(new Date(1_790_000_000_000L + i * 3_600_000L));
			entry.setTactic(strategy.getTactics().get(i % 2_000));
			plan.getCalendarEntries().add(entry);
		}
		return strategy;
	}
}
