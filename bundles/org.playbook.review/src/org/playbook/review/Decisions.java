package org.playbook.review;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A decisions file as the review pack saves it: {@code {"payload": "...", "signature": "..."}},
 * the payload being the exact JSON text that was signed (pack, strategy, reviewer, when, and a
 * decision per entry). Reading it checks only its form; {@link ReviewImport} checks what it
 * may change.
 */
public record Decisions(String payload, String signature, String packId, String strategyId, String reviewer, Instant decidedAt,
		List<Decision> decisions) {
	static final String PACK_FORMAT = "playbook-review-pack/1", FORMAT = "playbook-review-decisions/1";
	static final String APPROVED = "approved", CHANGES_REQUESTED = "changesRequested";
	/** Far more than any client's decisions; a larger file is not one. */
	private static final long MOST_BYTES = 1 << 20;
	private static final int MOST_COMMENT = 10_000;

	/** One post's decision. */
	public record Decision(String entryId, boolean approved, String comment) {
	}

	public Decisions {
		decisions = List.copyOf(decisions);
	}

	/** The name the pack saves its decisions as: the strategy's name made safe for a file. */
	static String fileName(String strategyName) {
		String safe = strategyName == null ? "" : strategyName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return (safe.isEmpty() ? "review" : safe) + "-decisions.json";
	}

	/** Reads a decisions file; refused, with why, when it is not one. */
	public static Decisions read(Path file) throws ReviewException {
		String text;
		try {
			if (Files.size(file) > MOST_BYTES) {
				throw new ReviewException(file.getFileName() + " is not a decisions file: it is larger than 1 MB");
			}
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new ReviewException(file.getFileName() + " is not a decisions file: it is not UTF-8 text");
		} catch (IOException e) {
			throw new ReviewException(file + " cannot be read: " + e.getMessage(), e);
		}
		return parse(text, file.getFileName().toString());
	}

	static Decisions parse(String text, String name) throws ReviewException {
		try {
			JsonObject file = object(JsonParser.parseString(text), name);
			String payload = string(file, "payload", name);
			String signature = string(file, "signature", name);
			JsonObject content = object(JsonParser.parseString(payload), name);
			if (!FORMAT.equals(optional(content, "format"))) {
				throw new ReviewException(name + " is not a decisions file of a Playbook review pack (its format is not " + FORMAT + ")");
			}
			List<Decision> decisions = new ArrayList<>();
			JsonElement list = content.get("decisions");
			if (list == null || !list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
				throw new ReviewException(name + " holds no decision");
			}
			Set<String> seen = new java.util.HashSet<>();
			for (JsonElement element : list.getAsJsonArray()) {
				JsonObject decision = object(element, name);
				String entry = string(decision, "entry", name);
				String verdict = string(decision, "decision", name);
				if (!verdict.equals(APPROVED) && !verdict.equals(CHANGES_REQUESTED)) {
					throw new ReviewException(name + " has a decision that is neither \u201capproved\u201d nor \u201cchangesRequested\u201d: " + verdict);
				}
				if (!seen.add(entry)) {
					throw new ReviewException(name + " decides twice on one post");
				}
				String comment = optional(decision, "comment");
				if (comment != null && comment.length() > MOST_COMMENT) {
					throw new ReviewException(name + " has a comment longer than " + MOST_COMMENT + " characters");
				}
				decisions.add(new Decision(entry, verdict.equals(APPROVED), comment == null || comment.isBlank() ? null : comment.strip()));
			}
			String reviewer = string(content, "reviewer", name).strip();
			Instant decidedAt = Instant.parse(string(content, "decidedAt", name));
			return new Decisions(payload, signature, string(content, "pack", name), string(content, "strategy", name), reviewer, decidedAt,
					decisions);
		} catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
			throw new ReviewException(name + " is not a decisions file: it is not the JSON a review pack saves");
		} catch (DateTimeParseException e) {
			throw new ReviewException(name + " is not a decisions file: its date cannot be read");
		}
	}

	private static JsonObject object(JsonElement element, String name) throws ReviewException {
		if (element == null || !element.isJsonObject()) {
			throw new ReviewException(name + " is not a decisions file: it is not the JSON a review pack saves");
		}
		return element.getAsJsonObject();
	}

	private static String string(JsonObject object, String key, String name) throws ReviewException {
		String value = optional(object, key);
		if (value == null || value.isBlank()) {
			throw new ReviewException(name + " is not a decisions file: it has no \u201c" + key + "\u201d");
		}
		return value;
	}

	private static String optional(JsonObject object, String key) {
		JsonElement value = object.get(key);
		return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
	}
}
