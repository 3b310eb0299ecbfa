package org.playbook.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.playbook.model.ReviewCadence;
import org.playbook.model.Strategy;
import org.playbook.team.AgencyRepository;
import org.playbook.team.Revision;
import org.playbook.team.TeamException;
import org.playbook.workspace.Agency;
import org.playbook.team.merge.Change;
import org.playbook.team.merge.ModelDiff;

/**
 * "What changed since the last review" for a client report: the model-level difference
 * between the strategy as it was committed at its last review and as it is now. The last
 * review is one period (week, month, quarter, year) before the next one the strategy plans,
 * or the planned one when that date has passed. Only for strategies in a shared workspace.
 * @param since the last review's date
 * @param revision the commit the strategy is compared with (the last one on or before that date)
 * @param changes what changed, one line each
 */
public record ChangesSinceReview(Date since, String revision, List<String> changes) {
	/** More than this many changes is no longer a summary. */
	private static final int MOST = 200;

	/** The changes for the strategy, or null when it has no review date, is not in a shared workspace, or has no commit that old. */
	public static ChangesSinceReview of(Strategy strategy) {
		Instant since = lastReview(strategy.getReviewCadence(), Instant.now());
		Path file = Agency.fileOf(strategy);
		if (since == null || file == null || !Files.isRegularFile(file)) {
			return null;
		}
		try (AgencyRepository repository = AgencyRepository.open(file.getParent())) {
			Revision then = repository.lastCommitBefore(file, since);
			if (then == null) {
				return null;
			}
			ByteArrayOutputStream now = new ByteArrayOutputStream();
			strategy.eResource().save(now, null);
			List<String> lines = ModelDiff.between(repository.pathOf(file), repository.contentAt(then.id(), file), now.toByteArray()).stream()
					.map(Change::describe).toList();
			return new ChangesSinceReview(Date.from(since), then.shortId(), lines.size() > MOST ? lines.subList(0, MOST) : lines);
		} catch (TeamException | IOException e) {
			return null; // not shared, or its history unreadable: the report leaves the section out
		}
	}

	/** The last review before now: one period before the planned next review, or that review if it has passed. */
	static Instant lastReview(ReviewCadence cadence, Instant now) {
		if (cadence == null || cadence.getNextReview() == null || !cadence.isSetFrequency()) {
			return null;
		}
		ZonedDateTime next = cadence.getNextReview().toInstant().atZone(ZoneId.systemDefault());
		if (!next.toInstant().isAfter(now)) {
			return next.toInstant();
		}
		ZonedDateTime last = switch (cadence.getFrequency()) {
		case WEEKLY -> next.minusWeeks(1);
		case MONTHLY -> next.minusMonths(1);
		case QUARTERLY -> next.minusMonths(3);
		case ANNUALLY -> next.minusYears(1);
		};
		return last.toInstant();
	}
}
