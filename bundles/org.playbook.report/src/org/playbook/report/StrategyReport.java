package org.playbook.report;

import org.playbook.model.labels.Labels;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.playbook.audit.AuditReport;
import org.playbook.audit.Citations;
import org.playbook.audit.Elements;
import org.playbook.audit.Finding;
import org.playbook.audit.Section;
import org.playbook.model.Goal;
import org.playbook.model.Measurement;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/**
 * What a client report says about one strategy, gathered once for every format: the why,
 * goals with their KPIs and latest actual, tactics and the goals they serve, the content mix
 * and calendar, who owns the voice, the health score and the findings with the practices
 * they cite, and in a shared workspace what changed since the last review. Exporters only
 * lay it out.
 */
public record StrategyReport(String client, String strategy, String why, String positioning, List<GoalLine> goals, List<TacticLine> tactics,
		int helpfulShare, int promotionalShare, List<CalendarLine> calendar, String voiceOwner, String reviewCadence, int score,
		Map<Section, Integer> sectionScores, List<FindingLine> findings, ChangesSinceReview changesSinceReview) {

	public record GoalLine(String name, String metric, String unit, Double baseline, Double target, Date deadline, Double latestActual) {
		/** How far from baseline to target the latest actual is, 0 to 1, or null when it cannot be said. */
		public Double progress() {
			if (target == null || latestActual == null) {
				return null;
			}
			double from = baseline == null ? 0 : baseline;
			return target == from ? null : Math.max(0, Math.min(1, (latestActual - from) / (target - from)));
		}
	}

	public record TacticLine(String name, String network, double postsPerWeek, boolean primary, List<String> goals) {
	}

	public record CalendarLine(Date date, String title, String network, String intent) {
	}

	public record FindingLine(String severity, String section, String message, String element, List<Citations.Citation> citations) {
	}

	/** The report of a strategy, its audit and the practices the findings cite. */
	public static StrategyReport of(String client, Strategy strategy, AuditReport audit, Citations citations) {
		List<GoalLine> goals = strategy.getGoals().stream().map(goal -> goal(strategy, goal)).toList();
		List<TacticLine> tactics = strategy.getTactics().stream().map(StrategyReport::tactic).toList();
		List<CalendarLine> calendar = strategy.getContentPlan() == null ? List.of()
				: strategy.getContentPlan().getCalendarEntries().stream().sorted(Comparator.comparing(e -> e.getDate() == null ? new Date(0) : e.getDate()))
						.map(e -> new CalendarLine(e.getDate(), e.getTitle(), Labels.of(e.getNetwork()), Labels.of(e.getIntent()))).toList();
		String owner = strategy.getGovernance() == null || strategy.getGovernance().getBrandVoiceOwner() == null ? null
				: strategy.getGovernance().getBrandVoiceOwner().getName() + " (" + Labels.of(strategy.getGovernance().getBrandVoiceOwner().getSeniority()) + ")";
		String review = strategy.getReviewCadence() == null || !strategy.getReviewCadence().isSetFrequency() ? null
				: Labels.of(strategy.getReviewCadence().getFrequency());
		List<FindingLine> findings = audit.findings().stream().sorted((a, b) -> b.cost() - a.cost()).map(f -> finding(f, citations)).toList();
		return new StrategyReport(client, strategy.getName(), strategy.getPurpose() == null ? null : strategy.getPurpose().getWhy(),
				strategy.getPositioning() == null ? null : strategy.getPositioning().getStatement(), goals, tactics,
				strategy.getContentPlan() == null ? 0 : strategy.getContentPlan().getHelpfulShare(),
				strategy.getContentPlan() == null ? 0 : strategy.getContentPlan().getPromotionalShare(), calendar, owner, review, audit.score(),
				audit.sectionScores(), findings, ChangesSinceReview.of(strategy));
	}

	private static GoalLine goal(Strategy strategy, Goal goal) {
		Double latest = goal.getMetric() == null ? null
				: strategy.getMeasurements().stream().filter(m -> m.getMetric() == goal.getMetric() && m.getPeriodEnd() != null)
						.max(Comparator.comparing(Measurement::getPeriodEnd)).map(Measurement::getValue).orElse(null);
		return new GoalLine(goal.getName(), goal.getMetric() == null ? null : goal.getMetric().getName(),
				goal.getMetric() == null ? null : goal.getMetric().getUnit(), goal.getBaseline(), goal.getTarget(), goal.getDeadline(), latest);
	}

	private static TacticLine tactic(Tactic tactic) {
		return new TacticLine(tactic.getName(), Labels.of(tactic.getNetwork()), tactic.getPostsPerWeek(), tactic.isPrimary(),
				tactic.getGoals().stream().map(Goal::getName).toList());
	}

	private static FindingLine finding(Finding finding, Citations citations) {
		return new FindingLine(finding.severity().label(), finding.section().label(), finding.message(), Elements.describe(finding.element()),
				citations.of(finding));
	}
}
