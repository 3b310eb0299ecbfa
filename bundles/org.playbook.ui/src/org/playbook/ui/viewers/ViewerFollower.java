package org.playbook.ui.viewers;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * Keeps a viewer in step with the model by its notifications: a changed element is
 * updated where it is shown (its row, its tree item), an element whose children changed is
 * refreshed below it, and rows that show a changed element by reference (a tactic's goals)
 * are updated too. Changes made in one turn of the event loop are shown together, once.
 */
public final class ViewerFollower {
	private final StructuredViewer viewer;
	/** The element whose list is the viewer's input, for a table of one list; null for a tree. */
	private final EObject listOwner;
	private final EReference list;
	private final Set<Object> changed = new LinkedHashSet<>();
	private final Set<Object> restructured = new LinkedHashSet<>();
	private boolean scheduled;
	private int repaints;

	private ViewerFollower(StructuredViewer viewer, EObject listOwner, EReference list) {
		this.viewer = viewer;
		this.listOwner = listOwner;
		this.list = list;
	}

	/** A table showing a list of the owner's: the rows follow their elements; adding or removing rows refreshes the table. */
	public static ViewerFollower table(StructuredViewer viewer, EObject root, EObject listOwner, EReference list) {
		ViewerFollower follower = new ViewerFollower(viewer, listOwner, list);
		ModelChanges.of(root).listen(viewer.getControl(), follower::notified);
		return follower;
	}

	/** A tree of the model's elements. */
	public static ViewerFollower tree(StructuredViewer viewer, EObject root) {
		ViewerFollower follower = new ViewerFollower(viewer, null, null);
		ModelChanges.of(root).listen(viewer.getControl(), follower::notified);
		return follower;
	}

	private void notified(Notification notification) {
		Object notifier = notification.getNotifier();
		if (notifier == listOwner && notification.getFeature() != list) {
			return; // the owner's other features are not in this table
		}
		boolean structure = notification.getFeature() instanceof EReference reference && reference.isContainment();
		(structure ? restructured : changed).add(notifier);
		if (!scheduled && !viewer.getControl().isDisposed()) {
			scheduled = true;
			viewer.getControl().getDisplay().asyncExec(this::show);
		}
	}

	/** Shows what changed since the last turn; also called by tests and benchmarks to show it now. */
	public void show() {
		scheduled = false;
		if (viewer.getControl().isDisposed()) {
			changed.clear();
			restructured.clear();
			return;
		}
		for (Object element : restructured) {
			if (element == listOwner) {
				viewer.refresh();
			} else if (viewer.testFindItem(element) != null) {
				viewer.refresh(element, true);
			} else if (listOwner == null) {
				viewer.refresh(); // a tree whose parent of the change is not shown yet
			}
		}
		Set<Object> rows = new LinkedHashSet<>();
		for (Object element : changed) {
			if (viewer.testFindItem(element) != null) {
				rows.add(element);
			} else if (listOwner != null && element != listOwner) {
				rows.addAll(rowsReferring(element));
			}
		}
		if (!rows.isEmpty()) {
			viewer.update(rows.toArray(), null);
		}
		repaints += rows.size() + restructured.size();
		changed.clear();
		restructured.clear();
	}

	/** Rows that show the element by a reference of theirs. */
	private Collection<Object> rowsReferring(Object element) {
		Set<Object> rows = new LinkedHashSet<>();
		if (viewer.getInput() instanceof List<?> list) {
			for (Object row : list) {
				if (row instanceof EObject object && refersTo(object, element)) {
					rows.add(row);
				}
			}
		}
		return rows;
	}

	private static boolean refersTo(EObject row, Object element) {
		for (EReference reference : row.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && row.eIsSet(reference)) {
				Object value = row.eGet(reference, false);
				if (value == element || value instanceof Collection<?> values && values.contains(element)) {
					return true;
				}
			}
		}
		return false;
	}

	/** How many rows and subtrees were repainted so far (tests check that one edit repaints one row). */
	public int repaints() {
		return repaints;
	}
}
