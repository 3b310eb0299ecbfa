package org.playbook.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.playbook.audit.AgencyAudit;
import org.playbook.audit.AuditRule;
import org.playbook.audit.AuditRules;
import org.playbook.audit.Auditor;
import org.playbook.audit.Citations;
import org.playbook.audit.Severity;
import org.playbook.audit.Thresholds;
import org.playbook.audit.export.AuditFormat;
import org.playbook.library.Library;
import org.playbook.workspace.AtomicFileWriter;

/** playbook audit [WORKSPACE] [--format junit|csv|json|html] [--out FILE] */
final class AuditCommand implements Command {

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String summary() {
		return "audit every client's strategies; exit 1 when any error is found";
	}

	@Override
	public String usage() {
		return "[WORKSPACE] [--format junit|csv|json|html] [--out FILE]";
	}

	@Override
	public String description() {
		return """
				Audits every strategy of every client in the workspace folder (the one given,
				else -data, else ~/playbook-workspace) against the practice library's rules,
				with the thresholds of the workspace's preferences. Each finding names the
				practice that warns about it and quotes its post. A strategy file that cannot
				be read is a finding of its own (file and line); the rest is still audited.

				Without --format a summary is printed, worst strategies first.

				Options:
				  --format F   junit (for CI servers), csv, json or html
				  --out FILE   write the report to FILE (replaced atomically) instead of the console

				Exit codes: 0 no error-level finding, 1 at least one, 2 wrong arguments.
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("audit", "audit ~/playbook-workspace --format junit --out audit.xml", "audit --format html --out audit.html");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of("format", "out"));
		Path folder = arguments.workspaceFolder(workspace, "audit");
		String formatName = arguments.option("format");
		AuditFormat format = formatName == null ? null
				: AuditFormat.all().stream().filter(f -> f.id().equals(formatName)).findFirst().orElseThrow(() -> new Arguments.UsageException(
						"unknown format '" + formatName + "'; use one of " + AuditFormat.all().stream().map(AuditFormat::id).collect(Collectors.joining(", "))));
		if (arguments.option("out") != null && format == null) {
			throw new Arguments.UsageException("--out needs a --format");
		}

		List<AuditRules.ContributedRule> contributed = AuditRules.all();
		List<AuditRule> rules = contributed.stream().map(AuditRules.ContributedRule::rule).toList();
		List<AgencyAudit.Result> results = new AgencyAudit(new Auditor(contributed, Thresholds.fromPreferences())).run(folder);
		if (results.isEmpty()) {
			// a nightly job pointed at the wrong folder must not pass for auditing nothing
			throw new Arguments.UsageException(folder + " holds no strategies: name the agency workspace, the folder that holds the client folders");
		}
		Citations citations = new Citations(Library.load(folder));
		if (format == null) {
			printSummary(results, out);
		} else if (arguments.option("out") == null) {
			Writer console = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			format.write(results, rules, citations, console);
			console.flush();
		} else {
			writeFile(Arguments.path(arguments.option("out")), format, results, rules, citations);
			out.println("Wrote the " + format.id() + " report of " + Arguments.count(results.size(), "strategy", "strategies") + " to " + arguments.option("out") + ".");
		}
		long errors = results.stream().mapToLong(result -> result.report().count(Severity.ERROR)).sum();
		if (errors > 0) {
			err.println(errors + " error-level findings in " + results.stream().filter(r -> r.report().hasErrors()).count() + " of "
					+ Arguments.count(results.size(), "strategy", "strategies") + ".");
		}
		return errors > 0 ? FAILED : OK;
	}

	private static void writeFile(Path file, AuditFormat format, List<AgencyAudit.Result> results, List<AuditRule> rules, Citations citations)
			throws IOException {
		StringWriter text = new StringWriter();
		format.write(results, rules, citations, text);
		new AtomicFileWriter().replace(file, text.toString().getBytes(StandardCharsets.UTF_8)); // creates the folder too
	}

	private static void printSummary(List<AgencyAudit.Result> results, PrintStream out) {
		for (AgencyAudit.Result result : results) {
			out.printf("%3s  %s / %s  (%d errors, %d warnings)%n", result.report().isReadable() ? String.valueOf(result.report().score()) : "--",
					result.client(), result.strategy(),
					result.report().count(Severity.ERROR), result.report().count(Severity.WARNING));
			result.report().findings().stream().filter(f -> f.severity() == Severity.ERROR)
					.forEach(f -> out.println("       error: " + f.message()));
		}
	}
}
