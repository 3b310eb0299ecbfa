package org.playbook.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.playbook.audit.AuditReport;
import org.playbook.audit.AuditRules;
import org.playbook.audit.Auditor;
import org.playbook.audit.Finding;
import org.playbook.audit.Section;
import org.playbook.audit.Severity;
import org.playbook.audit.Thresholds;
import org.playbook.audit.internal.StrategyValidator;
import org.playbook.audit.rules.BuiltInRules;
import org.playbook.model.Network;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Seniority;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/** Each rule passes on the strong sample and fails once the strategy has the weakness it looks for. */
public class RulesTest {

	static Stream<Arguments> weaknesses() {
		return Stream.of(
				weakness("purpose.missing-why", s -> s.getPurpose().setWhy(null)),
				weakness("purpose.missing-why", s -> s.getPurpose().setWhy("To increase revenue and sell more beans")),
				weakness("situation.no-analysis", s -> s.setSituation(null)),
				weakness("audience.no-customer-profile", s -> s.getPersonas().clear()),
				weakness("strategy.no-positioning", s -> s.setPositioning(null)),
				weakness("goals.not-measurable", s -> s.getGoals().get(0).setMetric(null)),
				weakness("tactics.serve-no-goal", s -> s.getTactics().get(0).getGoals().clear()),
				weakness("channels.no-primary-network", RulesTest::chaseFourNetworks),
				weakness("content.cadence", s -> s.getTactics().forEach(t -> t.setPostsPerWeek(0.1))),
				weakness("content.too-promotional", s -> s.getContentPlan().setPromotionalShare(55)),
				weakness("listening.no-commitment", s -> s.getListening().setResponseTimeHours(null)),
				weakness("governance.voice-owner", s -> s.getGovernance().getBrandVoiceOwner().setSeniority(Seniority.INTERN)),
				weakness("content.brand-voice", s -> s.getContentPlan().getCalendarEntries().get(0).setText("Bargains on the harbour all week")),
				weakness("crisis.no-plan", s -> s.setCrisisPlan(null)),
				weakness("commitment.no-review-cadence", s -> s.setReviewCadence(null)),
				weakness("actuals.off-plan", RulesTest::postMostlyPromotions));
	}

	private static Arguments weakness(String ruleId, Consumer<Strategy> weaken) {
		return Arguments.of(ruleId, weaken);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("weaknesses")
	public void theRulePassesOnTheStrongSampleAndFailsOnTheWeakenedOne(String ruleId, Consumer<Strategy> weaken) throws Exception {
		Strategy strategy = Fixtures.sample("Harbor");
		Auditor auditor = new Auditor(AuditRules.builtIn(), Thresholds.DEFAULTS);
		assertEquals(List.of(), findings(auditor.audit(strategy), ruleId), "passes on the strong sample");

		weaken.accept(strategy);

		List<Finding> found = findings(auditor.audit(strategy), ruleId);
		assertFalse(found.isEmpty(), ruleId + " finds the weakness");
		assertFalse(found.get(0).practiceIds().isEmpty(), "and cites the practices that warn about it");
		assertTrue(found.get(0).element() != null, "and points at an element");
	}

	@Test
	public void everyBuiltInRuleHasAFixtureAbove() {
		Set<String> covered = weaknesses().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
		assertEquals(BuiltInRules.all().stream().map(rule -> rule.id()).collect(Collectors.toSet()), covered);
	}

	@Test
	public void theWeakSampleGetsTheFindingsItWasWrittenFor() throws Exception {
		AuditReport report = new Auditor(AuditRules.builtIn(), Thresholds.DEFAULTS).audit(Fixtures.sample("Northwind"));
		Set<String> rules = report.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
		assertTrue(rules.containsAll(Set.of("purpose.missing-why", "governance.voice-owner", "content.too-promotional", "tactics.serve-no-goal",
				"channels.no-primary-network", "commitment.no-review-cadence")), rules.toString());
		assertTrue(report.hasErrors());
		assertTrue(report.score() < 30, "a weak strategy scores low: " + report.score());
		assertTrue(report.sectionScores().get(Section.GOVERNANCE) < 100);
		assertTrue(report.explain().get(0).startsWith("-20 "), "the explanation starts with what cost most: " + report.explain());
	}

	@Test
	public void theStrongSampleScoresHighAndWithoutErrors() throws Exception {
		AuditReport report = new Auditor(AuditRules.builtIn(), Thresholds.DEFAULTS).audit(Fixtures.sample("Harbor"));
		assertFalse(report.hasErrors(), report.explain().toString());
		assertTrue(report.score() >= 85, report.score() + " " + report.explain());
	}

	@Test
	public void thresholdsAreTheStrategistsToSet() throws Exception {
		Strategy strategy = Fixtures.sample("Harbor");
		strategy.getContentPlan().setPromotionalShare(25);
		assertEquals(List.of(), findings(new Auditor(AuditRules.builtIn(), Thresholds.DEFAULTS).audit(strategy), "content.too-promotional"));
		Thresholds strict = new Thresholds(20, 0.25, 3, 24.0);
		assertEquals(1, findings(new Auditor(AuditRules.builtIn(), strict).audit(strategy), "content.too-promotional").size());
	}

	@Test
	public void aContributedRuleRunsAndAThrowingOneIsReportedWhileTheOthersStillRun() throws Exception {
		Strategy strategy = Fixtures.sample("Northwind");
		strategy.getTactics().get(0).setName("#smile");
		AuditReport report = new Auditor().audit(strategy);
		List<String> rules = report.findings().stream().map(Finding::ruleId).toList();
		assertTrue(rules.contains("agency.no-hashtag-names"), "the contributed rule ran: " + rules);
		Finding failed = findings(report, StrategyValidator.RULE_FAILED).get(0);
		assertTrue(failed.message().contains("agency.broken") && failed.message().contains("org.playbook.audit"), failed.message());
		assertEquals(Severity.WARNING, failed.severity());
		assertTrue(rules.contains("commitment.no-review-cadence"), "rules after the broken one still ran");
		assertTrue(AuditRules.all().stream().noneMatch(r -> r.rule().getClass().getSimpleName().equals("NoSuchRule")));
	}

	@Test
	public void theAuditIsEmfValidation() throws Exception {
		org.eclipse.emf.common.util.Diagnostic diagnostic = new Auditor(AuditRules.builtIn(), Thresholds.DEFAULTS).validate(Fixtures.sample("Northwind"));
		assertEquals(org.eclipse.emf.common.util.Diagnostic.ERROR, diagnostic.getSeverity());
		assertTrue(diagnostic.getChildren().stream().allMatch(d -> Auditor.SOURCE.equals(d.getSource())));
	}

	private static List<Finding> findings(AuditReport report, String ruleId) {
		return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
	}

	/** Imported actuals: 20 posts on Instagram in January, 15 of them promotional. */
	private static void postMostlyPromotions(Strategy strategy) {
		java.util.Date start = new java.util.Date(1_767_225_600_000L), end = new java.util.Date(1_769_817_600_000L);
		for (String name : List.of(org.playbook.audit.rules.ActualMetrics.POSTS, org.playbook.audit.rules.ActualMetrics.PROMOTIONAL_POSTS)) {
			org.playbook.model.Metric metric = PlaybookFactory.eINSTANCE.createMetric();
			metric.setName(name);
			strategy.getMetrics().add(metric);
			org.playbook.model.Measurement measurement = PlaybookFactory.eINSTANCE.createMeasurement();
			measurement.setMetric(metric);
			measurement.setNetwork(Network.INSTAGRAM);
			measurement.setPeriodStart(start);
			measurement.setPeriodEnd(end);
			measurement.setValue(name.equals(org.playbook.audit.rules.ActualMetrics.POSTS) ? 20 : 15);
			strategy.getMeasurements().add(measurement);
		}
	}

	private static void chaseFourNetworks(Strategy strategy) {
		strategy.getTactics().forEach(t -> t.setPrimary(false));
		for (Network network : List.of(Network.X, Network.LINKEDIN, Network.TIKTOK, Network.PINTEREST)) {
			Tactic tactic = PlaybookFactory.eINSTANCE.createTactic();
			tactic.setName("Also on " + network.getLiteral());
			tactic.setNetwork(network);
			tactic.setPostsPerWeek(2);
			tactic.getGoals().add(strategy.getGoals().get(0));
			strategy.getTactics().add(tactic);
		}
	}
}
