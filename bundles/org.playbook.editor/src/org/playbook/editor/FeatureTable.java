package org.playbook.editor;

import org.eclipse.osgi.util.NLS;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.playbook.ui.viewers.ChoiceEditingSupport;
import org.playbook.ui.viewers.Columns;
import org.playbook.ui.viewers.FeatureValues;
import org.playbook.ui.viewers.ItemFeature;
import org.playbook.ui.viewers.TextEditingSupport;
import org.playbook.ui.viewers.ViewerFollower;

/**
 * One list of a strategy's elements as a table (goals, competitors, roles...): a column per
 * feature, each cell edited the way its feature asks (typed text, a number, a date, a
 * drop-down of literals or of the model's elements, a check list for many), Add and Remove
 * beside it. Every change is a command on the editor's stack; the table follows the model's
 * notifications, so an edit (or its undo) repaints its row, not the table.
 */
final class FeatureTable {
	private final AdapterFactoryEditingDomain domain;
	private final EObject owner;
	private final EReference list;
	private final TableViewer viewer;
	private final ViewerFollower follower;

	FeatureTable(FormToolkit toolkit, Composite parent, AdapterFactoryEditingDomain domain, EObject owner, EReference list,
			Supplier<? extends EObject> newElement, String addLabel) {
		this.domain = domain;
		this.owner = owner;
		this.list = list;
		Composite body = toolkit.createComposite(parent);
		body.setLayout(new GridLayout(2, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new TableViewer(toolkit.createTable(body, SWT.FULL_SELECTION | SWT.MULTI));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.heightHint = 140;
		viewer.getTable().setLayoutData(layout);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true); // the follower finds a changed row's item at once, in a table of thousands

		Composite buttons = toolkit.createComposite(body);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		if (addLabel != null) { // lists filled from elsewhere (applied practices) have no Add
			Button add = toolkit.createButton(buttons, addLabel, SWT.PUSH);
			add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			add.addListener(SWT.Selection, event -> {
				EObject element = newElement.get();
				execute(AddCommand.create(domain, owner, list, element));
				viewer.editElement(element, 0);
			});
		}
		Button remove = toolkit.createButton(buttons, Messages.FeatureTable_remove, SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		remove.addListener(SWT.Selection, event -> {
			IStructuredSelection selected = viewer.getStructuredSelection();
			if (!selected.isEmpty()) {
				execute(DeleteCommand.create(domain, selected.toList()));
			}
		});
		follower = ViewerFollower.table(viewer, org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(owner), owner, list);
	}

	/** Shows the owner's list; called once the columns are in place. */
	FeatureTable show() {
		viewer.setInput(owner.eGet(list));
		return this;
	}

	/** A column for a feature of the rows: its text and its editing follow from the feature's type. */
	FeatureTable column(String title, int width, EStructuralFeature feature) {
		return column(title, width, row -> label(row, feature), editing(title, feature));
	}

	FeatureTable column(String title, int width, Function<EObject, String> text, EditingSupport editing) {
		Columns.add(viewer, title, width, text, editing);
		return this;
	}

	TableViewer viewer() {
		return viewer;
	}

	ViewerFollower follower() {
		return follower;
	}

	/** Selects the element and scrolls to it when it is one of this table's rows. */
	boolean reveal(EObject element) {
		if (!(owner.eGet(list) instanceof java.util.List<?> rows) || !rows.contains(element)) {
			return false;
		}
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(element), true);
		viewer.getTable().setFocus();
		return true;
	}

	private String label(EObject row, EStructuralFeature feature) {
		Object value = row.eGet(feature);
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "";
		}
		return FeatureValues.isTyped(feature) ? FeatureValues.format(value) : item(row, feature).label(value);
	}

	private ItemFeature item(EObject row, EStructuralFeature feature) {
		AdapterFactory adapterFactory = domain.getAdapterFactory();
		return ItemFeature.of(adapterFactory, row, feature);
	}

	private EditingSupport editing(String title, EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		if (FeatureValues.isTyped(feature)) {
			return typed(feature);
		}
		if (feature.isMany()) {
			return pickMany(title, feature);
		}
		if (type == Boolean.class || type == boolean.class) {
			return new ChoiceEditingSupport<>(viewer, EObject.class, Boolean.class, () -> List.of(Boolean.TRUE, Boolean.FALSE),
					flag -> flag ? "yes" : "no", row -> (Boolean) row.eGet(feature), (row, flag) -> set(row, feature, flag));
		}
		if (feature.getEType() instanceof EEnum || feature instanceof EReference) {
			return new ChoiceEditingSupport<>(viewer, EObject.class, Object.class, () -> choices(feature), value -> labelOf(feature, value),
					row -> row.eGet(feature), (row, value) -> set(row, feature, value));
		}
		return null;
	}

	/** Choices are the same for every row of the table: the first row's descriptor answers for all. */
	private List<Object> choices(EStructuralFeature feature) {
		List<?> rows = (List<?>) owner.eGet(list);
		return rows.isEmpty() ? List.of() : item((EObject) rows.get(0), feature).choices();
	}

	private String labelOf(EStructuralFeature feature, Object value) {
		List<?> rows = (List<?>) owner.eGet(list);
		return rows.isEmpty() ? String.valueOf(value) : item((EObject) rows.get(0), feature).label(value);
	}

	private EditingSupport typed(EStructuralFeature feature) {
		return new TextEditingSupport<>(viewer, EObject.class, row -> FeatureValues.format(row.eGet(feature)), (row, text) -> {
			Object parsed = FeatureValues.parse(feature, text);
			if (parsed != FeatureValues.REJECTED) {
				set(row, feature, parsed);
			}
		});
	}

	private EditingSupport pickMany(String title, EStructuralFeature feature) {
		return new EditingSupport(viewer) {
			private final PickManyCellEditor editor = new PickManyCellEditor(viewer.getTable(), title, value -> labelOf(feature, value));

			@Override
			protected CellEditor getCellEditor(Object element) {
				EObject row = (EObject) element;
				editor.prepare(item(row, feature).choices(), NLS.bind(Messages.FeatureTable_columnForRow, title, item(row, feature).label(row)));
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return List.copyOf((List<?>) ((EObject) element).eGet(feature));
			}

			@Override
			protected void setValue(Object element, Object value) {
				if (value instanceof List<?> values && !values.equals(((EObject) element).eGet(feature))) {
					set((EObject) element, feature, values);
				}
			}
		};
	}

	private void set(EObject row, EStructuralFeature feature, Object value) {
		if (!java.util.Objects.equals(row.eGet(feature), value)) {
			execute(SetCommand.create(domain, row, feature, value));
		}
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
