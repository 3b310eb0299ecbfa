package org.playbook.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.junit.jupiter.api.Test;
import org.playbook.audit.AgencyAudit;
import org.playbook.audit.AuditReport;
import org.playbook.audit.AuditRule;
import org.playbook.audit.Citations;
import org.playbook.audit.Finding;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.audit.builder.AuditMarkers;
import org.playbook.audit.export.AuditFormat;
import org.playbook.audit.rules.BuiltInRules;
import org.playbook.model.ClientStatus;
import org.playbook.workspace.projects.ClientProjects;
import org.playbook.workspace.templates.BlankTemplate;

/** Reports escape what strategists typed; the builder turns findings into markers. */
public class ExportAndBuilderTest {

	@Test
	public void reportsEscapeMarkupAndFormulas() throws Exception {
		Finding finding = new Finding("x.rule", Severity.ERROR, Section.PURPOSE, "<script>alert(1)</script> & \"quotes\"", null, null, List.of(), 0);
		List<AgencyAudit.Result> results = List.of(new AgencyAudit.Result("=HYPERLINK(\"evil\")", Path.of("a.playbook"), "Plan, with comma",
				new AuditReport(List.of(finding))));
		List<AuditRule> rules = BuiltInRules.all();

		String html = write("html", results, rules);
		assertFalse(html.contains("<script>"), html);
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), html);

		String csv = write("csv", results, rules);
		String row = csv.split("\r\n")[1];
		assertTrue(row.startsWith("\"'=HYPERLINK(\"\"evil\"\")\",\"Plan, with comma\""), row);

		String junit = write("junit", results, rules);
		assertTrue(junit.contains("&lt;script&gt;"), junit);
	}

	@Test
	public void buildingAClientPutsItsFindingsOnTheStrategyAsMarkers() throws Exception {
		IProject project = ClientProjects.createClient("Builder Test Co", null, ClientStatus.ACTIVE, new BlankTemplate(), "Empty plan", null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		IFile file = project.getFile("empty-plan.playbook");
		IMarker[] markers = file.findMarkers(AuditMarkers.TYPE, true, IResource.DEPTH_ZERO);
		List<String> rules = Arrays.stream(markers).map(m -> m.getAttribute(AuditMarkers.RULE_ID, "")).toList();
		assertTrue(rules.contains("purpose.missing-why"), rules + " build spec " + Arrays.toString(project.getDescription().getBuildSpec())
				+ " file " + file.exists() + " all markers " + Arrays.toString(project.findMarkers(null, true, IResource.DEPTH_INFINITE)));
		IMarker why = Arrays.stream(markers).filter(m -> m.getAttribute(AuditMarkers.RULE_ID, "").equals("purpose.missing-why")).findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_ERROR, why.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(AuditMarkers.practiceIds(why).contains("purpose.start-with-why"));
		assertTrue(AuditMarkers.score(file) >= 0 && AuditMarkers.score(file) < 50, "an empty strategy scores low: " + AuditMarkers.score(file));
	}

	private static String write(String format, List<AgencyAudit.Result> results, List<AuditRule> rules) throws Exception {
		StringWriter text = new StringWriter();
		AuditFormat.all().stream().filter(f -> f.id().equals(format)).findFirst().orElseThrow().write(results, rules, new Citations(null), text);
		return text.toString();
	}
}
