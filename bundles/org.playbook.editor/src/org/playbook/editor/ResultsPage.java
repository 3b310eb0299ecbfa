package org.playbook.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.playbook.audit.AuditReport;
import org.playbook.audit.Section;
import org.playbook.audit.rules.ActualMetrics;
import org.playbook.model.Goal;
import org.playbook.model.Measurement;
import org.playbook.model.Strategy;

/**
 * How the strategy is going, in charts (SWTChart): a goal's KPI over time against its
 * target, the planned content mix against what was posted (once actuals are imported), and
 * the health score by section. The charts follow every edit and import.
 */
final class ResultsPage extends StrategyPage {
	private Chart kpi;
	private Chart mix;
	private Chart health;
	private Combo goalChoice;

	ResultsPage(StrategyEditor editor) {
		super(editor, "results", Messages.ResultsPage_results);
	}

	@Override
	protected void createSections(Strategy strategy) {
		Composite kpiSection = fields(Messages.ResultsPage_kpiAgainstTarget, Messages.ResultsPage_theMeasurementsOfThe);
		getManagedForm().getToolkit().createLabel(kpiSection, Messages.ResultsPage_goal);
		goalChoice = new Combo(kpiSection, SWT.READ_ONLY);
		goalChoice.addListener(SWT.Selection, event -> drawKpi());
		kpi = chart(kpiSection);
		Composite mixSection = fields(Messages.ResultsPage_contentMix, Messages.ResultsPage_plannedAndPostedFrom);
		mix = chart(mixSection);
		Composite healthSection = fields(Messages.ResultsPage_healthBySection, Messages.ResultsPage_theAuditSScore);
		health = chart(healthSection);
		redraw();
		AfterCommands.update(editor().domain(), kpi, this::redraw);
	}

	private static Chart chart(Composite parent) {
		Chart chart = new Chart(parent, SWT.NONE);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
		layout.heightHint = 220;
		layout.widthHint = 560;
		chart.setLayoutData(layout);
		chart.getTitle().setVisible(false);
		return chart;
	}

	private void redraw() {
		Strategy strategy = editor().strategy();
		List<String> goals = strategy.getGoals().stream().map(Goal::getName).toList();
		if (!goals.equals(List.of(goalChoice.getItems()))) {
			int selected = Math.max(0, goalChoice.getSelectionIndex());
			goalChoice.setItems(goals.toArray(String[]::new));
			if (!goals.isEmpty()) {
				goalChoice.select(Math.min(selected, goals.size() - 1));
			}
		}
		drawKpi();
		drawMix(strategy);
		drawHealth(editor().health().report());
	}

	private void drawKpi() {
		clear(kpi);
		Strategy strategy = editor().strategy();
		int index = goalChoice.getSelectionIndex();
		if (index < 0 || index >= strategy.getGoals().size()) {
			kpi.redraw();
			return;
		}
		Goal goal = strategy.getGoals().get(index);
		List<Measurement> points = strategy.getMeasurements().stream().filter(m -> goal.getMetric() != null && m.getMetric() == goal.getMetric()
				&& m.getPeriodEnd() != null).sorted(Comparator.comparing(Measurement::getPeriodEnd)).toList();
		kpi.getAxisSet().getYAxis(0).getTitle().setText(goal.getMetric() == null ? Messages.ResultsPage_noMetric : goal.getMetric().getName());
		kpi.getAxisSet().getXAxis(0).getTitle().setText("");
		// the baseline at the strategy's start, then every measurement; the target from the start to the deadline
		List<Date> dates = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		if (strategy.getStartDate() != null && goal.getBaseline() != null) {
			dates.add(strategy.getStartDate());
			values.add(goal.getBaseline());
		}
		for (Measurement point : points) {
			dates.add(point.getPeriodEnd());
			values.add(point.getValue());
		}
		if (!dates.isEmpty()) {
			ILineSeries<?> actual = (ILineSeries<?>) kpi.getSeriesSet().createSeries(SeriesType.LINE, Messages.ResultsPage_actual);
			actual.setXDateSeries(dates.toArray(Date[]::new));
			actual.setYSeries(values.stream().mapToDouble(Double::doubleValue).toArray());
			if (goal.getTarget() != null) {
				Date end = goal.getDeadline() != null && goal.getDeadline().after(dates.get(dates.size() - 1)) ? goal.getDeadline() : dates.get(dates.size() - 1);
				ILineSeries<?> target = (ILineSeries<?>) kpi.getSeriesSet().createSeries(SeriesType.LINE, Messages.ResultsPage_target);
				target.setXDateSeries(new Date[] { dates.get(0), end });
				target.setYSeries(new double[] { goal.getTarget(), goal.getTarget() });
				target.setLineColor(kpi.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
			}
			kpi.getAxisSet().getXAxis(0).getTick().setFormat(new java.text.SimpleDateFormat("yyyy-MM-dd"));
		}
		kpi.getAxisSet().adjustRange();
		kpi.redraw();
	}

	private void drawMix(Strategy strategy) {
		clear(mix);
		int planned = strategy.getContentPlan() == null ? 0 : strategy.getContentPlan().getPromotionalShare();
		String[] categories = { Messages.ResultsPage_promotional, Messages.ResultsPage_everythingElse };
		mix.getAxisSet().getXAxis(0).setCategorySeries(categories);
		mix.getAxisSet().getXAxis(0).enableCategory(true);
		mix.getAxisSet().getXAxis(0).getTitle().setText("");
		mix.getAxisSet().getYAxis(0).getTitle().setText(Messages.ResultsPage_ofPosts);
		bar(mix, Messages.ResultsPage_planned, new double[] { planned, 100 - planned }, SWT.COLOR_GRAY);
		double posts = total(strategy, ActualMetrics.POSTS);
		if (posts > 0) {
			double promotional = Math.round(total(strategy, ActualMetrics.PROMOTIONAL_POSTS) * 100 / posts);
			bar(mix, Messages.ResultsPage_posted, new double[] { promotional, 100 - promotional }, SWT.COLOR_DARK_RED);
		}
		mix.getAxisSet().adjustRange();
		mix.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 100));
		mix.redraw();
	}

	private void drawHealth(AuditReport report) {
		clear(health);
		List<String> sections = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		for (Map.Entry<Section, Integer> section : report.sectionScores().entrySet()) {
			if (section.getKey() != Section.FILE) {
				sections.add(section.getKey().label());
				scores.add(section.getValue().doubleValue());
			}
		}
		health.getAxisSet().getXAxis(0).setCategorySeries(sections.toArray(String[]::new));
		health.getAxisSet().getXAxis(0).enableCategory(true);
		health.getAxisSet().getXAxis(0).getTitle().setText("");
		health.getAxisSet().getYAxis(0).getTitle().setText(Messages.ResultsPage_score);
		bar(health, Messages.ResultsPage_score, scores.stream().mapToDouble(Double::doubleValue).toArray(), SWT.COLOR_DARK_BLUE);
		health.getAxisSet().adjustRange();
		health.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 100));
		health.redraw();
	}

	private static void bar(Chart chart, String name, double[] values, int colour) {
		IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, name);
		series.setYSeries(values);
		series.setBarColor(chart.getDisplay().getSystemColor(colour));
	}

	private static void clear(Chart chart) {
		for (var series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
	}

	private static double total(Strategy strategy, String metric) {
		return strategy.getMeasurements().stream().filter(m -> m.getMetric() != null && metric.equals(m.getMetric().getName()))
				.mapToDouble(Measurement::getValue).sum();
	}

	Chart kpiChart() {
		return kpi;
	}

	Chart mixChart() {
		return mix;
	}

	Chart healthChart() {
		return health;
	}
}
