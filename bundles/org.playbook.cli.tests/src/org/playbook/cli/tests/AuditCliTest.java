package org.playbook.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.cli.PlaybookCli;
import org.playbook.workspace.SampleAgency;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** "playbook audit" as an agency's nightly CI job runs it: reports that parse, exit codes that mean something. */
public class AuditCliTest {
	@TempDir
	Path workspace;
	@TempDir
	Path reports;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return PlaybookCli.run(List.of(args), null, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	public void theSampleAgencyFailsOnItsWeakClientAndTheJUnitReportIsValid() throws Exception {
		SampleAgency.install(workspace);
		Path report = reports.resolve("audit.xml");

		assertEquals(1, run("audit", workspace.toString(), "--format", "junit", "--out", report.toString()), err.toString());

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document xml = factory.newDocumentBuilder().parse(report.toFile());
		NodeList suites = xml.getElementsByTagName("testsuite");
		assertEquals(4, suites.getLength(), "one suite per strategy");
		Element northwind = null;
		for (int i = 0; i < suites.getLength(); i++) {
			Element suite = (Element) suites.item(i);
			if (suite.getAttribute("name").startsWith("Northwind")) {
				northwind = suite;
			}
		}
		assertTrue(Integer.parseInt(northwind.getAttribute("failures")) >= 3, "the weak client's errors fail the build");
		assertTrue(xml.getElementsByTagName("failure").item(0).getTextContent().contains("see "), "a failure cites its practice");
	}

	@Test
	public void jsonCsvAndHtmlReportsCiteThePractices() throws Exception {
		SampleAgency.install(workspace);

		assertEquals(1, run("audit", workspace.toString(), "--format", "json"));
		JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
		JsonArray strategies = json.getAsJsonArray("strategies");
		assertEquals(4, strategies.size());
		JsonObject worst = strategies.get(0).getAsJsonObject();
		assertEquals("Northwind Dental Group", worst.get("client").getAsString(), "worst first");
		JsonObject why = worst.getAsJsonArray("findings").asList().stream().map(f -> f.getAsJsonObject())
				.filter(f -> f.get("rule").getAsString().equals("purpose.missing-why")).findFirst().orElseThrow();
		JsonObject cited = why.getAsJsonArray("practices").get(0).getAsJsonObject();
		assertEquals("Start with why", cited.get("title").getAsString());
		assertTrue(cited.get("quote").getAsString().length() > 20, "the post is quoted");

		Path csv = reports.resolve("audit.csv");
		assertEquals(1, run("audit", workspace.toString(), "--format", "csv", "--out", csv.toString()));
		List<String> lines = Files.readAllLines(csv);
		assertEquals("client,strategy,file,score,rule,severity,section,message,element,line,practices", lines.get(0));

		Path html = reports.resolve("audit.html");
		assertEquals(1, run("audit", workspace.toString(), "--format", "html", "--out", html.toString()));
		assertTrue(Files.readString(html).contains("<blockquote>"), "quotes in the HTML report");
	}

	@Test
	public void anUnreadableFileIsAFindingAndTheRestIsAudited() throws Exception {
		SampleAgency.install(workspace);
		Files.writeString(workspace.resolve("harbor-roast/broken.playbook"), "<?xml version=\"1.0\"?>\n<playbook:Strategy xmlns:playbook=");

		assertEquals(1, run("audit", workspace.toString(), "--format", "json"));

		JsonArray strategies = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("strategies");
		assertEquals(5, strategies.size(), "four strategies and the broken file");
		JsonObject broken = strategies.asList().stream().map(s -> s.getAsJsonObject())
				.filter(s -> s.get("file").getAsString().endsWith("broken.playbook")).findFirst().orElseThrow();
		JsonObject finding = broken.getAsJsonArray("findings").get(0).getAsJsonObject();
		assertEquals("file.unreadable", finding.get("rule").getAsString());
		assertEquals(2, finding.get("line").getAsInt());
		assertTrue(!broken.has("score") || broken.get("score").isJsonNull(), "a file that cannot be read has no score: " + broken);
		assertTrue(strategies.get(0).getAsJsonObject().get("file").getAsString().endsWith("broken.playbook"), "and comes first, worst first");

		assertEquals(1, run("audit", workspace.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("").startsWith(" --  harbor-roast / broken.playbook"),
				out.toString(StandardCharsets.UTF_8));
	}

	@Test
	public void theReportCommandWritesOneClientsHtmlReport() throws Exception {
		SampleAgency.install(workspace);
		Path html = reports.resolve("harbor.html");

		assertEquals(0, run("report", workspace.toString(), "--client", "harbor-roast", "--out", html.toString()), err.toString());

		String text = Files.readString(html);
		assertTrue(text.contains("<h1>2026 social strategy</h1>") && text.contains("<table class=\"chart\">"), "the strategy with its charts");
		assertTrue(!text.contains("Northwind"), "only the client asked for");
		assertEquals(2, run("report", workspace.toString(), "--format", "docx", "--out", html.toString()));
		assertEquals(2, run("report", workspace.toString(), "--client", "Nobody", "--out", html.toString()));
		assertEquals(2, run("report", workspace.toString()));
	}

	@Test
	public void theReportCommandWritesAPdfAndNamesABrandSettingItCannotUse() throws Exception {
		SampleAgency.install(workspace);
		Path settings = Files.createDirectories(workspace.resolve("harbor-roast/.settings")).resolve("org.playbook.branding.prefs");
		Files.writeString(settings, "name=Tidewater Social\nprimaryColour=teal\n");
		Path pdf = reports.resolve("harbor.pdf");

		assertEquals(0, run("report", workspace.toString(), "--client", "harbor-roast", "--format", "pdf", "--out", pdf.toString()), err.toString());

		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("warning: the brand of Harbor Roast Coffee: [the primary colour \"teal\" is not a colour"),
				err.toString(StandardCharsets.UTF_8));
	}

	@Test
	public void actualsAreImportedIntoTheStrategyAndABadExportChangesNothing() throws Exception {
		SampleAgency.install(workspace);
		Path strategy = workspace.resolve("harbor-roast/2026-social.playbook");
		Path export = reports.resolve("posts.csv");
		Files.writeString(export, "Date,Network,Text\n2026-01-05,Instagram,Buy our beans\n2026-01-06,Instagram,Shop the sale\n"
				+ "2026-01-07,Instagram,20% off today\n2026-01-08,Instagram,Order now\n2026-01-09,Instagram,Meet Rosa\n");

		assertEquals(0, run("actuals", export.toString(), "--strategy", strategy.toString()), err.toString());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Imported 5 posts on 1 network"), out.toString());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("posted 80% (4 of 5 posts)"), out.toString());
		assertTrue(Files.readString(strategy).contains("Promotional posts"));

		String before = Files.readString(strategy);
		Files.writeString(export, "Date,Network\n2026-01-05,Instagram\nyesterday,Instagram\n");
		assertEquals(1, run("actuals", export.toString(), "--strategy", strategy.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 3") && err.toString(StandardCharsets.UTF_8).contains("Nothing was imported"),
				err.toString());
		assertEquals(before, Files.readString(strategy), "the strategy is as it was");
	}

	@Test
	public void aCleanWorkspaceExitsZeroAndBadArgumentsExitTwo() throws Exception {
		Path clean = Files.createDirectories(workspace.resolve("only-harbor"));
		SampleAgency.install(reports);
		Files.createDirectories(clean.resolve("harbor-roast"));
		Files.copy(reports.resolve("harbor-roast/2026-social.playbook"), clean.resolve("harbor-roast/2026-social.playbook"));
		Files.copy(reports.resolve("harbor-roast/client.pbclient"), clean.resolve("harbor-roast/client.pbclient"));

		assertEquals(0, run("audit", clean.toString()), err.toString());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Harbor Roast Coffee"));

		assertEquals(2, run("audit", clean.toString(), "--format", "pdf"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown format 'pdf'"), err.toString());
		assertEquals(2, run("audit", workspace.resolve("nowhere").toString()));
		assertEquals(2, run("audit", clean.toString(), "--out", "x.xml"));
		assertEquals(0, run("audit", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Exit codes"));
	}
}
