package org.playbook.review;

import java.time.Instant;
import java.util.List;

/**
 * What the agency keeps of a review pack it sent: the secret that signs the client's
 * decisions, the strategy it is for and each entry as it was sent, and the decisions files
 * imported from it (so none is applied twice). Kept in the workspace's state area, never in
 * the client folders that are shared: whoever can read the secret can sign decisions.
 *
 * @param strategyFile the strategy's file, relative to the workspace, with '/' between folders
 */
public record PackRecord(String packId, String secret, String strategyId, String strategyFile, String strategyName, Instant sentOn,
		List<SentEntry> entries, List<Imported> imports) {

	/** An entry as the client saw it. */
	public record SentEntry(String id, String title, String digest) {
	}

	/** A decisions file that was applied: its signature, when and whose. */
	public record Imported(String signature, Instant on, String reviewer) {
	}

	public PackRecord {
		entries = List.copyOf(entries);
		imports = List.copyOf(imports);
	}

	SentEntry entry(String id) {
		return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
	}

	Imported imported(String signature) {
		return imports.stream().filter(i -> i.signature().equalsIgnoreCase(signature)).findFirst().orElse(null);
	}

	PackRecord with(Imported imported) {
		List<Imported> all = new java.util.ArrayList<>(imports);
		all.add(imported);
		return new PackRecord(packId, secret, strategyId, strategyFile, strategyName, sentOn, entries, all);
	}
}
