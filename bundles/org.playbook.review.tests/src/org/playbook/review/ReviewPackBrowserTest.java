package org.playbook.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Strategy;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;
import org.playbook.workspace.SampleAgency;

/**
 * The pack as a client uses it, in Debian's headless Chromium opened on the file itself: one
 * post approved, another sent back with a comment, the decisions saved (a real download),
 * and that file imported into the strategy.
 */
public class ReviewPackBrowserTest {
	@TempDir
	Path folder;

	@Test
	public void aClientApprovesOnePostAsksForChangesOnAnotherAndTheDownloadedDecisionsApply() throws Exception {
		Path workspace = Files.createDirectories(folder.resolve("workspace"));
		SampleAgency.install(workspace);
		Path strategyFile = workspace.resolve("harbor-roast/2026-social.playbook");
		Strategy strategy = new ModelReader().read(strategyFile, Strategy.class).root();
		// a title that would run script if the pack did not escape it
		strategy.getContentPlan().getCalendarEntries().get(3).setTitle("<img src=x onerror=\"document.title='pwned'\"> New harvest");
		new ModelWriter().save(strategy.eResource(), strategyFile);
		Path page = folder.resolve("harbor-review.html");
		ReviewFiles.send(strategyFile, LocalDate.of(2026, 1, 1), null, page, "test");
		List<String> ids = Jsoup.parse(Files.readString(page)).select("article[data-entry]").eachAttr("data-entry");

		Path downloads = Files.createDirectories(folder.resolve("downloads"));
		try (HeadlessChromium browser = HeadlessChromium.open(page.toUri(), downloads)) {
			String first = "article[data-entry='" + ids.get(0) + "']", second = "article[data-entry='" + ids.get(1) + "']";
			browser.click(first + " input[value=approved]");
			browser.click(second + " input[value=changesRequested]");
			browser.click("#save");
			browser.waitFor("document.getElementById('status').className === 'problem'");
			assertEquals("Please type your name first.", browser.evaluate("document.getElementById('status').textContent").getAsString());
			browser.type("#reviewer", "Inês Carvalho");
			browser.click("#save");
			browser.waitFor("document.getElementById('status').textContent.startsWith('Please say what to change')");
			browser.type(second + " textarea", "Say which farm, and show the price per pound.");
			browser.click("#save");
			browser.waitFor("document.getElementById('status').className === 'done'");
			assertNotEquals("pwned", browser.evaluate("document.title").getAsString(), "a title from the strategy stayed text");
			assertTrue(browser.evaluate("document.body.innerText").getAsString().contains("<img src=x"), "and shows as written");
			Path shots = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(shots.resolve("review-pack.png"), browser.screenshot());
		}
		Path decisions = HeadlessChromium.downloaded(downloads);
		assertEquals("2026-social-strategy-decisions.json", decisions.getFileName().toString());

		ReviewImport applied = ReviewFiles.receive(decisions, null, workspace, "test");
		assertEquals("1 approved, 1 with changes requested, by Inês Carvalho", applied.summary());
		Strategy after = new ModelReader().read(strategyFile, Strategy.class).root();
		CalendarEntry approved = EntryIds.find(after, ids.get(0)), changes = EntryIds.find(after, ids.get(1));
		assertEquals(ApprovalState.APPROVED, approved.getApproval());
		assertEquals(ApprovalState.CHANGES_REQUESTED, changes.getApproval());
		assertEquals("Say which farm, and show the price per pound.", changes.getReviewComment());
		assertEquals("Inês Carvalho", changes.getReviewer());
	}
}
