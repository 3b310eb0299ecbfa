package org.playbook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.playbook.audit.AgencyAudit;
import org.playbook.audit.AuditRules;
import org.playbook.audit.Auditor;
import org.playbook.audit.Thresholds;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;

/**
 * The nightly headless audit of 1,000 strategies: the sample agency's four strategies copied
 * into 250 client folders each way, audited as "playbook audit" does (load every file, run
 * every rule), against only loading the same workspace in the same process. Run from the
 * project root: releng/org.playbook.benchmarks/run.sh AuditBenchmark [strategies]
 */
public final class AuditBenchmark {

	public static void main(String[] args) throws Exception {
		int strategies = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
		Path sample = Path.of("bundles/org.playbook.workspace/sample");
		if (!Files.isDirectory(sample)) {
			throw new IllegalStateException("run from the project root: the sample agency is read from " + sample);
		}
		Path workspace = Files.createTempDirectory("playbook-audit-bench");
		List<Path> clients;
		try (Stream<Path> folders = Files.list(sample)) {
			clients = folders.filter(Files::isDirectory).sorted().toList();
		}
		for (int i = 0; i < strategies; i++) {
			Path from = clients.get(i % clients.size());
			Path to = Files.createDirectories(workspace.resolve(String.format("client-%04d", i)));
			copy(from, to);
		}
		Auditor auditor = new Auditor(AuditRules.builtIn(), Thresholds.DEFAULTS);
		int warmup = 2, runs = 5;
		Timings audit = new Timings("audit of " + strategies + " strategies (load + rules)", runs);
		Timings load = new Timings("load of the same workspace only", runs);
		int findings = 0;
		for (int i = 0; i < warmup + runs; i++) {
			long t0 = System.nanoTime();
			List<AgencyAudit.Result> results = new AgencyAudit(auditor).run(workspace);
			long t1 = System.nanoTime();
			Agency agency = new AgencyLoader().load(workspace);
			long t2 = System.nanoTime();
			if (results.size() != strategies || agency.getClients().size() != strategies) {
				throw new IllegalStateException("expected " + strategies + " strategies, audited " + results.size());
			}
			findings = results.stream().mapToInt(r -> r.report().findings().size()).sum();
			if (i >= warmup) {
				audit.add(t1 - t0);
				load.add(t2 - t1);
			}
		}
		System.out.println(audit);
		System.out.println(load);
		System.out.printf("findings per run: %d%n", findings);
		System.out.printf("audit p50: %.0f ms for %d strategies (goal <= 10000 ms for 1,000)%n", audit.percentileMillis(50), strategies);
		System.out.printf("ratio audit / load only: %.2f%n", audit.percentileMillis(50) / load.percentileMillis(50));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}
}
