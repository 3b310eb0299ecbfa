package org.playbook.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.playbook.report.ReportExporter;
import org.playbook.report.StrategyReport;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The client report as PDF, for clients who want a document mailed: the HTML report's own
 * page, branding and charts included, laid out on A4 by openhtmltopdf on PDFBox, a page or
 * more per strategy. jsoup turns the HTML into the well-formed document the renderer reads.
 * Text is set in the PDF's standard fonts, which hold Western European letters; others
 * show as a placeholder.
 */
public final class PdfReportExporter implements ReportExporter {

	@Override
	public String id() {
		return "pdf";
	}

	@Override
	public String label() {
		return "PDF (to send, with charts)";
	}

	@Override
	public String fileExtension() {
		return "pdf";
	}

	@Override
	public void export(List<StrategyReport> reports, OutputStream out) throws IOException {
		XRLog.setLoggingEnabled(false); // its layout notes would go to every command's error stream
		PdfRendererBuilder pdf = new PdfRendererBuilder();
		pdf.useFastMode();
		pdf.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(HtmlReportExporter.document(reports))), null);
		pdf.toStream(out);
		pdf.run();
	}
}
