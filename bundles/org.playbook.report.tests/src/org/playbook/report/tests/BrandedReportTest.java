package org.playbook.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.branding.Brand;
import org.playbook.branding.Brands;
import org.playbook.model.Client;
import org.playbook.report.Reports;
import org.playbook.report.StrategyReport;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.SampleAgency;

/**
 * The agency's brand on what clients read, and the report as a PDF checked the way a
 * reader sees it: its pages turned into images by poppler's pdftoppm.
 */
public class BrandedReportTest {
	@TempDir
	Path workspace;

	@AfterEach
	public void forgetTheAgencyBrand() throws Exception {
		IEclipsePreferences agency = InstanceScope.INSTANCE.getNode(Brands.QUALIFIER);
		agency.clear();
		agency.flush();
	}

	@Test
	public void aClientsOwnBrandWinsOverTheAgencysAndTheRestComesFromTheAgency() throws Exception {
		IEclipsePreferences agency = InstanceScope.INSTANCE.getNode(Brands.QUALIFIER);
		agency.put(Brands.NAME, "Tidewater Social");
		agency.put(Brands.PRIMARY, "#0b6e4f");
		Agency loaded = agency();
		Client harbor = client(loaded, "Harbor");
		Path folder = Agency.fileOf(harbor).getParent();
		Files.write(folder.resolve("logo.png"), png(new Color(0x7a, 0x1f, 0x5c)));
		clientSettings(folder, Brands.PRIMARY + "=#7A1F5C\n" + Brands.LOGO + "=logo.png\n");

		Brand own = Reports.brandOf(harbor);
		assertEquals("Tidewater Social", own.name(), "the agency's name, which the client did not set");
		assertEquals("#7a1f5c", own.primary(), "the client's colour");
		assertEquals("image/png", own.logo().mediaType());
		assertTrue(own.warnings().isEmpty(), own.warnings().toString());
		Brand agencys = Reports.brandOf(client(loaded, "Northwind"));
		assertEquals("#0b6e4f", agencys.primary());
		assertNull(agencys.logo());

		Document html = Jsoup.parse(html(Reports.gather(List.of(harbor, client(loaded, "Northwind")), workspace)));
		Element first = html.select("article").get(0), second = html.select("article").get(1);
		assertTrue(first.selectFirst("header.brand img").attr("src").startsWith("data:image/png;base64,"), "the logo inline: the page fetches nothing");
		assertEquals("Tidewater Social", first.selectFirst("header.brand .agency").text());
		assertNull(second.selectFirst("header.brand img"));
		String css = html.selectFirst("style").data();
		assertTrue(css.contains("." + first.className() + " h1," + "." + first.className() + " h2{color:#7a1f5c}"), css);
		assertTrue(css.contains("." + second.className() + " h1," + "." + second.className() + " h2{color:#0b6e4f}"), css);
	}

	@Test
	public void settingsThatCannotBeUsedAreNamedAndTheDefaultsStandIn() throws Exception {
		Client harbor = client(agency(), "Harbor");
		Path folder = Agency.fileOf(harbor).getParent();
		Files.writeString(folder.resolve("logo.png"), "<svg onload=alert(1)>not a picture</svg>");
		clientSettings(folder, Brands.PRIMARY + "=red;}body{display:none\n" + Brands.LOGO + "=logo.png\n" + Brands.ACCENT + "=#abcdef\n");

		Brand brand = Reports.brandOf(harbor);
		assertEquals(Brand.PLAYBOOK.primary(), brand.primary());
		assertEquals("#abcdef", brand.accent(), "what could be used is used");
		assertNull(brand.logo());
		assertEquals(2, brand.warnings().size(), brand.warnings().toString());
		assertTrue(brand.warnings().get(0).contains("primary colour") && brand.warnings().get(1).contains("not a PNG or JPEG"), brand.warnings().toString());
		assertFalse(html(Reports.gather(List.of(harbor), workspace)).contains("display:none"), "nothing of the bad colour reaches the page");
	}

	@Test
	public void thePdfReportKeepsItsTextChartsAndBrandOnItsPages() throws Exception {
		Client harbor = client(agency(), "Harbor");
		Path folder = Agency.fileOf(harbor).getParent();
		Color logo = new Color(0x12, 0x34, 0xa6);
		Files.write(folder.resolve("logo.png"), png(logo));
		clientSettings(folder, Brands.NAME + "=Tidewater Social\n" + Brands.LOGO + "=logo.png\n");
		List<StrategyReport> reports = Reports.gather(List.of(harbor), workspace);
		Path pdf = workspace.resolve("report.pdf");
		Reports.write(Reports.exporter("pdf"), reports, pdf);

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertTrue(document.getNumberOfPages() >= 2, "the strategy runs over pages: " + document.getNumberOfPages());
			String text = new PDFTextStripper().getText(document);
			for (String expected : List.of("Tidewater Social", "2026 social strategy", "Harbor Roast Coffee", "Goals and KPIs", "Planned content mix",
					"Brand voice", "Words never to use", "Health: " + reports.get(0).score() + "/100", "Draft")) {
				assertTrue(text.contains(expected), "the PDF says " + expected);
			}
		}
		List<BufferedImage> pages = pagesAsImages(pdf);
		BufferedImage first = pages.get(0);
		assertTrue(count(first, logo) > 100, "the logo is drawn on the first page");
		long bars = pages.stream().mapToLong(page -> count(page, new Color(0x1e, 0x84, 0x49)) + count(page, new Color(0xc0, 0x39, 0x2b))
				+ count(page, new Color(0xd6, 0x89, 0x10))).sum();
		assertTrue(bars > 500, "the charts' bars are drawn: " + bars + " pixels of their colours");
		Path shots = Files.createDirectories(Path.of("target", "screenshots"));
		ImageIO.write(first, "png", shots.resolve("report-pdf-page-1.png").toFile());
	}

	/** The PDF's pages as pdftoppm renders them, which a reader's viewer would do alike. */
	private List<BufferedImage> pagesAsImages(Path pdf) throws Exception {
		Path prefix = workspace.resolve("page");
		Process pdftoppm;
		try {
			pdftoppm = new ProcessBuilder("pdftoppm", "-r", "60", "-png", pdf.toString(), prefix.toString()).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new AssertionError("pdftoppm (Debian's poppler-utils) is needed to look at the PDF's pages; .ci/run installs it", e);
		}
		String output = new String(pdftoppm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(pdftoppm.waitFor(60, TimeUnit.SECONDS) && pdftoppm.exitValue() == 0, "pdftoppm read the PDF: " + output);
		try (var files = Files.list(workspace)) {
			List<File> images = files.filter(f -> f.getFileName().toString().startsWith("page")).sorted().map(Path::toFile).toList();
			assertFalse(images.isEmpty(), "pdftoppm wrote the pages");
			List<BufferedImage> pages = new java.util.ArrayList<>();
			for (File image : images) {
				pages.add(ImageIO.read(image));
			}
			return pages;
		}
	}

	/** Pixels within a little of the colour: the renderer smooths edges. */
	private static long count(BufferedImage image, Color colour) {
		long n = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				Color pixel = new Color(image.getRGB(x, y));
				if (Math.abs(pixel.getRed() - colour.getRed()) + Math.abs(pixel.getGreen() - colour.getGreen()) + Math.abs(pixel.getBlue() - colour.getBlue()) < 24) {
					n++;
				}
			}
		}
		return n;
	}

	private static byte[] png(Color colour) throws IOException {
		BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, 120, 60);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	private static void clientSettings(Path clientFolder, String properties) throws IOException {
		Path file = clientFolder.resolve(Brands.CLIENT_SETTINGS);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "eclipse.preferences.version=1\n" + properties);
	}

	private Agency agency() throws IOException {
		SampleAgency.install(workspace);
		return new AgencyLoader().load(workspace);
	}

	private static Client client(Agency agency, String prefix) {
		return agency.getClients().stream().filter(c -> c.getName().startsWith(prefix)).findFirst().orElseThrow();
	}

	private static String html(List<StrategyReport> reports) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Reports.exporter("html").export(reports, bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
