package org.playbook.ui.viewers;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A table cell whose value is picked from a drop-down (an enumeration's literals, the
 * strategy's metrics...), never typed. The setter decides how the value lands (a command in
 * an editor, a plain set on an object not yet in any model).
 */
public class ChoiceEditingSupport<T, V> extends EditingSupport {
	private final Class<T> elementType;
	private final Class<V> valueType;
	private final Supplier<List<V>> choices;
	private final Function<V, String> label;
	private final Function<T, V> getter;
	private final BiConsumer<T, V> setter;

	public ChoiceEditingSupport(ColumnViewer viewer, Class<T> elementType, Class<V> valueType, Supplier<List<V>> choices,
			Function<V, String> label, Function<T, V> getter, BiConsumer<T, V> setter) {
		super(viewer);
		this.elementType = elementType;
		this.valueType = valueType;
		this.choices = choices;
		this.label = label;
		this.getter = getter;
		this.setter = setter;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor((Composite) getViewer().getControl(), SWT.READ_ONLY);
		editor.setContentProvider(ArrayContentProvider.getInstance());
		editor.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object value) {
				return label.apply(valueType.cast(value));
			}
		});
		editor.setInput(choices.get());
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return !choices.get().isEmpty();
	}

	@Override
	protected Object getValue(Object element) {
		return getter.apply(elementType.cast(element));
	}

	@Override
	protected void setValue(Object element, Object value) {
		if (valueType.isInstance(value)) {
			setter.accept(elementType.cast(element), valueType.cast(value));
			getViewer().update(element, null);
		}
	}
}
