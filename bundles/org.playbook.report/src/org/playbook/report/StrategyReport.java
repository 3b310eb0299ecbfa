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
import org.playbook.branding.Brand;
import org.playbook.model.BrandVoice;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Goal;
import org.playbook.model.Measurement;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/**
 * What a client report says about one strategy, gathered once for every format: the why,
 * goals with their KPIs and latest actual, tactics and the goals they serve, the content mix
 * and calendar with each post's review, who owns the voice and the voice guide, the health score and the findings with the practices
 * they cite, and in a shared workspace what changed since the last review. Exporters only
 * lay it out, in the brand of the agency (or of the client) that sends it.
 */
public record StrategyReport(String client, String strategy, String why, String positioning, List<GoalLine> goals, List<TacticLine> tactics,
		int helpfulShare, int promotionalShare, List<CalendarLine> calendar, String voiceOwner, VoiceGuide voice, String reviewCadence, int score,
		Map<Section, Integer> sectionScores, List<FindingLine> findings, ChangesSinceReview changesSinceReview, Brand brand) {

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

	/** A planned post, with where the client's review of it stands. */
	public record CalendarLine(Date date, String title, String network, String intent, String text, String approval, String reviewer, Date reviewedOn,
			String reviewComment) {
	}

	/** The brand voice guide: how the client sounds, the words it uses and never uses, a post that sounds right. */
	public record VoiceGuide(String tone, List<String> wordsToUse, List<String> wordsToAvoid, String samplePost, String notes) {
		static VoiceGuide of(BrandVoice voice) {
			return voice == null ? null
					: new VoiceGuide(voice.getTone(), List.copyOf(voice.getWordsToUse()), List.copyOf(voice.getWordsToAvoid()), voice.getSamplePost(),
							voice.getNotes());
		}
	}

	public record FindingLine(String severity, String section, String message, String element, List<Citations.Citation> citations) {
	}

	/** The report of a strategy, its audit and the practices the findings cite, in the agency's own brand. */
	public static StrategyReport of(String client, Strategy strategy, AuditReport audit, Citations citations) {
		return of(client, strategy, audit, citations, Brand.PLAYBOOK);
	}

	/** The report of a strategy, its audit and the practices the findings cite, under the brand given. */
	public static StrategyReport of(String client, Strategy strategy, AuditReport audit, Citations citations, Brand brand) {
		List<GoalLine> goals = strategy.getGoals().stream().map(goal -> goal(strategy, goal)).toList();
		List<TacticLine> tactics = strategy.getTactics().stream().map(StrategyReport::tactic).toList();
		List<CalendarLine> calendar = strategy.getContentPlan() == null ? List.of()
				: strategy.getContentPlan().getCalendarEntries().stream().sorted(Comparator.comparing(e -> e.getDate() == null ? new Date(0) : e.getDate()))
						.map(StrategyReport::entry).toList();
		String owner = strategy.getGovernance() == null || strategy.getGovernance().getBrandVoiceOwner() == null ? null
				: strategy.getGovernance().getBrandVoiceOwner().getName() + " (" + Labels.of(strategy.getGovernance().getBrandVoiceOwner().getSeniority()) + ")";
		String review = strategy.getReviewCadence() == null || !strategy.getReviewCadence().isSetFrequency() ? null
				: Labels.of(strategy.getReviewCadence().getFrequency());
		List<FindingLine> findings = audit.findings().stream().sorted((a, b) -> b.cost() - a.cost()).map(f -> finding(f, citations)).toList();
		return new StrategyReport(client, strategy.getName(), strategy.getPurpose() == null ? null : strategy.getPurpose().getWhy(),
				strategy.getPositioning() == null ? null : strategy.getPositioning().getStatement(), goals, tactics,
				strategy.getContentPlan() == null ? 0 : strategy.getContentPlan().getHelpfulShare(),
				strategy.getContentPlan() == null ? 0 : strategy.getContentPlan().getPromotionalShare(), calendar, owner,
				VoiceGuide.of(strategy.getGovernance() == null ? null : strategy.getGovernance().getBrandVoice()), review, audit.score(),
				audit.sectionScores(), findings, ChangesSinceReview.of(strategy), brand);
	}

	private static CalendarLine entry(CalendarEntry entry) {
		return new CalendarLine(entry.getDate(), entry.getTitle(), Labels.of(entry.getNetwork()), Labels.of(entry.getIntent()), entry.getText(),
				Labels.of(entry.getApproval()), entry.getReviewer(), entry.getReviewedOn(), entry.getReviewComment());
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
