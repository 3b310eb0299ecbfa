package org.playbook.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
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
 * strategy in the editor, from the open call to the first page painted, against reading the
 * same file with ModelReader alone in the same process.
 */
@EnabledIfSystemProperty(named = "playbook.benchmark", matches = "true")
public class EditorOpenBenchmark {
	private static final int RUNS = 7;

	@Test
	public void openATenThousandElementStrategy() throws Exception {
		Path file = Files.createTempDirectory("editor-bench").resolve("large.playbook");
		Strategy strategy = large();
		Resource resource = PlaybookFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(strategy);
		new ModelWriter().save(resource);
		int elements = 0;
		for (var it = strategy.eAllContents(); it.hasNext(); it.next()) {
			elements++;
		}

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		List<Long> open = new ArrayList<>(), read = new ArrayList<>();
		for (int run = 0; run < RUNS + 1; run++) {
			page.closeAllEditors(false);
			UiTestSupport.flush();
			long start = System.nanoTime();
			StrategyEditor editor = (StrategyEditor) IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
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
		System.out.println(report);
		Path out = Path.of(System.getProperty("playbook.test.output", "target/test-output"), "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve("editor-open.txt"), report);
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
