package org.playbook.review.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.playbook.review.Decisions;
import org.playbook.review.ReviewException;
import org.playbook.review.ReviewImport;

/**
 * File > Import Review Decisions...: the decisions file a client saved is applied to the
 * strategy its pack was sent for, as one command (Edit > Undo takes it back in an open
 * editor), or refused with the reason and nothing changed.
 */
public class ImportDecisionsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.Review_chooseDecisions);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		try {
			// unsaved edits of that strategy are saved first (asked): what is applied is saved at once
			if (!IDE.saveAllEditors(new IResource[] { WorkbenchReview.strategyFileOf(Decisions.read(file)) }, true)) {
				return null;
			}
			ReviewImport applied = WorkbenchReview.receive(file, null);
			MessageDialog.openInformation(shell, Messages.Review_importTitle,
					NLS.bind(Messages.Review_imported, applied.summary(), applied.pack().strategyName()));
			return applied;
		} catch (ReviewException | CoreException e) {
			MessageDialog.openError(shell, Messages.Review_importTitle, NLS.bind(Messages.Review_refused, file.getFileName(), e.getMessage()));
			return null;
		}
	}
}
