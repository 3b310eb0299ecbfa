package org.playbook.audit.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.playbook.audit.AgencyAudit;
import org.playbook.audit.AuditRule;
import org.playbook.audit.Citations;
import org.playbook.audit.Elements;
import org.playbook.audit.Finding;
import org.playbook.audit.Section;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The audit as JSON (Gson), for scripts: strategies with their score, section scores and findings with citations. */
final class JsonFormat implements AuditFormat {

	@Override
	public String id() {
		return "json";
	}

	@Override
	public void write(List<AgencyAudit.Result> results, List<AuditRule> rules, Citations citations, Writer out) throws IOException {
		JsonObject root = new JsonObject();
		JsonArray rulesRun = new JsonArray();
		rules.forEach(rule -> rulesRun.add(rule.id()));
		root.add("rules", rulesRun);
		JsonArray strategies = new JsonArray();
		for (AgencyAudit.Result result : results) {
			JsonObject strategy = new JsonObject();
			strategy.addProperty("client", result.client());
			strategy.addProperty("strategy", result.strategy());
			strategy.addProperty("file", String.valueOf(result.file()));
			strategy.addProperty("score", result.report().isReadable() ? Integer.valueOf(result.report().score()) : null);
			JsonObject sections = new JsonObject();
			for (Map.Entry<Section, Integer> section : result.report().sectionScores().entrySet()) {
				sections.addProperty(section.getKey().name().toLowerCase(java.util.Locale.ROOT), section.getValue());
			}
			strategy.add("sections", sections);
			JsonArray findings = new JsonArray();
			for (Finding finding : result.report().findings()) {
				findings.add(finding(finding, citations));
			}
			strategy.add("findings", findings);
			strategies.add(strategy);
		}
		root.add("strategies", strategies);
		new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, out);
		out.flush();
	}

	private static JsonObject finding(Finding finding, Citations citations) {
		JsonObject json = new JsonObject();
		json.addProperty("rule", finding.ruleId());
		json.addProperty("severity", finding.severity().label());
		json.addProperty("section", finding.section().name().toLowerCase(java.util.Locale.ROOT));
		json.addProperty("message", finding.message());
		json.addProperty("cost", finding.cost());
		if (finding.element() != null) {
			json.addProperty("element", Elements.describe(finding.element()));
		}
		if (finding.line() > 0) {
			json.addProperty("line", finding.line());
		}
		JsonArray cited = new JsonArray();
		for (Citations.Citation citation : citations.of(finding)) {
			JsonObject practice = new JsonObject();
			practice.addProperty("id", citation.practiceId());
			practice.addProperty("title", citation.title());
			practice.addProperty("quote", citation.quote());
			practice.addProperty("post", citation.post());
			cited.add(practice);
		}
		json.add("practices", cited);
		return json;
	}
}
