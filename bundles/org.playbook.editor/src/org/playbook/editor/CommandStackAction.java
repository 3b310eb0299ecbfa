package org.playbook.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;

/** Undo or redo on an editing domain's command stack, enabled when there is something to do. */
final class CommandStackAction extends Action {
	private final CommandStack stack;
	private final boolean undo;

	CommandStackAction(CommandStack stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		update();
	}

	void update() {
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
		var command = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
		setText((undo ? Messages.CommandStackAction_undo : Messages.CommandStackAction_redo) + label);
	}

	@Override
	public void run() {
		if (undo) {
			stack.undo();
		} else {
			stack.redo();
		}
	}
}
