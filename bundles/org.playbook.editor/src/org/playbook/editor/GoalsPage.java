package org.playbook.editor;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.function.Function;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.playbook.model.Goal;
import org.playbook.model.Metric;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.ui.viewers.ChoiceEditingSupport;

/**
 * SMART goals in a table: what, measured by which of the strategy's metrics (picked, not
 * typed), from which baseline to which target, by when. Every cell edit, addition and
 * removal is a command on the editor's stack.
 */
final class GoalsPage extends TablePage<Goal> {

	GoalsPage(StrategyEditor editor) {
		super(editor, "goals", "Goals and KPIs");
	}

	@Override
	protected String introduction() {
		return "Specific, measurable (a metric, a baseline and a target) and time-bound (a deadline).";
	}

	@Override
	protected EReference elements() {
		return Literals.STRATEGY__GOALS;
	}

	@Override
	protected Goal newElement() {
		Goal goal = PlaybookFactory.eINSTANCE.createGoal();
		goal.setName("New goal");
		return goal;
	}

	@Override
	protected String addLabel() {
		return "Add goal";
	}

	@Override
	protected void createColumns(EditingDomain domain, Strategy strategy) {
		column("Goal", 240, Goal::getName, text(domain, Literals.GOAL__NAME, value -> value.isBlank() ? null : value));
		column("Metric", 170, goal -> goal.getMetric() == null ? "(none)" : goal.getMetric().getName(),
				new ChoiceEditingSupport<>(viewer(), Goal.class, Metric.class, strategy::getMetrics,
						metric -> metric.getName() + (metric.getUnit() != null ? " (" + metric.getUnit() + ")" : ""), Goal::getMetric,
						(goal, metric) -> execute(domain, SetCommand.create(domain, goal, Literals.GOAL__METRIC, metric))));
		column("Baseline", 90, goal -> number(goal.getBaseline()), text(domain, Literals.GOAL__BASELINE, GoalsPage::parseNumber));
		column("Target", 90, goal -> number(goal.getTarget()), text(domain, Literals.GOAL__TARGET, GoalsPage::parseNumber));
		column("Deadline", 110, goal -> goal.getDeadline() == null ? "" : dates().format(goal.getDeadline()),
				text(domain, Literals.GOAL__DEADLINE, GoalsPage::parseDate));
	}

	/** A cell typed into; what cannot be read as the feature's value is ignored. */
	private EditingSupport text(EditingDomain domain, EStructuralFeature feature, Function<String, Object> parse) {
		return new EditingSupport(viewer()) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer().getTable());
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
		return viewer();
	}
}
