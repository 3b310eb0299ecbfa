package org.playbook.ui.viewers;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A table column in one call: title, width, the text of each row's element, and how it is edited (or null). */
public final class Columns {
	private Columns() {
	}

	@SuppressWarnings("unchecked")
	public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Function<T, String> text, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}
		});
		if (editing != null) {
			column.setEditingSupport(editing);
		}
		return column;
	}
}
