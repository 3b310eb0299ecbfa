package org.playbook.team.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.playbook.team.merge.Change;
import org.playbook.ui.viewers.Columns;

/** The model-level difference between two versions of a file: elements added, removed and changed, feature by feature. */
final class ChangesDialog extends Dialog {
	private final String file;
	private final String from;
	private final String to;
	private final List<Change> changes;
	private TableViewer viewer;

	ChangesDialog(Shell shell, String file, String from, String to, List<Change> changes) {
		super(shell);
		this.file = file;
		this.from = from;
		this.to = to;
		this.changes = changes;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Changes_title, file));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.NONE).setText(from + " \u2192 " + to);
		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.heightHint = 300;
		layout.widthHint = 720;
		viewer.getTable().setLayoutData(layout);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.<Object>add(viewer, file, 700, change -> change instanceof Change c ? c.describe() : String.valueOf(change), null);
		viewer.setInput(changes.isEmpty() ? List.of(NLS.bind(Messages.Changes_none, from, to)) : changes);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	TableViewer viewer() {
		return viewer;
	}
}
