package org.playbook.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.playbook.model.CalendarEntry;
import org.playbook.model.ContentIntent;
import org.playbook.model.ContentPlan;
import org.playbook.model.Goal;
import org.playbook.model.Governance;
import org.playbook.model.Measurement;
import org.playbook.model.Metric;
import org.playbook.model.Network;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Role;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;
import org.playbook.workspace.PlaybookFiles;

/**
 * Load and save of a 10,000-element strategy through Playbook's safe path (ModelReader with
 * its checks; ModelWriter with temp file, fsync, backup and atomic rename), side by side
 * with EMF's own resource load and save of the same file in the same process.
 */
public final class ModelBenchmark {
	private static final PlaybookFactory F = PlaybookFactory.eINSTANCE;

	public static void main(String[] args) throws Exception {
		int elements = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int warmup = 5, runs = 20;
		Path folder = Files.createTempDirectory("playbook-bench");
		Path safeFile = folder.resolve("safe.playbook");
		Path rawFile = folder.resolve("raw.playbook");

		Strategy strategy = build(elements);
		Resource resource = PlaybookFiles.newResourceSet().createResource(URI.createFileURI(safeFile.toString()));
		resource.getContents().add(strategy);
		System.out.printf("strategy with %d elements%n", count(strategy));

		Timings safeSave = new Timings("Playbook save (atomic + backup)", runs);
		Timings rawSave = new Timings("EMF Resource.save to file", runs);
		Timings safeLoad = new Timings("Playbook load (ModelReader)", runs);
		Timings rawLoad = new Timings("EMF Resource.load from file", runs);
		ModelWriter writer = new ModelWriter();
		for (int i = 0; i < warmup + runs; i++) {
			boolean measured = i >= warmup;
			long t0 = System.nanoTime();
			writer.save(resource, safeFile);
			long t1 = System.nanoTime();
			resource.setURI(URI.createFileURI(rawFile.toString()));
			resource.save(Map.of());
			resource.setURI(URI.createFileURI(safeFile.toString()));
			long t2 = System.nanoTime();
			LoadResult<Strategy> loaded = new ModelReader().read(safeFile, Strategy.class);
			long t3 = System.nanoTime();
			ResourceSet plain = PlaybookFiles.newResourceSet();
			plain.getResource(URI.createFileURI(rawFile.toString()), true);
			long t4 = System.nanoTime();
			if (!loaded.isOk()) {
				throw new IllegalStateException(loaded.diagnostic().getMessage());
			}
			if (measured) {
				safeSave.add(t1 - t0);
				rawSave.add(t2 - t1);
				safeLoad.add(t3 - t2);
				rawLoad.add(t4 - t3);
			}
		}
		System.out.printf("file size %,d bytes%n", Files.size(safeFile));
		for (Timings t : new Timings[] { safeSave, rawSave, safeLoad, rawLoad }) {
			System.out.println(t);
		}
		System.out.printf("ratio save  Playbook / EMF: %.2f%n", safeSave.percentileMillis(50) / rawSave.percentileMillis(50));
		System.out.printf("ratio load  Playbook / EMF: %.2f%n", safeLoad.percentileMillis(50) / rawLoad.percentileMillis(50));
		System.out.printf("load + save p50: %.1f ms (goal <= 1000 ms)%n", safeSave.percentileMillis(50) + safeLoad.percentileMillis(50));
	}

	/** A strategy of about the given number of elements, shaped like a large real one. */
	static Strategy build(int elements) {
		Strategy strategy = F.createStrategy();
		strategy.setName("Benchmark strategy");
		Governance governance = F.createGovernance();
		strategy.setGovernance(governance);
		ContentPlan plan = F.createContentPlan();
		strategy.setContentPlan(plan);
		Network[] networks = Network.values();
		int unit = Math.max(1, elements / 100);
		for (int i = 0; i < unit; i++) {
			Role role = F.createRole();
			role.setName("Role " + i);
			governance.getRoles().add(role);
			Metric metric = F.createMetric();
			metric.setName("Metric " + i);
			metric.setUnit("%");
			strategy.getMetrics().add(metric);
		}
		for (int i = 0; i < unit * 10; i++) {
			Goal goal = F.createGoal();
			goal.setName("Goal " + i);
			goal.setMetric(strategy.getMetrics().get(i % unit));
			goal.setBaseline(Double.valueOf(i));
			goal.setTarget(Double.valueOf(i * 2));
			goal.setDeadline(new Date(1_790_000_000_000L));
			strategy.getGoals().add(goal);
		}
		for (int i = 0; i < unit * 20; i++) {
			Tactic tactic = F.createTactic();
			tactic.setName("Tactic " + i);
			tactic.setNetwork(networks[i % networks.length]);
			tactic.setPostsPerWeek(3);
			tactic.setOwner(governance.getRoles().get(i % unit));
			tactic.getGoals().add(strategy.getGoals().get(i % strategy.getGoals().size()));
			strategy.getTactics().add(tactic);
		}
		for (int i = 0; i < unit * 40; i++) {
			CalendarEntry entry = F.createCalendarEntry();
			entry.setTitle("Post " + i + ": how to brew a better cup");
			entry.setDate(new Date(1_767_225_600_000L + i * 3_600_000L));
			entry.setIntent(ContentIntent.get(i % 3));
			entry.setTactic(strategy.getTactics().get(i % strategy.getTactics().size()));
			plan.getCalendarEntries().add(entry);
		}
		for (int i = 0; i < unit * 28; i++) {
			Measurement measurement = F.createMeasurement();
			measurement.setMetric(strategy.getMetrics().get(i % unit));
			measurement.setPeriodStart(new Date(1_767_225_600_000L));
			measurement.setPeriodEnd(new Date(1_769_904_000_000L));
			measurement.setValue(i * 1.5);
			strategy.getMeasurements().add(measurement);
		}
		return strategy;
	}

	static int count(EObject root) {
		int n = 1;
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext(); it.next()) {
			n++;
		}
		return n;
	}

	private ModelBenchmark() {
	}
}
