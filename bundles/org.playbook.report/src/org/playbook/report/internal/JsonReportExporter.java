package org.playbook.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.playbook.branding.Brand;
import org.playbook.report.ReportExporter;
import org.playbook.report.StrategyReport;

import com.google.gson.ExclusionStrategy;
import com.google.gson.FieldAttributes;
import com.google.gson.GsonBuilder;

/**
 * The report as JSON (Gson), for scripts and dashboards: the gathered reports as they are,
 * but for the brand, which is how a page looks and not what it says.
 */
public final class JsonReportExporter implements ReportExporter {

	@Override
	public String id() {
		return "json";
	}

	@Override
	public String label() {
		return "JSON (for scripts)";
	}

	@Override
	public String fileExtension() {
		return "json";
	}

	@Override
	public void export(List<StrategyReport> reports, OutputStream out) throws IOException {
		Writer json = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().setDateFormat("yyyy-MM-dd").setExclusionStrategies(new ExclusionStrategy() {
			@Override
			public boolean shouldSkipField(FieldAttributes field) {
				return field.getDeclaredClass() == Brand.class;
			}

			@Override
			public boolean shouldSkipClass(Class<?> type) {
				return false;
			}
		}).create().toJson(reports, json);
		json.flush();
	}
}
