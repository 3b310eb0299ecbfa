package org.playbook.editor;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.ide.IDE;
import org.playbook.workspace.Backups;

/** What is wrong with a strategy file that cannot be read, and the way back: its backup. */
final class ErrorPage extends FormPage {
	private final Path file;
	private final Diagnostic problem;
	private Button restore;

	ErrorPage(StrategyEditor editor, Path file, Diagnostic problem) {
		super(editor, "error", Messages.ErrorPage_cannotBeRead);
		this.file = file;
		this.problem = problem;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		managedForm.getForm().setText(Messages.ErrorPage_thisStrategyCannotBe);
		managedForm.getForm().getBody().setLayout(new GridLayout(1, false));
		toolkit.createLabel(managedForm.getForm().getBody(), problem.getMessage(), SWT.WRAP)
				.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
		toolkit.createLabel(managedForm.getForm().getBody(), Messages.ErrorPage_theFileWasNot);
		if (Backups.hasBackup(file)) {
			restore = toolkit.createButton(managedForm.getForm().getBody(), Messages.ErrorPage_restoreThePreviousVersion, SWT.PUSH);
			restore.addListener(SWT.Selection, event -> restoreBackup());
		}
	}

	private void restoreBackup() {
		try {
			Path kept = Backups.restore(file);
			IWorkbenchPage page = getEditor().getSite().getPage();
			page.closeEditor(getEditor(), false);
			org.eclipse.core.resources.IFile workspaceFile = ((StrategyEditor) getEditor()).workspaceFile();
			workspaceFile.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ZERO, null);
			var reopened = IDE.openEditor(page, workspaceFile, StrategyEditor.ID);
			reopened.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage(NLS.bind(Messages.ErrorPage_previousVersionRestored, kept.getFileName()));
		} catch (IOException | org.eclipse.core.runtime.CoreException e) {
			MessageDialog.openError(getEditor().getSite().getShell(), Messages.ErrorPage_notRestored, e.getMessage());
		}
	}

	String problemMessage() {
		return problem.getMessage();
	}

	Button restoreButton() {
		return restore;
	}
}
