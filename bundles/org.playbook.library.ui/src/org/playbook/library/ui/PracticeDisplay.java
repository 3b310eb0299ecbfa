package org.playbook.library.ui;

import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.playbook.model.Practice;

/**
 * What other bundles may ask of the Practice view: show a practice of the library, say
 * which one it shows. They reach it through here, never through the view's class.
 */
public interface PracticeDisplay {

	/** Shows the practice; the future says whether the library has it. */
	CompletableFuture<Boolean> showPractice(String practiceId);

	/** The practice shown, or null. */
	Practice shownPractice();

	/** Opens the Practice view on the page (or brings it to the front) and shows the practice there. */
	static PracticeDisplay show(IWorkbenchPage page, String practiceId) throws PartInitException {
		PracticeDisplay display = Adapters.adapt(page.showView(LibraryUi.PRACTICE_VIEW_ID), PracticeDisplay.class);
		if (display == null) {
			throw new PartInitException(Messages.PracticeDisplay_thePracticeViewDoes);
		}
		display.showPractice(practiceId);
		return display;
	}
}
