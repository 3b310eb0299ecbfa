package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.playbook.model.Client;
import org.playbook.report.ReportExporter;
import org.playbook.report.Reports;
import org.playbook.report.StrategyReport;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;

/** playbook report [WORKSPACE] [--client NAME] [--format html|csv|json|...] --out FILE */
final class ReportCommand implements Command {

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String summary() {
		return "write the client report (HTML or PDF with charts, CSV, JSON) of one client or all";
	}

	@Override
	public String usage() {
		return "[WORKSPACE] [--client NAME] [--format FORMAT] --out FILE";
	}

	@Override
	public String description() {
		return """
				Writes the report of every strategy of the client named with --client (or of
				every client): the why, goals with their KPIs and latest actuals, tactics and the
				goals they serve, the content mix and calendar, governance, the health score and
				the audit's findings with the practices and quotes they cite. Each post shows
				where the client's review of it stands, and the brand voice guide is included.
				HTML and PDF carry the agency's name, logo and colours (Window > Preferences >
				Branding in the workbench), or the client's own where it sets them (Properties >
				Branding of the client, kept in its folder's .settings/org.playbook.branding.prefs;
				keys name, logo, primaryColour and accentColour as #rrggbb).

				Options:
				  --client NAME  only this client (its name, or its folder's name)
				  --format F     html (default: one file with its charts, prints well), pdf (A4, to
				                 send), csv, json, or a format a plugin adds
				  --out FILE     the file to write (replaced atomically; a failed export leaves it as it was)
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("report --client \"Harbor Roast Coffee\" --out harbor-roast.html",
				"report --client \"Harbor Roast Coffee\" --format pdf --out harbor-roast.pdf", "report ~/playbook-workspace --format csv --out portfolio.csv");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of("client", "format", "out"));
		Path folder = arguments.workspaceFolder(workspace, "report");
		if (arguments.option("out") == null) {
			throw new Arguments.UsageException("--out FILE is needed");
		}
		String formatName = arguments.option("format") == null ? "html" : arguments.option("format");
		ReportExporter exporter = Reports.exporter(formatName);
		if (exporter == null) {
			throw new Arguments.UsageException("unknown format '" + formatName + "'; use one of "
					+ Reports.exporters().stream().map(ReportExporter::id).collect(Collectors.joining(", ")));
		}
		Agency agency = new AgencyLoader().load(folder);
		String wanted = arguments.option("client");
		List<Client> clients = agency.getClients().stream().filter(client -> wanted == null || wanted.equalsIgnoreCase(client.getName())
				|| Agency.fileOf(client) != null && wanted.equals(Agency.fileOf(client).getParent().getFileName().toString())).toList();
		if (clients.isEmpty()) {
			throw new Arguments.UsageException(wanted == null ? "the workspace has no client" : "no client '" + wanted + "'");
		}
		agency.getProblems().forEach(problem -> err.println("warning: not in the report: " + problem.getMessage()));
		List<StrategyReport> reports = Reports.gather(clients, folder);
		reports.stream().filter(report -> !report.brand().warnings().isEmpty()).map(report -> report.client() + ": " + report.brand().warnings())
				.distinct().forEach(warning -> err.println("warning: the brand of " + warning));
		Reports.write(exporter, reports, Arguments.path(arguments.option("out")));
		out.println("Wrote the " + exporter.id() + " report of " + Arguments.count(reports.size(), "strategy", "strategies") + " of "
				+ Arguments.count(clients.size(), "client", "clients") + " to "
				+ arguments.option("out") + ".");
		return OK;
	}
}
