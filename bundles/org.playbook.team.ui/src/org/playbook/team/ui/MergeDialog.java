package org.playbook.team.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.playbook.team.merge.Conflict;
import org.playbook.team.merge.Side;
import org.playbook.ui.viewers.ChoiceEditingSupport;
import org.playbook.ui.viewers.Columns;

/**
 * The changes a person must decide, each with both values as the strategist reads them
 * (labelled by the item providers); a drop-down per row keeps mine or theirs. Nothing is
 * written until Merge is pressed; Cancel leaves every file as it was.
 */
final class MergeDialog extends TitleAreaDialog {
	private final List<Conflict> conflicts;
	private final Map<String, Side> choices = new HashMap<>();
	private TableViewer viewer;

	MergeDialog(Shell shell, List<Conflict> conflicts) {
		super(shell);
		this.conflicts = conflicts;
		conflicts.forEach(conflict -> choices.put(conflict.key(), Side.MINE));
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Opens the dialog; answers the choices, or null when the strategist cancelled. */
	Map<String, Side> decide() {
		return open() == OK ? Map.copyOf(choices) : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Merge_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(area, "org.playbook.help.merge"); // F1
		setTitle(Messages.Merge_title);
		setMessage(Messages.Merge_message);
		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.heightHint = 240;
		layout.widthHint = 860;
		viewer.getTable().setLayoutData(layout);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.<Conflict>add(viewer, Messages.Merge_file, 180, Conflict::file, null);
		Columns.<Conflict>add(viewer, Messages.Merge_element, 200, Conflict::element, null);
		Columns.<Conflict>add(viewer, Messages.Merge_feature, 100, Conflict::feature, null);
		Columns.<Conflict>add(viewer, Messages.Merge_mine, 150, Conflict::mine, null);
		Columns.<Conflict>add(viewer, Messages.Merge_theirs, 150, Conflict::theirs, null);
		Columns.<Conflict>add(viewer, Messages.Merge_keep, 80, conflict -> label(choices.get(conflict.key())),
				new ChoiceEditingSupport<>(viewer, Conflict.class, Side.class, () -> List.of(Side.MINE, Side.THEIRS), MergeDialog::label,
						conflict -> choices.get(conflict.key()), (conflict, side) -> {
							choices.put(conflict.key(), side);
							viewer.update(conflict, null);
						}));
		viewer.setInput(conflicts);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Merge_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private static String label(Side side) {
		return side == Side.THEIRS ? Messages.Merge_theirs : Messages.Merge_mine;
	}

	/** Keeps one side for every change (the test's and a keyboard user's shortcut). */
	void keepForAll(Side side) {
		conflicts.forEach(conflict -> choices.put(conflict.key(), side));
		viewer.refresh();
	}

	TableViewer viewer() {
		return viewer;
	}
}
