package org.playbook.review;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Strategy;

/**
 * Client decisions checked against what the agency sent, and then applied: the file must be
 * signed with the secret of a pack this workspace sent (so it was saved by that pack and not
 * edited since), be for this strategy, decide only on posts the pack sent that are still in
 * the strategy and unchanged since, and not have been imported before. Any failure refuses
 * the whole file with its reason, and nothing changes. Applying sets each post's approval,
 * reviewer, date and comment; the caller makes that one undoable change.
 */
public final class ReviewImport {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

	private final Decisions decisions;
	private final PackRecord pack;

	private ReviewImport(Decisions decisions, PackRecord pack) {
		this.decisions = decisions;
		this.pack = pack;
	}

	/** The pack record the decisions claim, if this workspace sent it and they are signed with its secret. */
	public static PackRecord packOf(Decisions decisions, Path workspace) throws ReviewException {
		PackRecord pack = new ReviewPacks(workspace).find(decisions.packId());
		if (pack == null) {
			throw new ReviewException("the decisions were made in a review pack this workspace did not send; import them into the workspace that sent it");
		}
		if (!Signatures.verify(pack.secret(), decisions.payload(), decisions.signature())) {
			throw new ReviewException("the decisions were changed after the review pack saved them (their signature does not match); ask the client to save them again");
		}
		return pack;
	}

	/** Checks the decisions against the pack and the strategy as it is now. */
	public static ReviewImport check(Decisions decisions, Path workspace, Strategy strategy) throws ReviewException {
		PackRecord pack = packOf(decisions, workspace);
		if (!pack.strategyId().equals(decisions.strategyId())) {
			throw new ReviewException("the decisions do not name the strategy their pack was sent for");
		}
		if (!pack.strategyId().equals(strategy.getId())) {
			throw new ReviewException("the decisions are for \u201c" + pack.strategyName() + "\u201d (" + pack.strategyFile() + "), not for \u201c"
					+ strategy.getName() + "\u201d");
		}
		PackRecord.Imported before = pack.imported(decisions.signature());
		if (before != null) {
			throw new ReviewException("these decisions were already imported on " + WHEN.format(before.on().atZone(ZoneId.systemDefault()))
					+ "; nothing was changed again");
		}
		for (Decisions.Decision decision : decisions.decisions()) {
			PackRecord.SentEntry sent = pack.entry(decision.entryId());
			if (sent == null) {
				throw new ReviewException("the decisions name a post the review pack did not send");
			}
			CalendarEntry entry = EntryIds.find(strategy, decision.entryId());
			if (entry == null) {
				throw new ReviewException("the post \u201c" + sent.title() + "\u201d is no longer in the strategy");
			}
			if (!EntryIds.contentDigest(entry).equals(sent.digest())) {
				throw new ReviewException("the post \u201c" + sent.title() + "\u201d was changed after the pack was sent, so the decision is on an older version; send it for review again");
			}
		}
		return new ReviewImport(decisions, pack);
	}

	public Decisions decisions() {
		return decisions;
	}

	public PackRecord pack() {
		return pack;
	}

	/** Sets each decided post's approval, reviewer, date and comment on the strategy (the one the check read, or its twin). */
	public void applyTo(Strategy strategy) {
		Date on = Date.from(decisions.decidedAt());
		for (Decisions.Decision decision : decisions.decisions()) {
			CalendarEntry entry = EntryIds.find(strategy, decision.entryId());
			entry.setApproval(decision.approved() ? ApprovalState.APPROVED : ApprovalState.CHANGES_REQUESTED);
			entry.setReviewer(decisions.reviewer());
			entry.setReviewedOn(on);
			entry.setReviewComment(decision.comment());
		}
	}

	/** Records that the decisions were applied, so the same file is refused next time. */
	public void keep(Path workspace) throws ReviewException {
		new ReviewPacks(workspace).save(pack.with(new PackRecord.Imported(decisions.signature(), Instant.now(), decisions.reviewer())));
	}

	/** "2 approved, 1 with changes requested, by Inês Carvalho". */
	public String summary() {
		long approved = decisions.decisions().stream().filter(Decisions.Decision::approved).count();
		long changes = decisions.decisions().size() - approved;
		List<String> parts = new ArrayList<>();
		if (approved > 0) {
			parts.add(approved + " approved");
		}
		if (changes > 0) {
			parts.add(changes + " with changes requested");
		}
		return String.join(", ", parts) + ", by " + decisions.reviewer();
	}
}
