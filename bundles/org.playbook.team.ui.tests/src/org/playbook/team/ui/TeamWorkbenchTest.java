package org.playbook.team.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.team.AgencyRepository;
import org.playbook.team.SyncResult;
import org.playbook.team.merge.Side;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.internal.PlaybookWorkbenchAdvisor;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;

/**
 * Two strategists in the workbench: this one shares the workspace, a colleague clones it and
 * pushes; Synchronize brings the colleague's change to the open editor, a change both made
 * is decided in the merge dialog, the History view says who changed what, the Clients view
 * marks what is not committed.
 */
public class TeamWorkbenchTest {
	private static final long WAIT = 30_000;
	private static final PersonIdent COLLEAGUE = new PersonIdent("Ben Okafor", "ben@agency.example");

	@TempDir
	Path temp;

	@Test
	public void aColleaguesChangesReachTheOpenEditorAndAConflictIsDecidedInTheMergeDialog() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("harbor-roast").getFile("2026-social.playbook");
		UiTestSupport.waitUntil(() -> Job.getJobManager().find(PlaybookWorkbenchAdvisor.ADOPT_FAMILY).length == 0 && file.exists(), WAIT,
				"the sample clients as projects");
		Path remote = temp.resolve("agency.git");
		assertTrue(TeamActions.share(shell, remote.toString()), "shared");
		Path colleague = temp.resolve("colleague");
		AgencyRepository.cloneFrom(remote.toString(), colleague).close();
		Path theirFile = colleague.resolve("harbor-roast/2026-social.playbook");

		IEditorPart editor = IDE.openEditor(page, file, "org.playbook.editor.strategy");
		change(theirFile, s -> s.setName("Harbor Roast 2026, as Ben has it"));
		syncAsColleague(colleague);

		SyncResult received = TeamActions.synchronize(shell, true, conflicts -> {
			throw new AssertionError("nothing to decide: " + conflicts);
		});

		assertNotNull(received);
		assertEquals(1, received.received(), "the colleague's commit came in");
		UiTestSupport.waitUntil(() -> page.getActiveEditor() != null
				&& "Harbor Roast 2026, as Ben has it".equals(Adapters.adapt(page.getActiveEditor(), Strategy.class).getName()), WAIT,
				"the open editor to show the colleague's change");

		org.eclipse.core.resources.IFileState[] earlier = file.getHistory(null);
		assertTrue(earlier.length >= 1, "Local History keeps the version the sync replaced");
		try (java.io.InputStream before = earlier[0].getContents()) {
			assertFalse(new String(before.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("as Ben has it"),
					"the kept version is the one before the colleague's change");
		}

		HistoryView history = (HistoryView) page.showView(HistoryView.ID);
		history.show(file);
		UiTestSupport.waitUntil(() -> history.viewer().getTable().getItemCount() >= 2, WAIT, "the strategy's commits");
		assertTrue(java.util.Arrays.stream(history.viewer().getTable().getItems()).anyMatch(item -> item.getText(2).equals("Ben Okafor")),
				"the History view names who changed it");
		UiTestSupport.screenshot(shell, "team-history");

		// the same goal's target changed here and there: the merge dialog decides
		change(theirFile, s -> s.getGoals().get(0).setTarget(1500.0));
		syncAsColleague(colleague);
		editor = page.getActiveEditor();
		EditingDomain domain = Adapters.adapt(editor, IEditingDomainProvider.class).getEditingDomain();
		Strategy mine = Adapters.adapt(editor, Strategy.class);
		domain.getCommandStack().execute(SetCommand.create(domain, mine.getGoals().get(0), Literals.GOAL__TARGET, 1300.0));
		editor.doSave(null);

		TeamDecorator decorator = new TeamDecorator();
		try {
			UiTestSupport.waitUntil(() -> decorator.changed().containsKey("harbor-roast/2026-social.playbook"), WAIT,
					"the Clients view to mark the strategy changed");
		} finally {
			decorator.dispose();
		}

		String[] shown = new String[3]; // rows, mine, theirs: read in the dialog, checked after it closed
		UiTestSupport.whenDialogOpens(Messages.Merge_title, dialogShell -> {
			MergeDialog dialog = (MergeDialog) dialogShell.getData();
			shown[0] = String.valueOf(dialog.viewer().getTable().getItemCount());
			shown[1] = dialog.viewer().getTable().getItem(0).getText(3);
			shown[2] = dialog.viewer().getTable().getItem(0).getText(4);
			try {
				UiTestSupport.screenshot(dialogShell, "team-merge-dialog");
			} catch (Exception e) {
				// the picture is a bonus; the decision is the test
			}
			dialog.keepForAll(Side.THEIRS);
			UiTestSupport.pressButton(dialogShell, Messages.Merge_button);
		});
		SyncResult merged = TeamActions.synchronize(shell, true, TeamActions.askIn(shell));

		assertEquals("1", shown[0], "the merge dialog asked about one change");
		assertEquals("1300", shown[1], "mine");
		assertEquals("1500", shown[2], "theirs");
		assertNotNull(merged);
		assertTrue(merged.pushed());
		LoadResult<Strategy> onDisk = new ModelReader().read(file.getLocation().toPath(), Strategy.class);
		assertEquals(1500.0, onDisk.root().getGoals().get(0).getTarget(), "theirs kept, as chosen");
		assertEquals("Harbor Roast 2026, as Ben has it", onDisk.root().getName(), "and the earlier change stays");
		UiTestSupport.waitUntil(() -> Adapters.adapt(page.getActiveEditor(), Strategy.class) != null
				&& Double.valueOf(1500.0).equals(Adapters.adapt(page.getActiveEditor(), Strategy.class).getGoals().get(0).getTarget()), WAIT,
				"the editor to show the merged version");
		assertFalse(page.getActiveEditor().isDirty());
		page.closeAllEditors(false);
	}

	private static void change(Path file, Consumer<Strategy> change) throws Exception {
		Strategy strategy = new ModelReader().read(file, Strategy.class).root();
		change.accept(strategy);
		new ModelWriter().save(strategy.eResource(), file);
		Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
	}

	private static void syncAsColleague(Path colleague) throws Exception {
		try (AgencyRepository repository = AgencyRepository.open(colleague)) {
			SyncResult result = repository.sync(COLLEAGUE, null);
			assertTrue(result.pushed(), result.toString());
		}
	}
}
