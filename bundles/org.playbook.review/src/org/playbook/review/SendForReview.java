package org.playbook.review;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Strategy;

/**
 * Sending a strategy's planned posts to the client: which entries go (every one not yet
 * approved, from today on, unless the strategist picks), what it changes in the strategy
 * (a lasting id for the strategy when it has none, and the entries marked in review: one
 * change, undoable in the editor), and the pack's record with its new secret.
 */
public final class SendForReview {
	private final Strategy strategy;
	private final List<CalendarEntry> entries;
	private final String strategyId;

	private SendForReview(Strategy strategy, List<CalendarEntry> entries) {
		this.strategy = strategy;
		this.entries = List.copyOf(entries);
		this.strategyId = strategy.getId() == null || strategy.getId().isBlank() ? UUID.randomUUID().toString() : strategy.getId();
	}

	/** The entries a review sends: not approved, dated from the first day on (and to the last, if given), or undated. */
	public static List<CalendarEntry> pending(Strategy strategy, LocalDate from, LocalDate to) {
		if (strategy.getContentPlan() == null) {
			return List.of();
		}
		return strategy.getContentPlan().getCalendarEntries().stream().filter(e -> e.getApproval() != ApprovalState.APPROVED)
				.filter(e -> e.getDate() == null || !day(e).isBefore(from) && (to == null || !day(e).isAfter(to))).toList();
	}

	/** A review of these entries of the strategy; refused when there are none or one is not the strategy's. */
	public static SendForReview of(Strategy strategy, List<CalendarEntry> entries) throws ReviewException {
		if (entries.isEmpty()) {
			throw new ReviewException("\u201c" + strategy.getName() + "\u201d has no planned post to review in those days (every one is approved, or none is planned)");
		}
		for (CalendarEntry entry : entries) {
			if (strategy.getContentPlan() == null || !strategy.getContentPlan().getCalendarEntries().contains(entry) || EntryIds.of(entry) == null) {
				throw new ReviewException("the post \u201c" + entry.getTitle() + "\u201d is not one of the strategy's saved entries");
			}
		}
		return new SendForReview(strategy, entries);
	}

	public List<CalendarEntry> entries() {
		return entries;
	}

	/** The record to keep of the pack: a new id and secret, the entries as they are now. */
	public PackRecord record(String strategyFile) {
		List<PackRecord.SentEntry> sent = entries.stream()
				.map(e -> new PackRecord.SentEntry(EntryIds.of(e), e.getTitle(), EntryIds.contentDigest(e))).toList();
		return new PackRecord(UUID.randomUUID().toString(), Signatures.newSecret(), strategyId, strategyFile, strategy.getName(), Instant.now(),
				sent, List.of());
	}

	/** Marks the entries in review and gives the strategy its id: run it on the strategy these entries are of, as one change. */
	public void applyTo(Strategy target) {
		if (target.getId() == null || target.getId().isBlank()) {
			target.setId(strategyId);
		}
		for (CalendarEntry entry : entries) {
			CalendarEntry same = EntryIds.find(target, EntryIds.of(entry));
			if (same != null) {
				same.setApproval(ApprovalState.IN_REVIEW);
			}
		}
	}

	/** Writes the pack's record (before the page, so a page in the client's hands can always be answered). */
	public void keep(PackRecord record, Path workspace) throws ReviewException {
		new ReviewPacks(workspace).save(record);
	}

	static LocalDate day(CalendarEntry entry) {
		return entry.getDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}
}
