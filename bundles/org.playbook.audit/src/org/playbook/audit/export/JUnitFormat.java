package org.playbook.audit.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.playbook.audit.AgencyAudit;
import org.playbook.audit.AuditRule;
import org.playbook.audit.Citations;
import org.playbook.audit.Elements;
import org.playbook.audit.Finding;
import org.playbook.audit.Severity;

/**
 * JUnit XML, which every CI server shows: a test suite per strategy, a test case per rule;
 * error-level findings are failures (they fail the build), warnings and notes are the test
 * case's output. Written with the JDK's XML writer, so every text is escaped.
 */
final class JUnitFormat implements AuditFormat {

	@Override
	public String id() {
		return "junit";
	}

	@Override
	public void write(List<AgencyAudit.Result> results, List<AuditRule> rules, Citations citations, Writer out) throws IOException {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("testsuites");
			xml.writeAttribute("name", "Playbook audit");
			for (AgencyAudit.Result result : results) {
				writeSuite(xml, result, rules, citations);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		} catch (XMLStreamException e) {
			throw new IOException("the JUnit report could not be written: " + e.getMessage(), e);
		}
	}

	private static void writeSuite(XMLStreamWriter xml, AgencyAudit.Result result, List<AuditRule> rules, Citations citations)
			throws XMLStreamException {
		boolean unreadable = result.report().findings().stream().anyMatch(f -> AgencyAudit.UNREADABLE.equals(f.ruleId()));
		// every rule that ran is a test case; findings of no listed rule (a rule that failed) get one too
		java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
		if (!unreadable) {
			rules.forEach(rule -> ids.add(rule.id()));
		}
		result.report().findings().forEach(finding -> ids.add(finding.ruleId()));
		List<String> ruleIds = List.copyOf(ids);
		xml.writeStartElement("testsuite");
		xml.writeAttribute("name", result.client() + " / " + result.strategy());
		xml.writeAttribute("tests", String.valueOf(ruleIds.size()));
		long failing = ruleIds.stream().filter(id -> result.report().findings().stream()
				.anyMatch(f -> f.ruleId().equals(id) && f.severity() == Severity.ERROR)).count();
		xml.writeAttribute("failures", String.valueOf(failing));
		xml.writeAttribute("errors", "0");
		xml.writeStartElement("properties");
		property(xml, "score", result.report().isReadable() ? String.valueOf(result.report().score()) : "none (cannot be read)");
		property(xml, "file", String.valueOf(result.file()));
		xml.writeEndElement();
		for (String ruleId : ruleIds) {
			List<Finding> findings = result.report().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
			xml.writeStartElement("testcase");
			xml.writeAttribute("classname", result.client() + "." + result.strategy());
			xml.writeAttribute("name", ruleId);
			List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
			if (!errors.isEmpty()) {
				xml.writeStartElement("failure");
				xml.writeAttribute("type", "error");
				xml.writeAttribute("message", errors.get(0).message());
				xml.writeCharacters(describe(errors, citations, result));
				xml.writeEndElement();
			}
			List<Finding> others = findings.stream().filter(f -> f.severity() != Severity.ERROR).toList();
			if (!others.isEmpty()) {
				xml.writeStartElement("system-out");
				xml.writeCharacters(describe(others, citations, result));
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static String describe(List<Finding> findings, Citations citations, AgencyAudit.Result result) {
		return findings.stream().map(f -> f.severity().label() + ": " + f.message()
				+ (f.element() != null ? "\n  at " + Elements.describe(f.element()) : "")
				+ (f.line() > 0 ? "\n  at " + result.file() + ":" + f.line() : "")
				+ citations.of(f).stream().map(c -> "\n  see " + c.text()).collect(Collectors.joining()))
				.collect(Collectors.joining("\n"));
	}

	private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeEmptyElement("property");
		xml.writeAttribute("name", name);
		xml.writeAttribute("value", value);
	}
}
