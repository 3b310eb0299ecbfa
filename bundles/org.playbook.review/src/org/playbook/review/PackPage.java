package org.playbook.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.playbook.branding.Brand;
import org.playbook.branding.Brands;
import org.jsoup.nodes.Element;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Goal;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.model.labels.Labels;

import com.google.gson.Gson;

/**
 * The review pack a client opens: one HTML file with its style and script inside, no server,
 * no account, no request to anywhere (its content security policy forbids any). The page is
 * built as a jsoup document, so every name and text from the strategy is set as text and
 * escaped by jsoup; the pack's data goes in as JSON that Gson writes HTML-safe. The script
 * ({@code pack.js}) signs the client's decisions with the pack's secret (HMAC-SHA-256 in
 * the browser's Web Crypto) and downloads them as a small JSON file.
 */
public final class PackPage {
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
	private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

	private PackPage() {
	}

	/** The page of the pack, for the strategy of that client, in the brand of the agency or the client ({@link Brands#of}). */
	public static String render(Strategy strategy, String clientName, SendForReview review, PackRecord record, Brand brand) {
		Document page = Document.createShell("");
		page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
		Element head = page.head();
		head.appendElement("meta").attr("charset", "utf-8");
		head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
		head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", POLICY);
		page.title("Review: " + strategy.getName() + " \u2014 " + clientName);
		head.appendElement("style").appendChild(new DataNode(resource("pack.css")));
		// the colours were checked to be #rrggbb, so nothing else reaches the style sheet
		head.appendElement("style").appendChild(new DataNode(":root { --accent: " + brand.primary() + "; --highlight: " + brand.accent() + "; }"));

		Element body = page.body();
		Element header = body.appendElement("header");
		if (brand.logo() != null || brand.name() != null) {
			Element from = header.appendElement("p").addClass("agency");
			if (brand.logo() != null) {
				from.appendElement("img").addClass("logo").attr("src", brand.logo().dataUri()).attr("alt", brand.name() == null ? "" : brand.name());
			}
			if (brand.name() != null) {
				from.appendElement("span").text(brand.name());
			}
		}
		header.appendElement("p").addClass("client").text(clientName);
		header.appendElement("h1").text(strategy.getName() == null ? "Strategy" : strategy.getName());
		header.appendElement("p").addClass("sent").text("Sent for your review on " + DAY.format(record.sentOn().atZone(ZoneId.systemDefault()))
				+ ". Approve each post or ask for changes, then save your decisions and send the file back.");

		summary(body.appendElement("section").addClass("summary"), strategy);

		Element posts = body.appendElement("section").addClass("posts");
		posts.appendElement("h2").text(review.entries().size() == 1 ? "1 post to review" : review.entries().size() + " posts to review");
		for (CalendarEntry entry : review.entries()) {
			post(posts, entry);
		}

		Element save = body.appendElement("section").addClass("save");
		save.appendElement("label").attr("for", "reviewer").text("Your name");
		save.appendElement("input").attr("id", "reviewer").attr("type", "text").attr("autocomplete", "name");
		save.appendElement("button").attr("id", "save").attr("type", "button").text("Save decisions");
		save.appendElement("p").attr("id", "status").attr("role", "status");

		Map<String, Object> data = new LinkedHashMap<>();
		data.put("format", Decisions.PACK_FORMAT);
		data.put("pack", record.packId());
		data.put("strategy", record.strategyId());
		data.put("secret", record.secret());
		data.put("fileName", Decisions.fileName(strategy.getName()));
		body.appendElement("script").attr("type", "application/json").attr("id", "pack-data").appendChild(new DataNode(new Gson().toJson(data)));
		body.appendElement("script").appendChild(new DataNode(resource("pack.js")));
		return page.outerHtml();
	}

	private static void summary(Element section, Strategy strategy) {
		section.appendElement("h2").text("The strategy");
		if (strategy.getPurpose() != null && strategy.getPurpose().getWhy() != null) {
			section.appendElement("h3").text("Why");
			section.appendElement("p").text(strategy.getPurpose().getWhy());
		}
		if (!strategy.getGoals().isEmpty()) {
			section.appendElement("h3").text("Goals");
			Element list = section.appendElement("ul");
			for (Goal goal : strategy.getGoals()) {
				list.appendElement("li").text(goal(goal));
			}
		}
		if (!strategy.getTactics().isEmpty()) {
			section.appendElement("h3").text("Tactics");
			Element list = section.appendElement("ul");
			for (Tactic tactic : strategy.getTactics()) {
				Element item = list.appendElement("li");
				item.appendElement("strong").text(String.valueOf(tactic.getName()));
				item.appendText(tactic(tactic));
			}
		}
	}

	private static String goal(Goal goal) {
		StringBuilder text = new StringBuilder(String.valueOf(goal.getName()));
		if (goal.getMetric() != null && goal.getTarget() != null) {
			text.append(": ").append(goal.getMetric().getName()).append(' ').append(new DecimalFormat("#,##0.##").format(goal.getTarget()));
			if (goal.getMetric().getUnit() != null) {
				text.append(' ').append(goal.getMetric().getUnit());
			}
		}
		if (goal.getDeadline() != null) {
			text.append(", by ").append(DAY.format(goal.getDeadline().toInstant().atZone(ZoneId.systemDefault())));
		}
		return text.toString();
	}

	private static String tactic(Tactic tactic) {
		StringBuilder text = new StringBuilder(" \u2014 ").append(Labels.of(tactic.getNetwork()));
		if (tactic.getPostsPerWeek() > 0) {
			text.append(", ").append(new DecimalFormat("0.#").format(tactic.getPostsPerWeek())).append(" a week");
		}
		if (tactic.getDescription() != null) {
			text.append(". ").append(tactic.getDescription());
		}
		return text.toString();
	}

	private static void post(Element posts, CalendarEntry entry) {
		String id = EntryIds.of(entry);
		Element post = posts.appendElement("article").addClass("post").attr("data-entry", id);
		post.appendElement("h3").text(String.valueOf(entry.getTitle()));
		List<String> facts = new java.util.ArrayList<>();
		if (entry.getDate() != null) {
			facts.add(DAY.format(SendForReview.day(entry)));
		}
		facts.add(Labels.of(entry.getNetwork()));
		if (entry.getPillar() != null && entry.getPillar().getName() != null) {
			facts.add(entry.getPillar().getName());
		}
		facts.add(Labels.of(entry.getIntent()));
		post.appendElement("p").addClass("facts").text(String.join(" \u00b7 ", facts));
		if (entry.getText() != null && !entry.getText().isBlank()) {
			post.appendElement("blockquote").text(entry.getText());
		} else {
			post.appendElement("p").addClass("no-text").text("The text is still being written; this is the idea of the post.");
		}
		if (entry.getReviewComment() != null && !entry.getReviewComment().isBlank()) {
			post.appendElement("p").addClass("earlier").text("Your earlier comment: " + entry.getReviewComment());
		}
		Element choice = post.appendElement("fieldset");
		choice.appendElement("legend").text("Your decision");
		radio(choice, id, Decisions.APPROVED, "Approve");
		radio(choice, id, Decisions.CHANGES_REQUESTED, "Request changes");
		choice.appendElement("label").attr("for", "comment-" + id).addClass("comment").text("Comment");
		choice.appendElement("textarea").attr("id", "comment-" + id).attr("rows", "2");
	}

	private static void radio(Element choice, String id, String value, String label) {
		Element wrap = choice.appendElement("label").addClass("decision");
		wrap.appendElement("input").attr("type", "radio").attr("name", "decision-" + id).attr("value", value);
		wrap.appendText(" " + label);
	}

	private static String resource(String name) {
		try (InputStream in = PackPage.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the review bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
