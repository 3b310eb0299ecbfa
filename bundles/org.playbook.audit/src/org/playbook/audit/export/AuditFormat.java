package org.playbook.audit.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.playbook.audit.AgencyAudit;
import org.playbook.audit.AuditRule;
import org.playbook.audit.Citations;

/** A way to write an agency's audit down: for a CI server (JUnit XML), a spreadsheet (CSV), a script (JSON), a person (HTML). */
public interface AuditFormat {

	/** The name given after --format. */
	String id();

	void write(List<AgencyAudit.Result> results, List<AuditRule> rules, Citations citations, Writer out) throws IOException;

	/** The formats the command line offers. */
	static List<AuditFormat> all() {
		return List.of(new JUnitFormat(), new CsvFormat(), new JsonFormat(), new HtmlFormat());
	}
}
