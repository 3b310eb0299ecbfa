package org.playbook.calendar.ui;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.playbook.calendar.Days;
import org.playbook.calendar.ScheduledEntry;
import org.playbook.model.CalendarEntry;
import org.playbook.model.ContentPlan;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.workspace.models.ModelDocument;
import org.playbook.workspace.models.ModelService;

/**
 * What the calendar changes, each an undoable command on its strategy's model through the
 * model service, saved like any edit (or joining the open editor's unsaved edits, and undone
 * there too): an entry moved to another day, copied to one, a new entry for a tactic. Undo
 * takes back the calendar's own changes, last first.
 */
final class CalendarEdits {
	private final Deque<ModelDocument> done = new ArrayDeque<>();

	/** Moves the entry to the day, or puts a copy of it there. */
	void moveOrCopy(ScheduledEntry entry, LocalDate day, boolean copy) throws CoreException {
		// found again by its id in the strategy as the change sees it: the file may have been read anew since the calendar was drawn
		String id = entry.entry().eResource() == null ? null : entry.entry().eResource().getURIFragment(entry.entry());
		String label = NLS.bind(copy ? Messages.CalendarEdits_copy : Messages.CalendarEdits_move, entry.title(), day);
		boolean[] found = { false };
		change(entry.strategy(), label, strategy -> {
			CalendarEntry moved = id == null || strategy.eResource() == null ? entry.entry()
					: strategy.eResource().getEObject(id) instanceof CalendarEntry same ? same : null;
			if (moved == null || moved.eContainer() == null) {
				return;
			}
			found[0] = true;
			if (copy) {
				CalendarEntry twin = EcoreUtil.copy(moved);
				twin.setDate(Days.toDate(day));
				ContentPlan plan = strategy.getContentPlan();
				plan.getCalendarEntries().add(plan.getCalendarEntries().indexOf(moved) + 1, twin);
			} else {
				moved.setDate(Days.toDate(day));
			}
		});
		if (!found[0]) {
			throw new CoreException(Status.error(NLS.bind(Messages.CalendarEdits_entryGone, entry.title())));
		}
	}

	/** A new entry on the day for the tactic, on the tactic's network. */
	void add(Strategy strategy, Tactic tactic, String title, LocalDate day) throws CoreException {
		change(strategy, NLS.bind(Messages.CalendarEdits_new, title, day), changed -> {
			CalendarEntry entry = PlaybookFactory.eINSTANCE.createCalendarEntry();
			entry.setTitle(title);
			entry.setDate(Days.toDate(day));
			entry.setTactic(tactic);
			entry.setNetwork(tactic == null ? null : tactic.getNetwork());
			if (changed.getContentPlan() == null) {
				changed.setContentPlan(PlaybookFactory.eINSTANCE.createContentPlan());
			}
			changed.getContentPlan().getCalendarEntries().add(entry);
		});
	}

	boolean canUndo() {
		return !done.isEmpty() && done.peek().domain().getCommandStack().canUndo();
	}

	/** The label of what Undo would take back, or null. */
	String undoLabel() {
		return canUndo() ? done.peek().domain().getCommandStack().getUndoCommand().getLabel() : null;
	}

	/** Takes back the calendar's last change; saved again when no editor holds the file. */
	void undo() throws CoreException {
		if (!canUndo()) {
			return;
		}
		ModelDocument document = done.pop();
		CommandStack stack = document.domain().getCommandStack();
		stack.undo();
		if (!document.isConnected()) {
			document.save(false, null);
		}
	}

	private void change(Strategy strategy, String label, java.util.function.Consumer<Strategy> change) throws CoreException {
		IFile file = WorkbenchCalendar.fileOf(strategy);
		if (file == null) {
			throw new CoreException(Status.error(NLS.bind(Messages.CalendarEdits_notInTheWorkspace, strategy.getName())));
		}
		ModelService.get().change(file, Strategy.class, label, change, null);
		done.push(ModelService.get().document(file));
	}
}
