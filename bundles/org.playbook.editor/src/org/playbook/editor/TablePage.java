package org.playbook.editor;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.playbook.model.Strategy;
import org.playbook.ui.viewers.Columns;

/**
 * A page that is one table of a strategy's elements (goals, tactics...): cells edited in
 * place, Add and Remove beside it, all as commands on the editor's stack, and the table
 * refreshed after every command (undo included). Subclasses say which elements and columns.
 */
abstract class TablePage<T extends EObject> extends FormPage {
	private TableViewer viewer;
	private CommandStackListener refresh;

	TablePage(StrategyEditor editor, String id, String title) {
		super(editor, id, title); // a tab label: no "&", it would be read as a mnemonic
	}

	/** What the page is for, in a sentence a strategist reads above the table. */
	protected abstract String introduction();

	/** The strategy's list the table shows. */
	protected abstract EReference elements();

	/** A new element, as Add creates it. */
	protected abstract T newElement();

	protected abstract String addLabel();

	protected abstract void createColumns(EditingDomain domain, Strategy strategy);

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		StrategyEditor editor = (StrategyEditor) getEditor();
		Strategy strategy = editor.strategy();
		EditingDomain domain = editor.domain();
		FormToolkit toolkit = managedForm.getToolkit();
		managedForm.getForm().setText(getTitle());
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, false));
		toolkit.createLabel(body, introduction(), SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		viewer = new TableViewer(toolkit.createTable(body, SWT.FULL_SELECTION | SWT.MULTI));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		createColumns(domain, strategy);
		viewer.setInput(strategy.eGet(elements()));

		Composite buttons = toolkit.createComposite(body);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = toolkit.createButton(buttons, addLabel(), SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add.addListener(SWT.Selection, event -> {
			T element = newElement();
			domain.getCommandStack().execute(AddCommand.create(domain, strategy, elements(), element));
			viewer.editElement(element, 0);
		});
		Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		remove.addListener(SWT.Selection, event -> {
			IStructuredSelection selected = viewer.getStructuredSelection();
			if (!selected.isEmpty()) {
				domain.getCommandStack().execute(DeleteCommand.create(domain, selected.toList()));
			}
		});
		refresh = event -> viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh();
			}
		});
		domain.getCommandStack().addCommandStackListener(refresh);
	}

	protected void column(String title, int width, Function<T, String> text, EditingSupport editing) {
		Columns.add(viewer, title, width, text, editing);
	}

	/** What a parser returns for text that cannot be the feature's value: the cell keeps its value. */
	protected static final Object REJECTED = new Object();

	/**
	 * A cell typed into: the current value shown as {@link #display(Object)} shows it, the text
	 * read back by the parser (which may answer null to clear the value, or {@link #REJECTED}),
	 * and the change made a command.
	 */
	protected EditingSupport typed(EditingDomain domain, EStructuralFeature feature, Function<String, Object> parse) {
		return new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return display(((EObject) element).eGet(feature));
			}

			@Override
			protected void setValue(Object element, Object value) {
				Object parsed = parse.apply(String.valueOf(value).strip());
				if (parsed != REJECTED) {
					execute(domain, SetCommand.create(domain, element, feature, parsed));
				}
			}
		};
	}

	protected static Object required(String text) {
		return text.isEmpty() ? REJECTED : text;
	}

	protected static Object requiredNumber(String text) {
		return text.isEmpty() ? REJECTED : optionalNumber(text);
	}

	protected static Object optionalNumber(String text) {
		try {
			return text.isEmpty() ? null : Double.valueOf(text.replace(",", ""));
		} catch (NumberFormatException e) {
			return REJECTED;
		}
	}

	protected static Object optionalDate(String text) {
		try {
			return text.isEmpty() ? null : dates().parse(text);
		} catch (ParseException e) {
			return REJECTED;
		}
	}

	/** How values read in a cell: dates as 2026-12-31, whole numbers without ".0". */
	protected static String display(Object value) {
		if (value instanceof Date date) {
			return dates().format(date);
		}
		if (value instanceof Double number) {
			return number == Math.rint(number) ? String.valueOf(number.longValue()) : String.valueOf(number);
		}
		return value == null ? "" : String.valueOf(value);
	}

	private static SimpleDateFormat dates() {
		SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
		format.setLenient(false);
		return format;
	}

	protected static void execute(EditingDomain domain, Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	TableViewer viewer() {
		return viewer;
	}

	@Override
	public void dispose() {
		if (refresh != null) {
			((StrategyEditor) getEditor()).domain().getCommandStack().removeCommandStackListener(refresh);
		}
		super.dispose();
	}
}
