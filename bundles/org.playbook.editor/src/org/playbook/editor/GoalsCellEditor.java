package org.playbook.editor;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.playbook.model.Goal;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/** The goals a tactic serves, picked from the strategy's goals in a check list: never typed. */
final class GoalsCellEditor extends DialogCellEditor {
	static final String DIALOG_TITLE = "Goals this tactic serves";
	private final Strategy strategy;
	private Tactic tactic;

	GoalsCellEditor(Composite parent, Strategy strategy) {
		super(parent);
		this.strategy = strategy;
	}

	void setTactic(Tactic tactic) {
		this.tactic = tactic;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		ListSelectionDialog dialog = ListSelectionDialog.of(strategy.getGoals()).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider() {
					@Override
					public String getText(Object goal) {
						return ((Goal) goal).getName();
					}
				}).message("Which of the strategy's goals does \"" + tactic.getName() + "\" serve? A tactic that serves no goal is not strategy.")
				.title(DIALOG_TITLE).preselect(tactic.getGoals().toArray()).create(cellEditorWindow.getShell());
		if (dialog.open() != ListSelectionDialog.OK) {
			return null;
		}
		return List.of(dialog.getResult());
	}

	@Override
	protected void updateContents(Object value) {
		if (getDefaultLabel() != null && value instanceof List<?> goals) {
			getDefaultLabel().setText(TacticsPage.goalNames(goals));
		}
	}
}
