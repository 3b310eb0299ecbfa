package org.playbook.editor;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * A list-valued cell (the goals a tactic serves, the networks a persona uses) picked in a
 * check list of the allowed values: never typed, so a name cannot be misspelt.
 */
final class PickManyCellEditor extends DialogCellEditor {
	private final String title;
	private final Function<Object, String> label;
	private List<Object> choices = List.of();
	private String message = "";

	PickManyCellEditor(Composite parent, String title, Function<Object, String> label) {
		super(parent);
		this.title = title;
		this.label = label;
	}

	void prepare(List<Object> choices, String message) {
		this.choices = choices;
		this.message = message;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		Object current = getValue();
		ListSelectionDialog dialog = ListSelectionDialog.of(choices).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider() {
					@Override
					public String getText(Object value) {
						return label.apply(value);
					}
				}).message(message).title(title)
				.preselect(current instanceof Collection<?> values ? values.toArray() : new Object[0]).create(cellEditorWindow.getShell());
		return dialog.open() == ListSelectionDialog.OK ? List.of(dialog.getResult()) : null;
	}

	@Override
	protected void updateContents(Object value) {
		if (getDefaultLabel() != null && label != null) { // called by the super constructor, before label is set
			getDefaultLabel().setText(label.apply(value));
		}
	}
}
