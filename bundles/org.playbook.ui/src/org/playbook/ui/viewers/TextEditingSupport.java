package org.playbook.ui.viewers;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A table cell typed into: the element's text in a text cell editor, and what is typed
 * handed to the setter, which decides whether it is acceptable and how it lands (a
 * command in an editor, a plain set on an object not yet in any model).
 */
public class TextEditingSupport<T> extends EditingSupport {
	private final Class<T> elementType;
	private final Function<T, String> getter;
	private final BiConsumer<T, String> setter;

	public TextEditingSupport(ColumnViewer viewer, Class<T> elementType, Function<T, String> getter, BiConsumer<T, String> setter) {
		super(viewer);
		this.elementType = elementType;
		this.getter = getter;
		this.setter = setter;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return new TextCellEditor((Composite) getViewer().getControl());
	}

	@Override
	protected boolean canEdit(Object element) {
		return true;
	}

	@Override
	protected Object getValue(Object element) {
		String text = getter.apply(elementType.cast(element));
		return text == null ? "" : text;
	}

	@Override
	protected void setValue(Object element, Object value) {
		setter.accept(elementType.cast(element), String.valueOf(value));
		getViewer().update(element, null);
	}
}
