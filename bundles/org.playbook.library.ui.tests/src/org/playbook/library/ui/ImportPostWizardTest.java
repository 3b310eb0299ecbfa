package org.playbook.library.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.playbook.library.LibraryService;
import org.playbook.library.search.SearchRequest;
import org.playbook.model.Practice;
import org.playbook.model.PracticeStatus;
import org.playbook.tests.support.UiTestSupport;

/** A researcher imports a post, keeps and fixes what is worth it, drops the rest; what was dropped is not proposed again. */
public class ImportPostWizardTest {
	private static final long WAIT = 30_000;
	private ImportPostWizard wizard;
	private WizardDialog dialog;

	@BeforeEach
	public void openWizard() {
		wizard = new ImportPostWizard();
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	public void closeWizard() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	@Test
	public void reviewKeepsFixesAndDropsProposalsBeforeTheyEnterTheLibrary() throws Exception {
		Path post = Files.writeString(Files.createTempDirectory("posts").resolve("community-rules.txt"), """
				Five Rules for Community Managers

				Posted by Robin Ellery on May 2, 2025

				Reply to every question within two hours on weekdays.
				Celebrate your most helpful followers in public every month.
				Keep a log of complaints and share it with the product team.
				""");
		wizard.choosePage().pathText().setText(post.toString());
		UiTestSupport.pressButton(dialog.getShell(), IDialogConstants.NEXT_LABEL);

		CheckboxTableViewer proposals = wizard.reviewPage().proposalsViewer();
		UiTestSupport.waitUntil(() -> proposals.getTable().getItemCount() == 3, WAIT, "three proposals");
		Practice dropped = (Practice) proposals.getTable().getItem(2).getData();
		UiTestSupport.clickCheckBox(proposals.getTable().getItem(2));
		Practice renamed = (Practice) proposals.getTable().getItem(0).getData();
		proposals.editElement(renamed, 0);
		((Text) proposals.getTable().getDisplay().getFocusControl()).setText("Answer questions within two hours");
		proposals.applyEditorValue();
		UiTestSupport.screenshot(dialog.getShell(), "import-review");

		UiTestSupport.pressButton(dialog.getShell(), IDialogConstants.FINISH_LABEL);

		UiTestSupport.waitUntil(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), WAIT, "the wizard to close");
		assertEquals(2, wizard.acceptedCount());
		LibraryService library = LibraryAccess.service().join();
		Practice kept = library.library().find(renamed.getId());
		assertEquals("Answer questions within two hours", kept.getTitle());
		assertEquals(PracticeStatus.ACCEPTED, kept.getStatus());
		assertEquals(PracticeStatus.REJECTED, library.library().find(dropped.getId()).getStatus(), "a dropped proposal is kept as dropped");
		assertFalse(library.library().accepted().contains(library.library().find(dropped.getId())), "and never enters the searched library");
		assertTrue(library.index().search(SearchRequest.practices("celebrate helpful followers")).hits().stream()
				.anyMatch(hit -> hit.id().startsWith("import-")), "kept practices are searchable at once");

		// the next post says the dropped line again: it is no longer proposed, and the page says so
		Path next = Files.writeString(post.resolveSibling("more-rules.txt"), """
				Two More Rules for Community Managers

				Keep a log of complaints and share it with the product team.
				Thank every customer who posts a photo of your product within a day.
				""");
		wizard = new ImportPostWizard();
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.choosePage().pathText().setText(next.toString());
		UiTestSupport.pressButton(dialog.getShell(), IDialogConstants.NEXT_LABEL);
		CheckboxTableViewer again = wizard.reviewPage().proposalsViewer();
		UiTestSupport.waitUntil(() -> again.getTable().getItemCount() > 0, WAIT, "the next post's proposals");
		for (int i = 0; i < again.getTable().getItemCount(); i++) {
			String quote = ((Practice) again.getTable().getItem(i).getData()).getSourceRefs().get(0).getQuote();
			assertFalse(quote.startsWith("Keep a log of complaints"), "dropped once, not proposed again");
		}
		String message = wizard.reviewPage().getMessage();
		assertTrue(message.contains("Left out as like proposals dropped before: 1."), message);
		UiTestSupport.screenshot(dialog.getShell(), "import-review-like-dropped");
	}

	@Test
	public void aPostThatCannotBeReadKeepsTheFirstPageAndSaysWhy() throws Exception {
		Path empty = Files.createFile(Files.createTempDirectory("posts").resolve("empty.txt"));
		wizard.choosePage().pathText().setText(empty.toString());

		UiTestSupport.pressButton(dialog.getShell(), IDialogConstants.NEXT_LABEL);

		assertSame(wizard.choosePage(), dialog.getCurrentPage());
		String error = wizard.choosePage().getErrorMessage();
		assertTrue(error != null && error.contains("empty.txt") && error.contains("empty"), error);
	}
}
