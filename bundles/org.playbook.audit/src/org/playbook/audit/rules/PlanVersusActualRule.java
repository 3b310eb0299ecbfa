package org.playbook.audit.rules;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.playbook.audit.RuleContext;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.model.Measurement;
import org.playbook.model.Network;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/**
 * What was posted against what was planned, once actuals are imported: the real promotional
 * share against the planned mix ("planned 20% promotional, posted 65%"), and the real
 * cadence per network against the tactics' posts a week.
 */
public final class PlanVersusActualRule extends BuiltInRule {
	/** How many points above the planned promotional share the posts may go before it is said. */
	private static final int TOLERANCE = 15;

	public PlanVersusActualRule() {
		super("actuals.off-plan", "What was posted follows the plan", "content.sales-pitch", "commitment.consistency",
				"content.once-in-a-blue-moon");
	}

	@Override
	public void check(Strategy strategy, RuleContext context) {
		List<Measurement> posts = measured(strategy, ActualMetrics.POSTS);
		double total = posts.stream().mapToDouble(Measurement::getValue).sum();
		if (total < 5) {
			return; // too few posts imported to judge
		}
		double promotional = measured(strategy, ActualMetrics.PROMOTIONAL_POSTS).stream().mapToDouble(Measurement::getValue).sum();
		int actualShare = (int) Math.round(promotional * 100 / total);
		int planned = strategy.getContentPlan() == null ? 0 : strategy.getContentPlan().getPromotionalShare();
		if (actualShare > planned + TOLERANCE) {
			context.report(Severity.WARNING, Section.CONTENT, "Planned " + planned + "% promotional, posted " + actualShare + "% (" + (long) promotional
					+ " of " + (long) total + " posts).", strategy.getContentPlan() != null ? strategy.getContentPlan() : strategy,
					strategy.getContentPlan() != null ? Literals.CONTENT_PLAN__PROMOTIONAL_SHARE : Literals.STRATEGY__CONTENT_PLAN);
		}
		double weeks = weeks(posts);
		Map<Network, Double> postedPerWeek = new TreeMap<>();
		posts.stream().filter(m -> m.getNetwork() != null).forEach(m -> postedPerWeek.merge(m.getNetwork(), m.getValue() / weeks, Double::sum));
		for (NetworkPlan plan : NetworkPlan.of(strategy)) {
			double posted = postedPerWeek.getOrDefault(plan.network(), 0.0);
			if (plan.postsPerWeek() > 0 && posted < plan.postsPerWeek() / 2) {
				context.report(Severity.WARNING, Section.CONTENT, String.format(java.util.Locale.ROOT,
						"Planned %s posts a week on %s, posted %.1f.", round(plan.postsPerWeek()), plan.network().getLiteral(), posted),
						plan.firstTactic(), Literals.TACTIC__POSTS_PER_WEEK);
			}
		}
	}

	private static List<Measurement> measured(Strategy strategy, String metric) {
		return strategy.getMeasurements().stream().filter(m -> m.getMetric() != null && metric.equals(m.getMetric().getName())).toList();
	}

	/** The weeks the imported periods span, at least one. */
	private static double weeks(List<Measurement> posts) {
		long from = posts.stream().map(Measurement::getPeriodStart).filter(d -> d != null).mapToLong(Date::getTime).min().orElse(0);
		long to = posts.stream().map(Measurement::getPeriodEnd).filter(d -> d != null).mapToLong(Date::getTime).max().orElse(0);
		return Math.max(1, (to - from) / (7 * 24 * 3_600_000.0));
	}

	private static String round(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
