package org.playbook.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.cli.PlaybookCli;
import org.playbook.workspace.SampleAgency;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** playbook review-pack and review-import on the sample agency, with decisions signed as the pack's page signs them. */
public class ReviewCliTest {
	private static final Pattern PACK_DATA = Pattern.compile("<script type=\"application/json\" id=\"pack-data\">(.*?)</script>", Pattern.DOTALL);
	private static final Pattern ENTRY = Pattern.compile("data-entry=\"([^\"]+)\"");
	@TempDir
	Path workspace;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	public void sampleAgency() throws Exception {
		SampleAgency.install(workspace);
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return PlaybookCli.run(List.of(args), workspace, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String said() {
		return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
	}

	@Test
	public void aPackIsWrittenItsDecisionsImportOnceAndThePendingListSaysSo() throws Exception {
		Path strategy = workspace.resolve("harbor-roast/2026-social.playbook");
		Path page = workspace.resolveSibling("harbor-review.html");
		assertEquals(0, run("review-pack", strategy.toString(), "--from", "2026-01-01", "--out", page.toString()), said());
		assertTrue(said().startsWith("Wrote the review pack of 4 posts of 2026 social strategy to "), said());
		assertTrue(Files.readString(strategy).contains("approval=\"inReview\""), "the posts are marked in review");
		assertEquals(0, run("review-import", "--pending"));
		assertTrue(said().contains("harbor-roast/2026-social.playbook  4 posts  awaiting decisions"), said());

		String html = Files.readString(page);
		Matcher data = PACK_DATA.matcher(html);
		assertTrue(data.find(), "the pack carries its data");
		JsonObject pack = JsonParser.parseString(data.group(1)).getAsJsonObject();
		Matcher entry = ENTRY.matcher(html);
		assertTrue(entry.find());
		String payload = "{\"format\":\"playbook-review-decisions/1\",\"pack\":\"" + pack.get("pack").getAsString() + "\",\"strategy\":\""
				+ pack.get("strategy").getAsString() + "\",\"reviewer\":\"Inês\",\"decidedAt\":\"2026-12-04T09:00:00Z\",\"decisions\":[{\"entry\":\""
				+ entry.group(1) + "\",\"decision\":\"approved\",\"comment\":\"\"}]}";
		Path decisions = write("decisions.json", payload, sign(pack.get("secret").getAsString(), payload));

		assertEquals(0, run("review-import", decisions.toString()), said());
		assertEquals("Applied 1 approved, by Inês to 2026 social strategy (harbor-roast/2026-social.playbook).\n", said());
		assertTrue(Files.readString(strategy).contains("approval=\"approved\" reviewer=\"Inês\""), Files.readString(strategy));
		assertEquals(0, run("review-import", "--pending"));
		assertTrue(said().contains("decisions from Inês imported"), said());

		byte[] before = Files.readAllBytes(strategy);
		assertEquals(1, run("review-import", decisions.toString()));
		assertTrue(said().contains("was refused: these decisions were already imported on") && said().contains("Nothing was changed."), said());
		Path edited = write("edited.json", payload.replace("approved", "changesRequested"), sign(pack.get("secret").getAsString(), payload));
		assertEquals(1, run("review-import", edited.toString()));
		assertTrue(said().contains("their signature does not match"), said());
		assertEquals(1, run("review-import", page.toString()));
		assertTrue(said().contains("is not a decisions file"), said());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(strategy)), "no refused file changed the strategy");
	}

	@Test
	public void nothingToReviewAndWrongArgumentsSayWhy() throws Exception {
		String strategy = workspace.resolve("harbor-roast/2026-social.playbook").toString();
		Path page = workspace.resolveSibling("never.html");
		assertEquals(1, run("review-pack", strategy, "--from", "2031-01-01", "--out", page.toString()));
		assertTrue(said().contains("has no planned post to review in those days") && said().contains("Nothing was written."), said());
		assertTrue(Files.notExists(page));
		assertEquals(2, run("review-pack", strategy, "--from", "someday"));
		assertTrue(said().contains("--from 'someday' is not a date like 2026-03-02"), said());
		assertEquals(2, run("review-pack", strategy, "--from", "2026-03-01", "--to", "2026-02-01"));
		assertEquals(2, run("review-import"));
		assertEquals(2, run("review-import", workspace.resolve("missing.json").toString()));
		assertTrue(said().contains("there is no file"), said());
	}

	private Path write(String name, String payload, String signature) throws Exception {
		JsonObject file = new JsonObject();
		file.addProperty("payload", payload);
		file.addProperty("signature", signature);
		return Files.writeString(workspace.resolveSibling(workspace.getFileName() + "-" + name), file.toString());
	}

	private static String sign(String secret, String payload) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(HexFormat.of().parseHex(secret), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}
}
