package org.playbook.review.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Strategy;
import org.playbook.model.labels.Labels;
import org.playbook.review.ReviewException;
import org.playbook.review.ReviewFiles;
import org.playbook.review.SendForReview;
import org.playbook.workspace.PlaybookFiles;

/**
 * File > Send for Review...: the strategist ticks the posts to send (those from today on
 * that are not approved come ticked), chooses where the page goes, and the posts are marked
 * in review. Unsaved edits of the strategy are saved first (asked), as the pack must match the file.
 */
public class SendForReviewHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IFile file = strategyFile(event);
		if (file == null) {
			MessageDialog.openInformation(shell, Messages.Review_sendTitle, Messages.Review_noStrategy);
			return null;
		}
		if (!IDE.saveAllEditors(new IResource[] { file }, true)) {
			return null;
		}
		try {
			Strategy strategy = WorkbenchReview.strategy(file);
			List<CalendarEntry> open = strategy.getContentPlan() == null ? List.of()
					: strategy.getContentPlan().getCalendarEntries().stream().filter(e -> e.getApproval() != ApprovalState.APPROVED).toList();
			if (open.isEmpty()) {
				MessageDialog.openInformation(shell, Messages.Review_sendTitle, Messages.Review_nothingToReview);
				return null;
			}
			ListSelectionDialog choose = ListSelectionDialog.of(open).contentProvider(ArrayContentProvider.getInstance())
					.labelProvider(new LabelProvider() {
						@Override
						public String getText(Object element) {
							return label((CalendarEntry) element);
						}
					}).message(Messages.Review_choosePosts).title(Messages.Review_sendTitle)
					.preselect(SendForReview.pending(strategy, LocalDate.now(), null).toArray()).create(shell);
			if (choose.open() != ListSelectionDialog.OK || choose.getResult().length == 0) {
				return null;
			}
			List<CalendarEntry> chosen = java.util.Arrays.stream(choose.getResult()).map(CalendarEntry.class::cast).toList();
			FileDialog where = new FileDialog(shell, SWT.SAVE);
			where.setText(Messages.Review_saveThePack);
			where.setFilterExtensions(new String[] { "*.html" });
			where.setFileName(file.getFullPath().removeFileExtension().lastSegment() + "-review.html");
			where.setOverwrite(true);
			String page = where.open();
			if (page == null) {
				return null;
			}
			ReviewFiles.Sent sent = WorkbenchReview.send(file, chosen, Path.of(page), null);
			MessageDialog.openInformation(shell, Messages.Review_sendTitle, NLS.bind(Messages.Review_packWritten, sent.posts(), sent.page()));
			return sent;
		} catch (ReviewException | CoreException e) {
			MessageDialog.openError(shell, Messages.Review_notSent, e.getMessage());
			return null;
		}
	}

	static String label(CalendarEntry entry) {
		String day = entry.getDate() == null ? "" : entry.getDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
		return NLS.bind(Messages.Review_postLabel, new Object[] { day, Labels.of(entry.getNetwork()), entry.getTitle(), Labels.of(entry.getApproval()) });
	}

	/** The strategy of the active editor, else the strategy file selected. */
	static IFile strategyFile(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
		if (file == null) {
			Object selected = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
			file = Adapters.adapt(selected, IFile.class);
		}
		return file != null && PlaybookFiles.STRATEGY_EXTENSION.equals(file.getFileExtension()) ? file : null;
	}
}
