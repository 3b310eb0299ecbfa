package org.playbook.ui.viewers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Control;

/**
 * The notifications of a whole model (a strategy and everything in it), heard once and
 * handed to every part that shows it, so that ten tables on one strategy add one adapter
 * to each element, not ten.
 */
public final class ModelChanges extends EContentAdapter {
	private final List<Consumer<Notification>> listeners = new CopyOnWriteArrayList<>();

	private ModelChanges() {
	}

	/** The changes of the model under the root; the first caller attaches them. */
	public static ModelChanges of(EObject root) {
		for (Adapter adapter : root.eAdapters()) {
			if (adapter instanceof ModelChanges changes) {
				return changes;
			}
		}
		ModelChanges changes = new ModelChanges();
		root.eAdapters().add(changes);
		return changes;
	}

	/** Hands the model's notifications to the listener while the control lives. */
	public void listen(Control control, Consumer<Notification> listener) {
		listeners.add(listener);
		control.addDisposeListener(event -> listeners.remove(listener));
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification); // follows elements added and removed
		if (!notification.isTouch()) {
			for (Consumer<Notification> listener : listeners) {
				listener.accept(notification);
			}
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ModelChanges.class;
	}
}
