package org.playbook.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.audit.AuditRules;
import org.playbook.audit.Auditor;
import org.playbook.audit.Finding;
import org.playbook.audit.Thresholds;
import org.playbook.audit.rules.ActualMetrics;
import org.playbook.model.Measurement;
import org.playbook.model.Network;
import org.playbook.model.Strategy;
import org.playbook.report.actuals.ActualsException;
import org.playbook.report.actuals.ActualsImport;
import org.playbook.report.actuals.ActualsReader;
import org.playbook.report.actuals.ColumnMapping;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.SampleAgency;

/** Social tools' CSV exports become measurements, or are refused whole with the line that is wrong. */
public class ActualsTest {
	private static final String EXPORT = """
			Date,Network,Text,Impressions,Engagements,Clicks,Link
			2026-01-05,Instagram,"Meet Rosa, who roasts our beans",1200,80,5,
			2026-01-09,Instagram,Shop the new winter blend: 20% off with code WINTER,900,20,40,https://example.com/shop
			2026-01-14,Instagram,"Buy one bag, get a cup free",800,15,30,
			2026-01-20,Facebook,Sale ends Sunday!,400,5,12,
			2026-02-02,Instagram,Order now for Valentine's day,950,22,35,
			2026-02-06,Instagram,"How we brew a flat white, step by step",1500,110,8,
			2026-02-11,Instagram,Limited time offer on mugs,700,9,25,
			2026-02-20,Facebook,Pre-order the spring box,380,4,10,
			""";

	@TempDir
	Path folder;

	@Test
	public void postsBecomeMeasurementsPerNetworkAndMonth() throws Exception {
		Strategy strategy = harbor();
		ActualsImport actuals = ActualsImport.of(strategy, read(EXPORT, ColumnMapping.automatic()), "import: export.csv");

		assertEquals(5, actuals.newMetrics().size(), "posts, promotional posts, impressions, engagements, clicks");
		assertEquals(8.0, total(actuals, ActualMetrics.POSTS, null));
		assertEquals(6.0, total(actuals, ActualMetrics.PROMOTIONAL_POSTS, null), "sales words and codes mark a post promotional");
		assertEquals(6.0, total(actuals, ActualMetrics.POSTS, Network.INSTAGRAM));
		assertEquals(4 * 5, actuals.measurements().size(), "four network-months, five measurements each");
		assertEquals(6830.0, total(actuals, ActualMetrics.IMPRESSIONS, null));
	}

	@Test
	public void theAuditComparesWhatWasPostedWithThePlan() throws Exception {
		Strategy strategy = harbor();
		ActualsImport.of(strategy, read(EXPORT, ColumnMapping.automatic()), "import").applyTo(strategy);

		List<Finding> offPlan = new Auditor(AuditRules.builtIn(), Thresholds.DEFAULTS).audit(strategy).findings().stream()
				.filter(f -> f.ruleId().equals("actuals.off-plan")).toList();

		int planned = strategy.getContentPlan().getPromotionalShare();
		assertTrue(offPlan.stream().anyMatch(f -> f.message().equals("Planned " + planned + "% promotional, posted 75% (6 of 8 posts).")),
				offPlan.toString());
	}

	@Test
	public void otherHeadersAreMappedByHand() throws Exception {
		String export = """
				Publish Time,Account,Message,Total Engagements
				03/14/2026,LinkedIn,Our team at the roasters' fair,44
				""";
		List<org.playbook.report.actuals.PostRow> rows = read(export,
				ColumnMapping.parse("date=Publish Time,network=Account,text=Message,engagements=Total Engagements"));
		assertEquals(java.time.LocalDate.of(2026, 3, 14), rows.get(0).date());
		assertEquals(Network.LINKEDIN, rows.get(0).network());
		assertEquals(44.0, rows.get(0).engagements());
	}

	@Test
	public void aMissingColumnABadDateAnUnknownNetworkAndAForeignEncodingAreRefusedWithTheirLine() throws Exception {
		ActualsException noDate = assertThrows(ActualsException.class, () -> read("Network,Text\nInstagram,hello\n", ColumnMapping.automatic()));
		assertEquals(1, noDate.line());
		assertTrue(noDate.getMessage().contains("no column for the date"), noDate.getMessage());

		ActualsException badDate = assertThrows(ActualsException.class,
				() -> read("Date,Network\n2026-01-05,Instagram\n2026-01-06,Instagram\n5th of never,Instagram\n", ColumnMapping.automatic()));
		assertEquals(4, badDate.line());
		assertTrue(badDate.getMessage().contains("'5th of never' is not a date"), badDate.getMessage());

		ActualsException network = assertThrows(ActualsException.class, () -> read("Date,Network\n2026-01-05,MySpace\n", ColumnMapping.automatic()));
		assertEquals(2, network.line());

		Path latin1 = folder.resolve("latin1.csv");
		Files.write(latin1, "Date,Network,Text\n2026-01-05,Instagram,fine\n2026-01-06,Instagram,caf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));
		ActualsException encoding = assertThrows(ActualsException.class, () -> new ActualsReader(ColumnMapping.automatic(), null).read(latin1));
		assertEquals(3, encoding.line());
		assertTrue(encoding.getMessage().contains("not UTF-8"), encoding.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "NaN|impressions", "Infinity|impressions", "-5|impressions", "1e23|impressions", "12.5|impressions",
			"999999999999999|impressions", "lots|impressions" })
	public void aCountThatIsNotAWholeNumberOfZeroOrMoreIsRefusedWithItsLineAndColumn(String count, String column) {
		ActualsException refused = assertThrows(ActualsException.class, () -> read("Date,Network,Impressions,Clicks\n2026-01-05,Instagram,100,2\n"
				+ "2026-01-06,Instagram," + count + ",3\n", ColumnMapping.automatic()));
		assertEquals(3, refused.line());
		assertTrue(refused.getMessage().contains("the " + column + " '" + count + "'"), refused.getMessage());
	}

	@Test
	public void countsWithThousandsSeparatorsAreRead() throws Exception {
		assertEquals(12345.0, read("Date,Network,Impressions\n2026-01-05,Instagram,\"12,345\"\n", ColumnMapping.automatic()).get(0).impressions());
	}

	@Test
	public void aShortRowIsRefusedNotReadAsZeros() {
		ActualsException refused = assertThrows(ActualsException.class,
				() -> read("Date,Network,Text,Impressions,Engagements,Clicks,Link\n2026-01-05,Instagram,hi,1,2,3,\n2026-01-06,Instagram\n",
						ColumnMapping.automatic()));
		assertEquals(3, refused.line());
		assertTrue(refused.getMessage().contains("2 of the header's 7 cells"), refused.getMessage());
	}

	@Test
	public void anUnclosedQuoteIsSaidInPlainWordsWithItsLine() {
		ActualsException refused = assertThrows(ActualsException.class,
				() -> read("Date,Network,Text\n2026-01-05,Instagram,\"fine,\nstill the same cell\"\n2026-01-06,Instagram,\"never closed\n2026-01-07,Instagram,x\n",
						ColumnMapping.automatic()));
		assertEquals(4, refused.line(), "the cell spanning lines 2 and 3 is read; the open quote is on line 4: " + refused.getMessage());
		assertTrue(refused.getMessage().contains("a quoted cell is never closed"), refused.getMessage());
		assertFalse(refused.getMessage().contains("Exception"), refused.getMessage());
	}

	@Test
	public void importingTheSameExportAgainReplacesItsMeasurements() throws Exception {
		Strategy strategy = harbor();
		ActualsImport.of(strategy, read(EXPORT, ColumnMapping.automatic()), "import: export.csv").applyTo(strategy);
		int once = strategy.getMeasurements().size();
		ActualsImport again = ActualsImport.of(strategy, read(EXPORT, ColumnMapping.automatic()), "import: export.csv");
		assertEquals(20, again.replaced().size());
		again.applyTo(strategy);
		assertEquals(once, strategy.getMeasurements().size(), "the same posts are not counted twice");
		ActualsImport.of(strategy, read(EXPORT, ColumnMapping.automatic()), "import: another-account.csv").applyTo(strategy);
		assertEquals(once + 20, strategy.getMeasurements().size(), "another export adds its own");
	}

	@Test
	public void aRefusedFileAddsNothing() throws Exception {
		Strategy strategy = harbor();
		int measurements = strategy.getMeasurements().size();
		assertThrows(ActualsException.class, () -> ActualsImport.of(strategy,
				read("Date,Network\n2026-01-05,Instagram\nnot a date,Instagram\n", ColumnMapping.automatic()), "import").applyTo(strategy));
		assertEquals(measurements, strategy.getMeasurements().size());
	}

	private List<org.playbook.report.actuals.PostRow> read(String csv, ColumnMapping mapping) throws Exception {
		Path file = folder.resolve("export-" + System.nanoTime() + ".csv");
		Files.writeString(file, csv);
		return new ActualsReader(mapping, null).read(file);
	}

	private static double total(ActualsImport actuals, String metric, Network network) {
		return actuals.measurements().stream().filter(m -> m.getMetric().getName().equals(metric) && (network == null || m.getNetwork() == network))
				.mapToDouble(Measurement::getValue).sum();
	}

	private Strategy harbor() throws Exception {
		Path workspace = Files.createDirectories(folder.resolve("ws-" + System.nanoTime()));
		SampleAgency.install(workspace);
		return new AgencyLoader().load(workspace).getClients().stream().filter(c -> c.getName().startsWith("Harbor")).findFirst().orElseThrow()
				.getStrategies().get(0);
	}
}
