package org.playbook.editor;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.playbook.model.Goal;
import org.playbook.model.Metric;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/**
 * SMART goals in a table: what, measured by which of the strategy's metrics (picked, not
 * typed), from which baseline to which target, by when. Every cell edit, addition and
 * removal is a command on the editor's stack.
 */
final class GoalsPage extends FormPage {
	private TableViewer goals;
	private CommandStackListener refresh;

	GoalsPage(StrategyEditor editor) {
		super(editor, "goals", "Goals and KPIs"); // a tab label: "&" would be read as a mnemonic
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		StrategyEditor editor = (StrategyEditor) getEditor();
		Strategy strategy = editor.strategy();
		EditingDomain domain = editor.domain();
		FormToolkit toolkit = managedForm.getToolkit();
		managedForm.getForm().setText("Goals and KPIs");
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, false));
		toolkit.createLabel(body, "Specific, measurable (a metric, a baseline and a target) and time-bound (a deadline).", SWT.WRAP)
				.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		goals = new TableViewer(toolkit.createTable(body, SWT.FULL_SELECTION | SWT.MULTI));
		goals.getTable().setHeaderVisible(true);
		goals.getTable().setLinesVisible(true);
		goals.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		goals.setContentProvider(ArrayContentProvider.getInstance());
		column("Goal", 240, Goal::getName, text(domain, Literals.GOAL__NAME, value -> value.isBlank() ? null : value));
		column("Metric", 170, goal -> goal.getMetric() == null ? "(none)" : goal.getMetric().getName(), new MetricEditing(domain, strategy));
		column("Baseline", 90, goal -> number(goal.getBaseline()), text(domain, Literals.GOAL__BASELINE, GoalsPage::parseNumber));
		column("Target", 90, goal -> number(goal.getTarget()), text(domain, Literals.GOAL__TARGET, GoalsPage::parseNumber));
		column("Deadline", 110, goal -> goal.getDeadline() == null ? "" : dates().format(goal.getDeadline()),
				text(domain, Literals.GOAL__DEADLINE, GoalsPage::parseDate));
		goals.setInput(strategy.getGoals());

		Composite buttons = toolkit.createComposite(body);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = toolkit.createButton(buttons, "Add goal", SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add.addListener(SWT.Selection, event -> {
			Goal goal = PlaybookFactory.eINSTANCE.createGoal();
			goal.setName("New goal");
			domain.getCommandStack().execute(AddCommand.create(domain, strategy, Literals.STRATEGY__GOALS, goal));
			goals.editElement(goal, 0);
		});
		Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		remove.addListener(SWT.Selection, event -> {
			IStructuredSelection selected = goals.getStructuredSelection();
			if (!selected.isEmpty()) {
				domain.getCommandStack().execute(DeleteCommand.create(domain, selected.toList()));
			}
		});
		refresh = event -> goals.getControl().getDisplay().asyncExec(() -> {
			if (!goals.getControl().isDisposed()) {
				goals.refresh();
			}
		});
		domain.getCommandStack().addCommandStackListener(refresh);
	}

	private void column(String title, int width, Function<Goal, String> text, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(goals, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Goal) element);
			}
		});
		column.setEditingSupport(editing);
	}

	/** A cell typed into; what cannot be read as the feature's value is ignored. */
	private EditingSupport text(EditingDomain domain, EStructuralFeature feature, Function<String, Object> parse) {
		return new EditingSupport(goals) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(goals.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				Object value = ((Goal) element).eGet(feature);
				return value instanceof Date date ? dates().format(date) : value instanceof Double d ? number(d) : value == null ? "" : value;
			}

			@Override
			protected void setValue(Object element, Object value) {
				Object parsed = parse.apply(String.valueOf(value).strip());
				if (parsed != null || String.valueOf(value).isBlank() && feature != Literals.GOAL__NAME) {
					execute(domain, SetCommand.create(domain, element, feature, parsed));
				}
			}
		};
	}

	private static void execute(EditingDomain domain, Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** Picks one of the strategy's metrics. */
	private final class MetricEditing extends EditingSupport {
		private final EditingDomain domain;
		private final Strategy strategy;

		MetricEditing(EditingDomain domain, Strategy strategy) {
			super(goals);
			this.domain = domain;
			this.strategy = strategy;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(goals.getTable(), SWT.READ_ONLY);
			editor.setContentProvider(ArrayContentProvider.getInstance());
			editor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object metric) {
					return ((Metric) metric).getName() + (((Metric) metric).getUnit() != null ? " (" + ((Metric) metric).getUnit() + ")" : "");
				}
			});
			editor.setInput(strategy.getMetrics());
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return !strategy.getMetrics().isEmpty();
		}

		@Override
		protected Object getValue(Object element) {
			return ((Goal) element).getMetric();
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof Metric metric) {
				execute(domain, SetCommand.create(domain, element, Literals.GOAL__METRIC, metric));
			}
		}
	}

	private static String number(Double value) {
		return value == null ? "" : value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
	}

	private static Object parseNumber(String text) {
		try {
			return text.isEmpty() ? null : Double.valueOf(text.replace(",", ""));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static Object parseDate(String text) {
		try {
			return text.isEmpty() ? null : dates().parse(text);
		} catch (ParseException e) {
			return null;
		}
	}

	private static SimpleDateFormat dates() {
		SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
		format.setLenient(false);
		return format;
	}

	TableViewer goalsViewer() {
		return goals;
	}

	@Override
	public void dispose() {
		if (refresh != null) {
			((StrategyEditor) getEditor()).domain().getCommandStack().removeCommandStackListener(refresh);
		}
		super.dispose();
	}
}
