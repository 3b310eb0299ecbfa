package org.playbook.library.ui;

import org.eclipse.osgi.util.NLS;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.playbook.library.LibraryService;
import org.playbook.library.importer.ImportException;
import org.playbook.library.importer.ImportResult;
import org.playbook.model.Practice;

/**
 * Imports a blog post into the workspace's library: choose a file or paste the text, then
 * review what Playbook proposes (keep or drop each practice, fix its title, category and
 * polarity) before anything enters the library. Reading runs with progress; nothing is
 * stored until Finish, and then only what was kept.
 */
public class ImportPostWizard extends Wizard {
	private final ChoosePostPage choose = new ChoosePostPage();
	private final ReviewProposalsPage review = new ReviewProposalsPage();
	private ImportResult read;
	private int accepted = -1;

	public ImportPostWizard() {
		setWindowTitle(Messages.ImportPostWizard_importABlogPost);
		setNeedsProgressMonitor(true);
	}

	/** Reads the post when the person moves on to the review, and stays on the first page if it cannot be read. */
	@Override
	public void setContainer(IWizardContainer container) {
		super.setContainer(container);
		if (container instanceof WizardDialog dialog) {
			dialog.addPageChangingListener(event -> {
				if (event.getCurrentPage() == choose && event.getTargetPage() == review) {
					event.doit = readPost();
				}
			});
		}
	}

	@Override
	public void addPages() {
		addPage(choose);
		addPage(review);
	}

	/** Reads the chosen post with progress; on failure the first page says what is wrong and stays. */
	boolean readPost() {
		try {
			Path post = choose.pastedText() != null ? pastedAsFile(choose.pastedTitle(), choose.pastedText()) : choose.file();
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.ImportPostWizard_reading, post.getFileName()), IProgressMonitor.UNKNOWN);
				try {
					read = LibraryAccess.service().join().read(post);
				} catch (ImportException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			review.show(read);
			return true;
		} catch (InvocationTargetException e) {
			choose.setErrorMessage(e.getCause().getMessage());
		} catch (Exception e) {
			choose.setErrorMessage(NLS.bind(Messages.ImportPostWizard_postCouldNotBeRead, e.getMessage()));
		}
		return false;
	}

	private static Path pastedAsFile(String title, String text) throws java.io.IOException {
		String name = (title == null || title.isBlank() ? "pasted post" : title).replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
		Path file = Files.createTempDirectory("playbook-paste").resolve((name.isEmpty() ? "pasted post" : name) + ".txt");
		String content = title == null || title.isBlank() ? text : title.strip() + "\n\n" + text;
		return Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	@Override
	public boolean canFinish() {
		return read != null && getContainer().getCurrentPage() == review;
	}

	@Override
	public boolean performFinish() {
		List<Practice> kept = review.keptPractices();
		try {
			LibraryService library = LibraryAccess.service().join();
			accepted = library.storeReviewed(read, kept); // the dropped ones teach the next import
			if (accepted > 0) {
				SharedLibrary.push(library);
			}
			return true;
		} catch (ImportException e) {
			review.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** How many practices the finished import added, or -1 before it finished. */
	int acceptedCount() {
		return accepted;
	}

	ChoosePostPage choosePage() {
		return choose;
	}

	ReviewProposalsPage reviewPage() {
		return review;
	}
}
