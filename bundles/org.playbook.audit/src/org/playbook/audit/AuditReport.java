package org.playbook.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What auditing one strategy found, and its health: 100 less the cost of each finding (see
 * {@link Severity#cost()}: an error 20, a warning 8, a note 2), never below 0; the same per
 * section. {@link #explain()} says which findings cost what.
 */
public record AuditReport(List<Finding> findings) {
	/** The score of a file that could not be read: it has none (a strategist would read 80 as "fairly healthy"). */
	public static final int NO_SCORE = -1;

	public AuditReport {
		findings = List.copyOf(findings);
	}

	/** 0 to 100, or {@link #NO_SCORE} for a file that could not be read. */
	public int score() {
		return isReadable() ? Math.max(0, 100 - findings.stream().mapToInt(Finding::cost).sum()) : NO_SCORE;
	}

	/** Whether the strategy was read: an unreadable file's report holds only the finding that says why. */
	public boolean isReadable() {
		return findings.stream().noneMatch(finding -> AgencyAudit.UNREADABLE.equals(finding.ruleId()));
	}

	/** "72/100", or "cannot be read". */
	public String scoreText() {
		return isReadable() ? score() + "/100" : "cannot be read";
	}

	/** The score of every section (100 where nothing was found). */
	public Map<Section, Integer> sectionScores() {
		Map<Section, Integer> scores = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			scores.put(section, 100);
		}
		for (Finding finding : findings) {
			scores.merge(finding.section(), finding.cost(), (score, cost) -> Math.max(0, score - cost));
		}
		return scores;
	}

	public long count(Severity severity) {
		return findings.stream().filter(finding -> finding.severity() == severity).count();
	}

	public boolean hasErrors() {
		return count(Severity.ERROR) > 0;
	}

	/** The findings, most costly first, each as "-20 why: No why..." */
	public List<String> explain() {
		return findings.stream().sorted((a, b) -> b.cost() - a.cost())
				.map(finding -> "-" + finding.cost() + " " + finding.section().label() + ": " + finding.message()).toList();
	}
}
