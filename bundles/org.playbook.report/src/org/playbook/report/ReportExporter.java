package org.playbook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A format strategy reports are written in. Built in: HTML (one self-contained file with
 * its charts), CSV, JSON and PDF; plugins add more through {@code org.playbook.report.exporters}.
 */
public interface ReportExporter {

	/** The name given after {@code --format}, e.g. {@code html}. */
	String id();

	/** What "Export Report..." lists, e.g. "HTML report (one file, with charts)". */
	String label();

	/** The file name extension, without the dot. */
	String fileExtension();

	/** Writes the reports (one or many strategies) to the stream, UTF-8 where text. */
	void export(List<StrategyReport> reports, OutputStream out) throws IOException;
}
