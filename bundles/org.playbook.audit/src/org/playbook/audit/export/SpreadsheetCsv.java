package org.playbook.audit.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV a spreadsheet opens safely: Commons CSV writes RFC 4180 (quoting, CRLF), and a cell a
 * spreadsheet would run as a formula gets an apostrophe first: one whose first character,
 * after any blanks and line breaks, is =, +, - or @, or that starts with a tab or a carriage
 * return (which spreadsheets skip before reading a formula).
 */
public final class SpreadsheetCsv {
	private final CSVPrinter printer;

	/** Writes to the writer, which stays open; call {@link #flush()} when done. */
	public SpreadsheetCsv(Writer out) throws IOException {
		this.printer = new CSVPrinter(out, CSVFormat.DEFAULT);
	}

	public void row(List<String> cells) throws IOException {
		printer.printRecord(cells.stream().map(SpreadsheetCsv::defused).toList());
	}

	public void flush() throws IOException {
		printer.flush();
	}

	static String defused(String value) {
		String text = value == null ? "" : value;
		if (text.isEmpty()) {
			return text;
		}
		String visible = text.stripLeading();
		boolean formula = "\t\r".indexOf(text.charAt(0)) >= 0 || !visible.isEmpty() && "=+-@\t\r".indexOf(visible.charAt(0)) >= 0;
		return formula ? "'" + text : text;
	}
}
