package org.playbook.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Client;
import org.playbook.model.Strategy;
import org.playbook.report.ReportExporter;
import org.playbook.report.Reports;
import org.playbook.report.StrategyReport;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.SampleAgency;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/** Reports read as their readers read them: HTML parsed, CSV and JSON parsed, hostile text escaped. */
public class ReportTest {
	@TempDir
	Path workspace;

	@Test
	public void theHtmlReportHoldsEveryPartOfTheStrategyWithCharts() throws Exception {
		List<StrategyReport> reports = Reports.gather(List.of(client("Harbor")), workspace);
		Document html = Jsoup.parse(export("html", reports));

		assertEquals("2026 social strategy", html.selectFirst("article h1").text());
		assertEquals("Harbor Roast Coffee", html.selectFirst("article .client").text());
		assertTrue(html.selectFirst(".why").text().length() > 20, "the why");
		Strategy strategy = client("Harbor").getStrategies().get(0);
		assertEquals(strategy.getGoals().size(), html.select("table.goals tr").size() - 1, "a row per goal");
		assertEquals(strategy.getTactics().size(), html.select("table.tactics tr").size() - 1, "a row per tactic");
		assertTrue(html.select("table.chart").size() >= 3, "charts: goal progress, content mix, health by section");
		assertTrue(html.select("table.chart div.bar").stream().anyMatch(bar -> !bar.attr("style").startsWith("width:0.0%")), "bars with a length");
		assertTrue(html.selectFirst("h2:contains(Health)").text().contains(reports.get(0).score() + "/100"));
		assertTrue(html.select("style").size() == 1 && html.select("link, script").isEmpty(), "self-contained, no script");
	}

	@Test
	public void findingsQuoteThePracticesTheyCite() throws Exception {
		Document html = Jsoup.parse(export("html", Reports.gather(List.of(client("Northwind")), workspace)));
		assertTrue(html.select("ul.findings li.error").size() >= 3);
		assertTrue(html.select("ul.findings blockquote").stream().anyMatch(quote -> quote.text().startsWith("Start with why")),
				"the missing why cites Start with why with its quote");
	}

	@Test
	public void scriptQuotesAndNonLatinTextAreEscapedAndKept() throws Exception {
		Client client = client("Harbor");
		client.setName("Café \"Zaïre\" & Söhne <b>");
		Strategy strategy = client.getStrategies().get(0);
		strategy.setName("<script>alert('owned')</script>");
		strategy.getPurpose().setWhy("Кофе для всех, 全ての人にコーヒーを — \"quoted\" & 'single'");

		List<StrategyReport> reports = Reports.gather(List.of(client), workspace);
		Document html = Jsoup.parse(export("html", reports));
		assertTrue(html.select("script").isEmpty(), "no script element");
		assertEquals("<script>alert('owned')</script>", html.selectFirst("article h1").text(), "shown as text");
		assertEquals("Café \"Zaïre\" & Söhne <b>", html.selectFirst(".client").text());
		assertEquals(strategy.getPurpose().getWhy(), html.selectFirst(".why").text());

		String csv = export("csv", reports);
		assertTrue(csv.startsWith("\ufeffclient,strategy,part,item,field,value\r\n"), "UTF-8 with BOM and a header");
		assertTrue(csv.contains("\"Café \"\"Zaïre\"\" & Söhne <b>\""), "quoted as RFC 4180 says");
		assertTrue(csv.contains("Кофе для всех"), "non-Latin text kept");

		JsonArray json = JsonParser.parseString(export("json", reports)).getAsJsonArray();
		assertEquals("<script>alert('owned')</script>", json.get(0).getAsJsonObject().get("strategy").getAsString());
	}

	@Test
	public void csvCellsASpreadsheetWouldRunAsFormulasAreDefused() throws Exception {
		Client client = client("Harbor");
		Strategy strategy = client.getStrategies().get(0);
		List<String> formulas = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1+1", "  =1+1");
		strategy.getGoals().get(0).setName(formulas.get(0));
		for (int i = 1; i < formulas.size(); i++) {
			strategy.getTactics().get(i % strategy.getTactics().size()).setName(formulas.get(i));
			try (var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(export("csv", Reports.gather(List.of(client), workspace)).substring(1)))) {
				String written = formulas.get(i);
				boolean defused = parser.getRecords().stream().anyMatch(row -> row.get("item").equals("'" + written));
				assertTrue(defused, "written with an apostrophe first: " + written.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n"));
			}
		}
	}

	@Test
	public void theCsvHoldsTheCalendarAsTheHtmlAndJsonDo() throws Exception {
		Client client = client("Harbor");
		Strategy strategy = client.getStrategies().get(0);
		List<StrategyReport> reports = Reports.gather(List.of(client), workspace);
		String first = strategy.getContentPlan().getCalendarEntries().get(0).getTitle();
		assertTrue(export("html", reports).contains(first));
		assertTrue(export("json", reports).contains(first));
		try (var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(export("csv", reports).substring(1)))) {
			assertTrue(parser.getRecords().stream().anyMatch(row -> row.get("part").equals("calendar") && row.get("item").equals(first)
					&& row.get("field").equals("date")));
		}
	}

	@Test
	public void theReportShowsTheBrandVoiceAndWhereEachPostsReviewStands() throws Exception {
		Client client = client("Harbor");
		Strategy strategy = client.getStrategies().get(0);
		CalendarEntry reviewed = strategy.getContentPlan().getCalendarEntries().get(1);
		reviewed.setApproval(ApprovalState.CHANGES_REQUESTED);
		reviewed.setReviewer("Dana at <Harbor>");
		reviewed.setReviewComment("Name the farm's region, please");
		List<StrategyReport> reports = Reports.gather(List.of(client), workspace);

		Document html = Jsoup.parse(export("html", reports));
		assertEquals(strategy.getGovernance().getBrandVoice().getTone(), html.selectFirst("dl.voice dt:contains(Tone) + dd").text());
		assertTrue(html.selectFirst("dl.voice dt:contains(never) + dd").text().contains("bargain"), "the words never to use");
		Element row = html.select("table.calendar tr").stream().filter(tr -> tr.text().contains(reviewed.getTitle())).findFirst().orElseThrow();
		assertEquals("Changes requested", row.selectFirst(".approval").text());
		assertTrue(row.text().contains("Dana at <Harbor>") && row.selectFirst(".comment").text().equals("Name the farm's region, please"), row.text());
		assertEquals(strategy.getContentPlan().getCalendarEntries().size() - 1, html.select("table.calendar .approval:contains(Draft)").size(),
				"the others are drafts");

		try (var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(export("csv", reports).substring(1)))) {
			List<CSVRecord> rows = parser.getRecords();
			assertTrue(rows.stream().anyMatch(r -> r.get("item").equals(reviewed.getTitle()) && r.get("field").equals("approval")
					&& r.get("value").equals("Changes requested")));
			assertTrue(rows.stream().anyMatch(r -> r.get("part").equals("brand voice") && r.get("field").equals("words never to use")
					&& r.get("value").contains("cheap")));
		}
		assertTrue(export("json", reports).contains("\"wordsToAvoid\""), "the JSON holds the guide");
	}

	@Test
	public void aFailingExporterLeavesTheFileAsItWas() throws Exception {
		Path file = workspace.resolve("report.html");
		Files.writeString(file, "the previous report");
		ReportExporter broken = new ReportExporter() {
			@Override
			public String id() {
				return "broken";
			}

			@Override
			public String label() {
				return "Broken";
			}

			@Override
			public String fileExtension() {
				return "html";
			}

			@Override
			public void export(List<StrategyReport> reports, OutputStream out) throws IOException {
				out.write("half a repo".getBytes(StandardCharsets.UTF_8));
				throw new IllegalStateException("a bug in an agency's exporter");
			}
		};
		IOException failure = assertThrows(IOException.class, () -> Reports.write(broken, Reports.gather(List.of(client("Harbor")), workspace), file));
		assertTrue(failure.getMessage().contains("broken exporter failed"), failure.getMessage());
		assertEquals("the previous report", Files.readString(file));
	}

	@Test
	public void theBuiltInExportersComeFromTheExtensionPoint() {
		assertEquals(List.of("html", "csv", "json", "pdf"), Reports.exporters().stream().map(ReportExporter::id).limit(4).toList());
	}

	private Client client(String prefix) throws IOException {
		if (!Files.exists(workspace.resolve("harbor-roast"))) {
			SampleAgency.install(workspace);
		}
		Agency agency = new AgencyLoader().load(workspace);
		return agency.getClients().stream().filter(c -> c.getName().startsWith(prefix)).findFirst().orElseThrow();
	}

	private static String export(String format, List<StrategyReport> reports) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Reports.exporter(format).export(reports, bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
