package org.playbook.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.playbook.audit.Auditor;
import org.playbook.branding.Brand;
import org.playbook.branding.Brands;
import org.playbook.audit.Citations;
import org.playbook.library.Library;
import org.playbook.model.Client;
import org.playbook.model.Strategy;
import org.playbook.report.internal.CsvReportExporter;
import org.playbook.report.internal.HtmlReportExporter;
import org.playbook.report.internal.JsonReportExporter;
import org.playbook.report.internal.PdfReportExporter;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AtomicFileWriter;
import org.playbook.workspace.Contributions;

/** The exporters there are, and writing a report file with one of them. */
public final class Reports {
	public static final String EXTENSION_POINT = "org.playbook.report.exporters";

	private Reports() {
	}

	/** The exporters of the extension registry (the built-in four among them), or the built-in four outside the platform. */
	public static List<ReportExporter> exporters() {
		List<ReportExporter> exporters = Contributions.create(EXTENSION_POINT, "exporter",
				element -> (ReportExporter) element.createExecutableExtension("class"));
		return exporters.isEmpty() ? List.of(new HtmlReportExporter(), new CsvReportExporter(), new JsonReportExporter(), new PdfReportExporter()) : exporters;
	}

	public static ReportExporter exporter(String id) {
		return exporters().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
	}

	/** The reports of the clients' strategies, audited with the preferences' thresholds, citing the workspace's library. */
	public static List<StrategyReport> gather(List<Client> clients, Path workspace) {
		Auditor auditor = new Auditor();
		Citations citations = new Citations(Library.load(workspace));
		List<StrategyReport> reports = new ArrayList<>();
		for (Client client : clients) {
			Brand brand = brandOf(client);
			for (Strategy strategy : client.getStrategies()) {
				reports.add(StrategyReport.of(client.getName(), strategy, auditor.audit(strategy), citations, brand));
			}
		}
		return reports;
	}

	/** The brand the client's reports carry: its folder's own settings over the agency's. */
	public static Brand brandOf(Client client) {
		Path file = Agency.fileOf(client);
		return file == null ? Brands.agency() : Brands.of(file.getParent());
	}

	/**
	 * Writes the reports to the file: the exporter writes into memory first, so an exporter
	 * that fails leaves the file as it was; then the file is replaced atomically.
	 */
	public static void write(ReportExporter exporter, List<StrategyReport> reports, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			exporter.export(reports, bytes);
		} catch (RuntimeException e) {
			throw new IOException("the " + exporter.id() + " exporter failed: " + e, e);
		}
		new AtomicFileWriter().replace(file, bytes.toByteArray()); // creates the folder too
	}
}
