package org.playbook.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.Client;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.ReviewFrequency;
import org.playbook.model.Strategy;
import org.playbook.report.ChangesSinceReview;
import org.playbook.report.Reports;
import org.playbook.report.StrategyReport;
import org.playbook.team.AgencyRepository;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;
import org.playbook.workspace.SampleAgency;

/** "What changed since the last review" in a shared workspace: the difference from the commit at the last review date. */
public class ChangesSinceReviewTest {
	@TempDir
	Path workspace;

	@Test
	public void theReportSaysWhatChangedSinceTheCommitAtTheLastReview() throws Exception {
		SampleAgency.install(workspace);
		Path file = workspace.resolve("harbor-roast/2026-social.playbook");
		Strategy strategy = read(file);
		// a monthly review, the next in ten days: the last one was about twenty days ago
		strategy.getReviewCadence().setFrequency(ReviewFrequency.MONTHLY);
		strategy.getReviewCadence().setNextReview(Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));
		new ModelWriter().save(strategy.eResource(), file);
		PersonIdent fortyDaysAgo = new PersonIdent("Ana Lopez", "ana@agency.example", Instant.now().minus(40, ChronoUnit.DAYS), ZoneId.systemDefault());
		AgencyRepository.share(workspace, null, fortyDaysAgo).close();

		Strategy now = read(file);
		now.getGoals().get(0).setTarget(1500.0);
		new ModelWriter().save(now.eResource(), file);
		Client client = PlaybookFactory.eINSTANCE.createClient();
		client.setName("Harbor Roast");
		client.getStrategies().add(read(file));

		StrategyReport report = Reports.gather(List.of(client), workspace).get(0);

		ChangesSinceReview changes = report.changesSinceReview();
		assertNotNull(changes, "a shared strategy with a review date has the section");
		assertEquals(1, changes.changes().size(), changes.changes().toString());
		assertTrue(changes.changes().get(0).endsWith(": target 1200 \u2192 1500"), changes.changes().toString());
		ByteArrayOutputStream html = new ByteArrayOutputStream();
		Reports.exporter("html").export(List.of(report), html);
		assertTrue(html.toString(StandardCharsets.UTF_8).contains("What changed since the last review"), "the HTML report shows it");
	}

	@Test
	public void aStrategyNotSharedHasNoSuchSection() throws Exception {
		SampleAgency.install(workspace);
		assertNull(ChangesSinceReview.of(read(workspace.resolve("harbor-roast/2026-social.playbook"))));
	}

	private static Strategy read(Path file) {
		LoadResult<Strategy> loaded = new ModelReader().read(file, Strategy.class);
		return loaded.root();
	}
}
