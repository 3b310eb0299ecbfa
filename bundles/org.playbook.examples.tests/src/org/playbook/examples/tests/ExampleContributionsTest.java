package org.playbook.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.playbook.audit.AuditReport;
import org.playbook.audit.AuditRules;
import org.playbook.audit.Auditor;
import org.playbook.audit.Finding;
import org.playbook.audit.Thresholds;
import org.playbook.library.importer.ParsedPost;
import org.playbook.library.importer.ParsedPost.BlockKind;
import org.playbook.library.importer.PostReaders;
import org.playbook.model.CalendarEntry;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;
import org.playbook.workspace.templates.StrategyTemplate;
import org.playbook.workspace.templates.StrategyTemplates;

/** The example plugin's contributions arrive through Playbook's extension points and work. */
public class ExampleContributionsTest {

	@Test
	public void theTemplateIsOfferedAndPassesTheBuiltInAuditWithoutErrors() throws Exception {
		StrategyTemplate template = StrategyTemplates.byId("org.playbook.examples.local-launch");
		Strategy strategy = template.create();
		AuditReport report = new Auditor(AuditRules.all(), Thresholds.DEFAULTS).audit(strategy);
		assertFalse(report.hasErrors(), report.explain().toString());
	}

	@Test
	public void theRuleRunsBesideTheBuiltInOnesAndFindsAPillarWithoutPosts() throws Exception {
		Strategy strategy = StrategyTemplates.byId("org.playbook.examples.local-launch").create();
		CalendarEntry entry = PlaybookFactory.eINSTANCE.createCalendarEntry();
		entry.setTitle("Opening day");
		entry.setPillar(strategy.getContentPlan().getPillars().get(1));
		strategy.getContentPlan().getCalendarEntries().add(entry);

		List<Finding> unused = new Auditor().audit(strategy).findings().stream().filter(f -> f.ruleId().equals("examples.unused-pillar")).toList();

		assertEquals(1, unused.size());
		assertTrue(unused.get(0).message().contains("The people behind the counter"), unused.get(0).message());
	}

	@Test
	public void theMarkdownExporterIsOfferedBesideTheBuiltInOnesAndEscapesMarkup() throws Exception {
		org.playbook.report.ReportExporter markdown = org.playbook.report.Reports.exporter("markdown");
		org.junit.jupiter.api.Assertions.assertNotNull(markdown, "contributed through org.playbook.report.exporters");
		Strategy strategy = StrategyTemplates.byId("org.playbook.examples.local-launch").create();
		strategy.setName("*Launch* #1");
		org.playbook.report.StrategyReport report = org.playbook.report.StrategyReport.of("Lark Bakery", strategy,
				new Auditor().audit(strategy), new org.playbook.audit.Citations(null));
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		markdown.export(List.of(report), out);
		String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(text.startsWith("# \\*Launch\\* \\#1 (Lark Bakery)"), text);
		assertTrue(text.contains("Fill the opening weekend"), text);
	}

	@Test
	public void markdownPostsAreReadWithTheirFrontMatterHeadingsAndLists() throws Exception {
		String markdown = """
				---
				title: "Five habits of brands people follow"
				author: Sam Writer
				date: 2026-03-14
				---
				# Five habits

				Brands people follow **listen** before they talk.

				## How to fail
				- Post a [sales pitch](https://example.com) every day
				- Leave the account alone for months
				""";
		ParsedPost post = PostReaders.fromRegistry().read("habits.md", markdown);
		assertEquals("Five habits of brands people follow", post.title());
		assertEquals("Sam Writer", post.author());
		assertEquals(java.time.LocalDate.of(2026, 3, 14), post.published());
		assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM),
				post.blocks().stream().map(ParsedPost.Block::kind).toList());
		ParsedPost.Block pitch = post.blocks().get(3);
		assertEquals("Post a sales pitch every day", pitch.content());
		assertEquals("How to fail", pitch.section());
		assertEquals(pitch.content(), post.text().substring(pitch.start(), pitch.end()), "offsets point at the quote");
	}
}
