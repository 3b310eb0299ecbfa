package org.playbook.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.DecorationContext;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.playbook.audit.builder.AuditMarkers;
import org.playbook.library.ui.PracticeView;
import org.playbook.model.ReviewFrequency;
import org.playbook.model.Strategy;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.internal.PlaybookWorkbenchAdvisor;
import org.playbook.workspace.ModelReader;

/** The audit in the workbench: markers from the builder, the Portfolio, quick fixes, Explain, the score in the navigator. */
public class AuditWorkbenchTest {
	private static final long WAIT = 30_000;
	private IWorkbenchPage page;
	private IFile northwind;

	@BeforeEach
	public void auditedSampleAgency() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		northwind = ResourcesPlugin.getWorkspace().getRoot().getProject("northwind-dental").getFile("spring-campaign.playbook");
		UiTestSupport.waitUntil(() -> Job.getJobManager().find(PlaybookWorkbenchAdvisor.ADOPT_FAMILY).length == 0 && northwind.exists(), WAIT,
				"the sample clients as projects");
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, null);
	}

	@Test
	public void theWeakClientHasMarkersAndComesFirstInThePortfolio() throws Exception {
		List<String> rules = Arrays.stream(northwind.findMarkers(AuditMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(AuditMarkers.RULE_ID, "")).toList();
		assertTrue(rules.containsAll(List.of("purpose.missing-why", "governance.voice-owner", "content.too-promotional")), rules.toString());

		PortfolioView portfolio = (PortfolioView) page.showView(PortfolioView.ID);
		portfolio.refresh();
		UiTestSupport.waitUntil(() -> portfolio.viewer().getTable().getItemCount() >= 4, WAIT, "the portfolio's rows");
		PortfolioView.Row worst = (PortfolioView.Row) portfolio.viewer().getTable().getItem(0).getData();
		assertEquals("Northwind Dental Group", worst.client());
		assertTrue(worst.errors() >= 3, "errors counted: " + worst);
		PortfolioView.Row best = (PortfolioView.Row) portfolio.viewer().getTable().getItem(portfolio.viewer().getTable().getItemCount() - 1).getData();
		assertTrue(best.score() > worst.score());
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "portfolio");

		StringBuilder suffix = new StringBuilder();
		new HealthDecorator().decorate(northwind, new RecordingDecoration(suffix));
		assertEquals("  " + worst.score() + "/100", suffix.toString(), "the navigator shows the score");
	}

	@Test
	public void aQuickFixPlansTheReviewAndTheFindingGoesAway() throws Exception {
		IMarker review = marker("commitment.no-review-cadence");
		IMarkerResolution[] fixes = new QuickFixes().getResolutions(review);
		assertEquals("Plan a monthly review", fixes[0].getLabel());

		fixes[0].run(review);
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);

		Strategy fixed = new ModelReader().read(northwind.getLocation().toPath(), Strategy.class).root();
		assertEquals(ReviewFrequency.MONTHLY, fixed.getReviewCadence().getFrequency());
		assertFalse(Arrays.stream(northwind.findMarkers(AuditMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.anyMatch(m -> m.getAttribute(AuditMarkers.RULE_ID, "").equals("commitment.no-review-cadence")), "the finding is gone");
		assertTrue(northwind.getHistory(null).length > 0, "Local History keeps the version before the fix");

		IMarker owner = marker("governance.voice-owner");
		assertTrue(Arrays.stream(new QuickFixes().getResolutions(owner)).allMatch(fix -> fix.getLabel().startsWith("Make ")),
				"only seasoned roles are offered as the voice's owner");
	}

	@Test
	public void explainOpensTheCitedPracticeWithItsQuote() throws Exception {
		IMarker why = marker("purpose.missing-why");
		PracticeView view = (PracticeView) ExplainHandler.explain(page, AuditMarkers.practiceIds(why).get(0)); // the test reads what the view shows
		UiTestSupport.waitUntil(() -> view.shownPractice() != null && view.shownPractice().getId().equals("purpose.start-with-why"), WAIT,
				"the practice the finding cites");
		assertTrue(view.shownMarkup().contains("\u201c"), "its verbatim quote is shown");
	}

	@Test
	public void severalClientsSelectedExportToOneHtmlReport() throws Exception {
		org.eclipse.core.resources.IProject harbor = ResourcesPlugin.getWorkspace().getRoot().getProject("harbor-roast");
		org.eclipse.jface.viewers.StructuredSelection selection = new org.eclipse.jface.viewers.StructuredSelection(
				List.of(harbor, northwind.getProject()));
		List<org.playbook.model.Client> clients = ExportReportHandler.clientsOf(selection, null);
		assertEquals(List.of("Harbor Roast Coffee", "Northwind Dental Group"), clients.stream().map(org.playbook.model.Client::getName).toList());

		java.nio.file.Path file = java.nio.file.Files.createTempDirectory("report").resolve("clients-report.html");
		Job export = ExportReportHandler.export(clients, org.playbook.report.Reports.exporter("html"), file);
		export.schedule();
		export.join();

		assertTrue(export.getResult().isOK(), export.getResult().toString());
		String html = java.nio.file.Files.readString(file);
		assertTrue(html.contains("Harbor Roast Coffee") && html.contains("Northwind Dental Group"), "both clients in one report");
	}

	private IMarker marker(String ruleId) throws Exception {
		return Arrays.stream(northwind.findMarkers(AuditMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(AuditMarkers.RULE_ID, "").equals(ruleId)).findFirst().orElseThrow();
	}

	@Test
	public void aQuickFixWithTheStrategyOpenAndDirtyIsAppliedInTheEditorAndUndoneThere() throws Exception {
		IFile file = copyIntoClientOfItsOwn(northwind, "fix-open");
		Strategy copy = new ModelReader().read(file.getLocation().toPath(), Strategy.class).root();
		copy.setReviewCadence(null); // as the sample is before any test fixes it
		new org.playbook.workspace.ModelWriter().save(copy.eResource(), file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, null);
		String onDisk = java.nio.file.Files.readString(file.getLocation().toPath());
		org.eclipse.ui.IEditorPart editor = org.eclipse.ui.ide.IDE.openEditor(page, file, "org.playbook.editor.strategy");
		Strategy strategy = org.eclipse.core.runtime.Adapters.adapt(editor, Strategy.class);
		org.eclipse.emf.edit.domain.EditingDomain domain = org.eclipse.core.runtime.Adapters
				.adapt(editor, org.eclipse.emf.edit.domain.IEditingDomainProvider.class).getEditingDomain();
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, strategy.getPurpose(),
				org.playbook.model.PlaybookPackage.Literals.PURPOSE__WHY, "Nobody should fear the dentist."));
		assertTrue(editor.isDirty(), "the strategist's unsaved edit");

		IMarker review = Arrays.stream(file.findMarkers(AuditMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(AuditMarkers.RULE_ID, "").equals("commitment.no-review-cadence")).findFirst().orElseThrow();
		new QuickFixes().getResolutions(review)[0].run(review);

		assertEquals(ReviewFrequency.MONTHLY, strategy.getReviewCadence().getFrequency(), "the fix is in the editor's model");
		assertEquals("Nobody should fear the dentist.", strategy.getPurpose().getWhy(), "the unsaved edit survives");
		assertTrue(editor.isDirty(), "both wait for the strategist's save");
		assertEquals(onDisk, java.nio.file.Files.readString(file.getLocation().toPath()), "nothing was written behind the editor");
		assertEquals("Plan a monthly review", domain.getCommandStack().getUndoCommand().getLabel());

		domain.getCommandStack().undo();
		assertTrue(strategy.getReviewCadence() == null || strategy.getReviewCadence().getFrequency() != ReviewFrequency.MONTHLY,
				"the fix is undone in the editor");
		assertEquals("Nobody should fear the dentist.", strategy.getPurpose().getWhy(), "and the edit before it stays");
		domain.getCommandStack().redo();
		editor.doSave(null);
		Strategy saved = new ModelReader().read(file.getLocation().toPath(), Strategy.class).root();
		assertEquals(ReviewFrequency.MONTHLY, saved.getReviewCadence().getFrequency());
		assertEquals("Nobody should fear the dentist.", saved.getPurpose().getWhy());
		page.closeEditor(editor, false);
	}

	/** A copy of a sample strategy in a client project of its own, so a test may change it. */
	private static IFile copyIntoClientOfItsOwn(IFile sample, String name) throws Exception {
		java.nio.file.Path folder = java.nio.file.Files.createDirectories(
				ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(name + "-" + System.nanoTime()));
		java.nio.file.Files.copy(sample.getLocation().toPath(), folder.resolve(sample.getName()));
		org.playbook.workspace.projects.ClientProjects.adoptFolders(null);
		return ResourcesPlugin.getWorkspace().getRoot().getProject(folder.getFileName().toString()).getFile(sample.getName());
	}

	/** An IDecoration that keeps the suffix a decorator adds. */
	private record RecordingDecoration(StringBuilder suffix) implements IDecoration {
		@Override
		public void addSuffix(String text) {
			suffix.append(text);
		}

		@Override
		public void addPrefix(String prefix) {
		}

		@Override
		public void addOverlay(ImageDescriptor overlay) {
		}

		@Override
		public void addOverlay(ImageDescriptor overlay, int quadrant) {
		}

		@Override
		public void setForegroundColor(org.eclipse.swt.graphics.Color color) {
		}

		@Override
		public void setBackgroundColor(org.eclipse.swt.graphics.Color color) {
		}

		@Override
		public void setFont(org.eclipse.swt.graphics.Font font) {
		}

		@Override
		public org.eclipse.jface.viewers.IDecorationContext getDecorationContext() {
			return DecorationContext.DEFAULT_CONTEXT;
		}
	}
}
