package org.playbook.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Strategy;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.SampleAgency;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * The review loop on the sample agency: a pack sent, decisions signed as the pack's page
 * signs them, imported once; every forged, misdirected or replayed file refused with its
 * reason and the strategy's bytes unchanged.
 */
public class ReviewLoopTest {
	private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
	@TempDir
	Path workspace;
	Path strategyFile;
	Path page;

	@BeforeEach
	void sample() throws Exception {
		SampleAgency.install(workspace);
		strategyFile = workspace.resolve("harbor-roast/2026-social.playbook");
		page = workspace.resolveSibling(workspace.getFileName() + "-pack.html");
	}

	private Strategy strategy() {
		return new ModelReader().read(strategyFile, Strategy.class).root();
	}

	/** Decisions as the page's script writes them: the payload text and its HMAC under the pack's secret. */
	private static String decisions(PackRecord pack, String strategyId, String reviewer, String... entryDecisionComment) {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < entryDecisionComment.length; i += 3) {
			JsonObject decision = new JsonObject();
			decision.addProperty("entry", entryDecisionComment[i]);
			decision.addProperty("decision", entryDecisionComment[i + 1]);
			decision.addProperty("comment", entryDecisionComment[i + 2]);
			list.append(list.isEmpty() ? "" : ",").append(decision);
		}
		String payload = "{\"format\":\"playbook-review-decisions/1\",\"pack\":\"" + pack.packId() + "\",\"strategy\":\"" + strategyId
				+ "\",\"reviewer\":" + new Gson().toJson(reviewer) + ",\"decidedAt\":\"2026-12-04T10:15:30.000Z\",\"decisions\":[" + list + "]}";
		JsonObject file = new JsonObject();
		file.addProperty("payload", payload);
		file.addProperty("signature", Signatures.sign(pack.secret(), payload));
		return file.toString();
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(workspace.resolveSibling(workspace.getFileName() + "-" + name), text, StandardCharsets.UTF_8);
	}

	@Test
	public void thePackCarriesTheClientsBrandAndOnlyCheckedColours() throws Exception {
		Path settings = Files.createDirectories(workspace.resolve("harbor-roast/.settings")).resolve("org.playbook.branding.prefs");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 };
		Files.write(workspace.resolve("harbor-roast/logo.png"), png);
		Files.writeString(settings, "name=Tidewater <Social>\nlogo=logo.png\nprimaryColour=#7a1f5c\naccentColour=blue;}*{display:none\n");
		ReviewFiles.send(strategyFile, FROM, null, page, "test");

		Document html = Jsoup.parse(page.toFile(), "UTF-8");
		assertEquals("Tidewater <Social>", html.selectFirst("header .agency span").text(), "the name, as text");
		assertTrue(html.selectFirst("header .agency img").attr("src").startsWith("data:image/png;base64,"), "the logo inline");
		String styles = html.select("style").html();
		assertTrue(styles.contains("--accent: #7a1f5c"), "the client's colour");
		assertTrue(!styles.contains("display:none") && styles.contains("--highlight: #b3541e"), "a colour that is not one is left out");
	}

	@Test
	public void aPackIsSentAndItsSignedDecisionsAreAppliedOnce() throws Exception {
		ReviewFiles.Sent sent = ReviewFiles.send(strategyFile, FROM, null, page, "test");
		assertEquals(4, sent.posts());
		Strategy strategy = strategy();
		assertNotNull(strategy.getId(), "the strategy got its lasting id");
		assertEquals(strategy.getId(), sent.pack().strategyId());
		assertTrue(strategy.getContentPlan().getCalendarEntries().stream().allMatch(e -> e.getApproval() == ApprovalState.IN_REVIEW));
		assertNotNull(new ReviewPacks(workspace).find(sent.pack().packId()), "the pack's record is kept in the state area");

		Document html = Jsoup.parse(Files.readString(page));
		assertEquals(4, html.select("article[data-entry]").size());
		assertTrue(html.text().contains("Doña Rosa's new harvest is in"), "the post's text is in the pack");
		assertTrue(html.select("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"));

		List<String> ids = html.select("article[data-entry]").eachAttr("data-entry");
		Path file = write("decisions.json", decisions(sent.pack(), strategy.getId(), "Inês Carvalho", ids.get(0), "approved", "",
				ids.get(1), "changesRequested", "Name the farm's region, please"));
		ReviewImport applied = ReviewFiles.receive(file, null, workspace, "test");
		assertEquals("1 approved, 1 with changes requested, by Inês Carvalho", applied.summary());

		Strategy after = strategy();
		CalendarEntry approved = EntryIds.find(after, ids.get(0));
		CalendarEntry changes = EntryIds.find(after, ids.get(1));
		assertEquals(ApprovalState.APPROVED, approved.getApproval());
		assertEquals("Inês Carvalho", approved.getReviewer());
		assertNotNull(approved.getReviewedOn());
		assertEquals(ApprovalState.CHANGES_REQUESTED, changes.getApproval());
		assertEquals("Name the farm's region, please", changes.getReviewComment());
		assertEquals(ApprovalState.IN_REVIEW, EntryIds.find(after, ids.get(2)).getApproval(), "an undecided post stays in review");

		byte[] before = Files.readAllBytes(strategyFile);
		ReviewException replay = assertThrows(ReviewException.class, () -> ReviewFiles.receive(file, null, workspace, "test"));
		assertTrue(replay.getMessage().contains("already imported"), replay.getMessage());
		assertArrayEquals(before, Files.readAllBytes(strategyFile));
	}

	@Test
	public void forgedMisdirectedAndStaleDecisionsAreRefusedAndNothingChanges() throws Exception {
		ReviewFiles.Sent sent = ReviewFiles.send(strategyFile, FROM, null, page, "test");
		String id = strategy().getId();
		List<String> ids = Jsoup.parse(Files.readString(page)).select("article[data-entry]").eachAttr("data-entry");
		String good = decisions(sent.pack(), id, "Inês", ids.get(0), "approved", "");

		refused("changed after the review pack saved them", good.replace("approved", "changesRequested"), null);
		refused("changed after the review pack saved them", good.replaceAll("\"signature\":\"[0-9a-f]{6}", "\"signature\":\"000000"), null);
		PackRecord otherPack = new PackRecord("0b3c9c1e-7d4f-4a11-9f0e-2c7c4d1b9a55", Signatures.newSecret(), id, "x", "x", sent.pack().sentOn(),
				sent.pack().entries(), List.of());
		refused("did not send", decisions(otherPack, id, "Inês", ids.get(0), "approved", ""), null);
		refused("do not name the strategy", decisions(sent.pack(), "another-strategy", "Inês", ids.get(0), "approved", ""), null);
		refused("a post the review pack did not send", decisions(sent.pack(), id, "Inês", "cal-unknown", "approved", ""), null);
		refused("not the JSON", "{\"payload\": 3", null);
		refused("not the JSON", "<html>not a decisions file</html>", null);

		// the same decisions against another strategy of the workspace
		Path other = workspace.resolve("kestrel-bikes/2026-plan.playbook");
		ReviewFiles.send(other, FROM, null, workspace.resolveSibling("other-pack.html"), "test");
		refused("are for \u201c2026 social strategy\u201d", good, other);

		// a post deleted, then one edited, after the pack was sent
		Strategy strategy = strategy();
		CalendarEntry first = EntryIds.find(strategy, ids.get(0));
		first.setTitle("V60 in 90 seconds");
		new org.playbook.workspace.ModelWriter().save(strategy.eResource(), strategyFile);
		refused("was changed after the pack was sent", good, null);
		strategy.getContentPlan().getCalendarEntries().remove(first);
		new org.playbook.workspace.ModelWriter().save(strategy.eResource(), strategyFile);
		refused("is no longer in the strategy", good, null);
	}

	private void refused(String reason, String decisions, Path strategy) throws Exception {
		Path target = strategy == null ? strategyFile : strategy;
		byte[] before = Files.readAllBytes(target);
		Path file = write("forged.json", decisions);
		ReviewException refused = assertThrows(ReviewException.class, () -> ReviewFiles.receive(file, strategy, workspace, "test"));
		assertTrue(refused.getMessage().contains(reason), reason + " <- " + refused.getMessage());
		assertArrayEquals(before, Files.readAllBytes(target), "nothing changed: " + reason);
	}

	@Test
	public void everyNameAndTextInThePackStaysText() throws Exception {
		Strategy strategy = strategy();
		CalendarEntry entry = strategy.getContentPlan().getCalendarEntries().get(0);
		entry.setTitle("<script>alert('title')</script>");
		entry.setText("</script><img src=x onerror=alert(1)> & \"quotes\"");
		strategy.setName("<b>bold</b> strategy");
		new org.playbook.workspace.ModelWriter().save(strategy.eResource(), strategyFile);
		Path client = workspace.resolve("harbor-roast/client.pbclient");
		Files.writeString(client, Files.readString(client).replace("name=\"Harbor Roast Coffee\"", "name=\"&lt;script&gt;alert(2)&lt;/script&gt;\""));

		ReviewFiles.send(strategyFile, FROM, null, page, "test");
		Document html = Jsoup.parse(Files.readString(page));
		assertEquals(2, html.select("script").size(), "only the pack's data and its own script");
		assertEquals(0, html.select("img, b").size(), "no element came from the strategy's text");
		assertTrue(html.select("article h3").first().text().equals("<script>alert('title')</script>"));
		assertEquals("<script>alert(2)</script>", html.select("header .client").text());
		assertTrue(html.title().startsWith("Review: <b>bold</b> strategy"));
		assertTrue(html.getElementById("pack-data").data().startsWith("{\"format\":\"playbook-review-pack/1\""));
	}
}
