package org.playbook.calendar.ui;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.playbook.calendar.AgencyCalendar;
import org.playbook.calendar.CadenceGap;
import org.playbook.calendar.CalendarChoices;
import org.playbook.calendar.CalendarDays;
import org.playbook.calendar.CalendarExport;
import org.playbook.calendar.CalendarFilter;
import org.playbook.calendar.ScheduledEntry;
import org.playbook.editor.StrategyEditor;
import org.playbook.model.ApprovalState;
import org.playbook.model.Client;
import org.playbook.model.ContentIntent;
import org.playbook.model.Network;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.model.labels.Labels;
import org.playbook.workspace.AtomicFileWriter;
import org.playbook.workspace.models.ModelDocument;
import org.playbook.workspace.models.ModelListener;
import org.playbook.workspace.models.ModelService;

/**
 * The content calendar of every client: a month or a week of the planned posts of all active
 * clients' strategies, coloured by client, the gaps where a network's promise of posts a week
 * is not kept, and how many posts go out each day. Filters by client, industry, network,
 * pillar and intent; entries are moved and copied by dragging (Ctrl to copy), each change an
 * undoable command on its strategy (Edit > Undo, or the editor's undo); double-click opens
 * the strategy's editor at the entry, or plans a new entry on an empty day; Export writes the
 * shown entries as iCalendar.
 */
public class CalendarView extends ViewPart {
	public static final String ID = "org.playbook.calendar.ui.calendar";
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.getDefault());

	private final CalendarEdits edits = new CalendarEdits();
	private LocalDate anchor = LocalDate.now();
	private boolean week;
	private Label heading, summary;
	private Combo clients, industries, networks, pillars, intents, approvals;
	private Button monthButton, weekButton;
	private MonthGrid grid;
	/** The filter of the days shown, and their entries when asked for (all of them: a month of a big agency's is long). */
	private CalendarFilter shownFilter;
	private List<ScheduledEntry> shown;
	/** The calendar as last read; read again when a model or the workspace's projects change. */
	private AgencyCalendar calendar;
	private List<CadenceGap> shownGaps = List.of();
	/** How many entries of a day were read for the grid: as many as its cells had room for. */
	private int linesPerDay;
	private final Action undo = new Action() {
		@Override
		public void run() {
			calendar = null;
			try {
				edits.undo();
			} catch (CoreException e) {
				ErrorDialog.openError(getSite().getShell(), Messages.CalendarView_cannotChange, null, e.getStatus());
			}
			refresh();
		}
	};
	private final ModelListener modelChanges = new ModelListener() {
		@Override
		public void changed(ModelDocument document) {
			refreshLater();
		}

		@Override
		public void reloaded(ModelDocument document) {
			refreshLater();
		}
	};
	private final IResourceChangeListener projectChanges = event -> refreshLater();

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.calendar"); // F1
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(8, false));
		button(bar, Messages.CalendarView_previous, () -> step(-1));
		button(bar, Messages.CalendarView_today, () -> showDay(LocalDate.now(), week));
		button(bar, Messages.CalendarView_next, () -> step(1));
		heading = new Label(bar, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		monthButton = toggle(bar, Messages.CalendarView_month, false);
		weekButton = toggle(bar, Messages.CalendarView_week, true);
		button(bar, Messages.CalendarView_export, this::export);
		summary = new Label(bar, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		// the filters on a row of their own, wrapping when the view is narrow
		Composite filters = new Composite(parent, SWT.NONE);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.center = true;
		filters.setLayout(row);
		clients = filter(filters);
		industries = filter(filters);
		networks = filter(filters);
		pillars = filter(filters);
		intents = filter(filters);
		approvals = filter(filters);
		// the review states are always the same four, in the order a post goes through them
		approvals.add(Messages.CalendarView_allApprovals);
		ApprovalState.VALUES.forEach(state -> approvals.add(Labels.of(state)));
		approvals.select(0);
		grid = new MonthGrid(parent, new MonthGrid.Actions() {
			@Override
			public void moveOrCopy(ScheduledEntry entry, LocalDate day, boolean copy) {
				CalendarView.this.moveOrCopy(entry, day, copy);
			}

			@Override
			public void open(ScheduledEntry entry) {
				CalendarView.this.open(entry);
			}

			@Override
			public void show(LocalDate day, boolean asWeek) {
				showDay(day, asWeek);
			}

			@Override
			public void newEntry(LocalDate day) {
				CalendarView.this.newEntry(day);
			}
		});
		grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		grid.addListener(SWT.Resize, event -> {
			if (grid.linesPerDay() > linesPerDay) {
				refresh(); // the taller cells have room for more of each day's entries than were read
			}
		});
		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		ModelService.get().addListener(modelChanges);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(projectChanges, IResourceChangeEvent.POST_CHANGE);
		refresh();
	}

	/** Shows the month (or, as a week, the week) holding the day. */
	public void showDay(LocalDate day, boolean asWeek) {
		anchor = day;
		week = asWeek;
		refresh();
		grid.select(day, null);
	}

	private void step(int direction) {
		showDay(week ? anchor.plusWeeks(direction) : anchor.plusMonths(direction).withDayOfMonth(1), week);
	}

	/** Reads every client's calendar again and shows the days with the filters chosen. */
	public void refresh() {
		if (grid == null || grid.isDisposed()) {
			return;
		}
		AgencyCalendar calendar = calendar();
		List<LocalDate> days = days();
		CalendarFilter everything = CalendarFilter.days(days.get(0), days.get(days.size() - 1));
		CalendarChoices choices = calendar.choices(everything);
		offer(clients, Messages.CalendarView_allClients, choices.clients());
		offer(industries, Messages.CalendarView_allIndustries, choices.industries());
		offer(networks, Messages.CalendarView_allNetworks, choices.networks());
		offer(pillars, Messages.CalendarView_allPillars, choices.pillars());
		offer(intents, Messages.CalendarView_allIntents, choices.intents());
		shownFilter = filter(everything);
		shown = null;
		shownGaps = calendar.gaps(shownFilter);
		linesPerDay = grid.linesPerDay();
		CalendarDays entries = calendar.days(shownFilter, linesPerDay);
		grid.show(days, week ? null : anchor.withDayOfMonth(1), entries, shownGaps);
		heading.setText(week ? NLS.bind(Messages.CalendarView_weekOf, days.get(0)) : anchor.format(MONTH));
		summary.setText(NLS.bind(Messages.CalendarView_summary, new Object[] { entries.total(), entries.clients(), shownGaps.size() }));
		monthButton.setSelection(!week);
		weekButton.setSelection(week);
		undo.setEnabled(edits.canUndo());
		undo.setText(edits.canUndo() ? NLS.bind(Messages.CalendarView_undo, edits.undoLabel()) : NLS.bind(Messages.CalendarView_undo, ""));
		getViewSite().getActionBars().updateActionBars();
		heading.getParent().getParent().layout(true, true);
	}

	/**
	 * The calendar as last read, read again first when a change has made it stale: a change
	 * marks it so at once and shows itself later, and whatever asks in between (the entries
	 * shown, the export) reads the calendar as it is now.
	 */
	private AgencyCalendar calendar() {
		if (calendar == null) {
			calendar = WorkbenchCalendar.read();
		}
		return calendar;
	}

	private void refreshLater() {
		calendar = null;
		if (grid != null && !grid.isDisposed()) {
			grid.getDisplay().asyncExec(this::refresh);
		}
	}

	/** The days shown: whole weeks, Monday first, holding the month, or the one week. */
	private List<LocalDate> days() {
		LocalDate first = week ? anchor : anchor.withDayOfMonth(1);
		LocalDate last = week ? anchor : anchor.with(TemporalAdjusters.lastDayOfMonth());
		first = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		last = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days.add(day);
		}
		return days;
	}

	/** The filter the combos say, on the days shown. */
	private CalendarFilter filter(CalendarFilter days) {
		CalendarFilter filter = days;
		if (chosen(clients) != null) {
			filter = filter.withClients(Set.of(chosen(clients)));
		}
		if (chosen(industries) != null) {
			filter = filter.withIndustries(Set.of(chosen(industries)));
		}
		if (chosen(networks) != null) {
			filter = filter.withNetworks(Set.of(Network.get(chosen(networks))));
		}
		if (chosen(pillars) != null) {
			filter = filter.withPillars(Set.of(chosen(pillars)));
		}
		if (chosen(intents) != null) {
			filter = filter.withIntents(Set.of(ContentIntent.get(chosen(intents))));
		}
		String approval = chosen(approvals);
		if (approval != null) { // the combo shows the states by their labels
			filter = filter.withApprovals(ApprovalState.VALUES.stream().filter(state -> Labels.of(state).equals(approval)).collect(Collectors.toSet()));
		}
		return filter;
	}

	/** Chooses a filter's value by its text ("All ..." for none); what the keyboard and the tests do. */
	public void choose(String dimension, String value) {
		Combo combo = switch (dimension) {
			case "client" -> clients;
			case "industry" -> industries;
			case "network" -> networks;
			case "pillar" -> pillars;
			case "intent" -> intents;
			case "approval" -> approvals;
			default -> throw new IllegalArgumentException("no filter " + dimension);
		};
		int index = value == null ? 0 : combo.indexOf(value);
		if (index < 0) {
			combo.add(value);
			index = combo.indexOf(value);
		}
		combo.select(index);
		refresh();
	}

	private static String chosen(Combo combo) {
		return combo.getSelectionIndex() <= 0 ? null : combo.getItem(combo.getSelectionIndex());
	}

	/** The values of the days' entries, "All ..." first, keeping what was chosen. */
	private static void offer(Combo combo, String all, Set<String> offered) {
		String before = chosen(combo);
		Set<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		values.addAll(offered);
		if (before != null) {
			values.add(before);
		}
		List<String> items = new ArrayList<>();
		items.add(all);
		items.addAll(values);
		if (!items.equals(List.of(combo.getItems()))) {
			combo.setItems(items.toArray(String[]::new));
		}
		combo.select(before == null ? 0 : combo.indexOf(before));
	}

	void moveOrCopy(ScheduledEntry entry, LocalDate day, boolean copy) {
		calendar = null;
		try {
			edits.moveOrCopy(entry, day, copy);
		} catch (CoreException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.CalendarView_cannotChange, null, e.getStatus());
		}
		refresh();
	}

	/** Opens the entry's strategy in its editor, on the Content page with the entry selected. */
	void open(ScheduledEntry entry) {
		IFile file = WorkbenchCalendar.fileOf(entry.strategy());
		if (file == null) {
			return;
		}
		try {
			if (IDE.openEditor(getSite().getPage(), file, StrategyEditor.ID) instanceof StrategyEditor editor) {
				editor.reveal(entry.entry());
			}
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.CalendarView_cannotChange, null, e.getStatus());
		}
	}

	/** Plans a post on the day: for which client's tactic, and what it is. */
	void newEntry(LocalDate day) {
		List<TacticChoice> choices = new ArrayList<>();
		for (AgencyCalendar.Plan plan : calendar().plans(day)) {
			for (Tactic tactic : plan.strategy().getTactics()) {
				choices.add(new TacticChoice(plan.client(), plan.strategy(), tactic));
			}
		}
		if (choices.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), Messages.CalendarView_newEntryTitle, Messages.CalendarView_noTactics);
			return;
		}
		ElementListSelectionDialog pick = new ElementListSelectionDialog(getSite().getShell(), new org.eclipse.jface.viewers.LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((TacticChoice) element).label();
			}
		});
		pick.setTitle(Messages.CalendarView_newEntryTitle);
		pick.setMessage(NLS.bind(Messages.CalendarView_newEntryChooseTactic, day));
		pick.setElements(choices.toArray());
		pick.setMultipleSelection(false);
		if (pick.open() != Window.OK || pick.getFirstResult() == null) {
			return;
		}
		TacticChoice choice = (TacticChoice) pick.getFirstResult();
		InputDialog title = new InputDialog(getSite().getShell(), Messages.CalendarView_newEntryTitle, NLS.bind(Messages.CalendarView_newEntryWhat, day),
				Messages.CalendarView_newEntryDefault, text -> text == null || text.isBlank() ? Messages.CalendarView_newEntryWhat : null);
		if (title.open() != Window.OK) {
			return;
		}
		newEntry(choice.strategy(), choice.tactic(), title.getValue().strip(), day);
	}

	/** Adds an entry for the tactic on the day (the dialogs' end; what the tests call). */
	public void newEntry(Strategy strategy, Tactic tactic, String title, LocalDate day) {
		calendar = null;
		try {
			edits.add(strategy, tactic, title, day);
		} catch (CoreException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.CalendarView_cannotChange, null, e.getStatus());
		}
		refresh();
	}

	private record TacticChoice(Client client, Strategy strategy, Tactic tactic) {
		String label() {
			return NLS.bind(Messages.CalendarView_tacticChoice, new Object[] { client.getName(), strategy.getName(), tactic.getName(),
					tactic.getNetwork() == null ? "-" : tactic.getNetwork().getLiteral() });
		}
	}

	private void export() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.CalendarView_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.ics" });
		dialog.setFileName("playbook-" + (week ? days().get(0) : anchor.withDayOfMonth(1).toString().substring(0, 7)) + ".ics");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			exportTo(Path.of(file));
		}
	}

	/** Writes the entries shown, as the filters show them, to the file as iCalendar. */
	public void exportTo(Path file) {
		try {
			StringWriter text = new StringWriter();
			CalendarExport.ics(shown(), text);
			new AtomicFileWriter().replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
		} catch (java.io.IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.CalendarView_cannotExport, file + ": " + e.getMessage());
		}
	}

	/** Takes back the calendar's last change. */
	public void undo() {
		undo.run();
	}

	MonthGrid grid() {
		return grid;
	}

	/** The entries of the days shown, as the filters show them. */
	public List<ScheduledEntry> shown() {
		if (shown == null) {
			shown = shownFilter == null ? List.of() : calendar().entries(shownFilter);
		}
		return shown;
	}

	/** The gaps shown now. */
	public List<CadenceGap> gaps() {
		return shownGaps;
	}

	private static Button button(Composite bar, String text, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private Button toggle(Composite bar, String text, boolean asWeek) {
		Button button = new Button(bar, SWT.TOGGLE);
		button.setText(text);
		button.addListener(SWT.Selection, event -> showDay(grid.selectedDay() != null ? grid.selectedDay() : anchor, asWeek));
		return button;
	}

	private Combo filter(Composite bar) {
		Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.addListener(SWT.Selection, event -> refresh());
		return combo;
	}

	@Override
	public void setFocus() {
		grid.setFocus();
	}

	@Override
	public void dispose() {
		ModelService.get().removeListener(modelChanges);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectChanges);
		super.dispose();
	}
}
