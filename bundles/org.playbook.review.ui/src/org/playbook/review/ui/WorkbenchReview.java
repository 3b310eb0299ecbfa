package org.playbook.review.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Strategy;
import org.playbook.branding.Brands;
import org.playbook.review.Decisions;
import org.playbook.review.PackPage;
import org.playbook.review.PackRecord;
import org.playbook.review.ReviewException;
import org.playbook.review.ReviewFiles;
import org.playbook.review.ReviewImport;
import org.playbook.review.SendForReview;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.models.ModelDocument;
import org.playbook.workspace.models.ModelService;

/**
 * The review loop in the workbench: the same steps as on the command line, with the strategy
 * read and changed through the model service, so an open editor shows the change at once
 * and it is one command on its undo history. What the loop changes is saved at once: a pack
 * in the client's hands must find the strategy's id and posts on disk.
 */
final class WorkbenchReview {
	private WorkbenchReview() {
	}

	static Path workspaceFolder() {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
	}

	/** The strategy of the file as it is now (unsaved edits included), or why not. */
	static Strategy strategy(IFile file) throws ReviewException {
		LoadResult<Strategy> loaded = ModelService.get().read(file, Strategy.class);
		if (!loaded.isOk()) {
			throw new ReviewException(loaded.diagnostic().getMessage());
		}
		return loaded.root();
	}

	/** Sends the chosen posts of the strategy: the pack's record kept, its page written, the posts marked in review and saved. */
	static ReviewFiles.Sent send(IFile file, List<CalendarEntry> entries, Path page, IProgressMonitor monitor) throws ReviewException, CoreException {
		Strategy strategy = strategy(file);
		SendForReview review = SendForReview.of(strategy, entries);
		PackRecord record = review.record(ReviewFiles.relative(workspaceFolder(), file.getLocation().toPath()));
		review.keep(record, workspaceFolder());
		ReviewFiles.writePage(page, PackPage.render(strategy, ReviewFiles.clientName(file.getLocation().toPath()), review, record,
				Brands.of(file.getLocation().toPath().getParent())));
		ModelService.get().change(file, Strategy.class, Messages.Review_sendCommand, review::applyTo, monitor);
		saveIfChanged(file, monitor);
		return new ReviewFiles.Sent(record, entries.size(), page);
	}

	/** Applies a decisions file to the strategy its pack was sent for, as one command; refused with the reason, nothing changed. */
	static ReviewImport receive(Path decisionsFile, IProgressMonitor monitor) throws ReviewException, CoreException {
		Decisions decisions = Decisions.read(decisionsFile);
		IFile file = strategyFileOf(decisions);
		ReviewImport review = ReviewImport.check(decisions, workspaceFolder(), strategy(file));
		ModelService.get().change(file, Strategy.class, Messages.Review_importCommand, review::applyTo, monitor);
		saveIfChanged(file, monitor);
		review.keep(workspaceFolder());
		return review;
	}

	/** The workspace file of the strategy the decisions' pack was sent for. */
	static IFile strategyFileOf(Decisions decisions) throws ReviewException {
		PackRecord pack = ReviewImport.packOf(decisions, workspaceFolder());
		IFile file = ResourcesPlugin.getWorkspace().getRoot()
				.getFileForLocation(org.eclipse.core.runtime.Path.fromOSString(workspaceFolder().resolve(pack.strategyFile()).toString()));
		if (file == null || !file.exists()) {
			throw new ReviewException(NLS.bind(Messages.Review_strategyMissing, pack.strategyFile()));
		}
		return file;
	}

	private static void saveIfChanged(IFile file, IProgressMonitor monitor) throws CoreException {
		ModelDocument document = ModelService.get().document(file);
		if (document.isDirty()) {
			document.save(false, monitor);
		}
	}
}
