package org.playbook.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.playbook.calendar.CadenceGap;
import org.playbook.calendar.CalendarDays;
import org.playbook.calendar.ScheduledEntry;
import org.playbook.model.ApprovalState;
import org.playbook.model.labels.Labels;

/**
 * The days of a month (whole weeks, Monday first) or of one week as a grid: each day with its
 * number, how many posts go out across clients, its entries (a client's colour, the network,
 * the title) and "N more" when they do not fit, the days of a cadence gap shaded, today
 * framed. An entry is dragged to another day to move it, with Ctrl to copy it; double-click
 * or Enter opens it; the arrow keys move between days, Tab between a day's entries.
 */
final class MonthGrid extends Canvas {
	/** What the grid asks of its view. */
	interface Actions {
		void moveOrCopy(ScheduledEntry entry, LocalDate day, boolean copy);

		void open(ScheduledEntry entry);

		/** The selected day left the days shown (the keyboard went past them), or "N more" was clicked. */
		void show(LocalDate day, boolean asWeek);

		void newEntry(LocalDate day);
	}

	private static final int HEADER = 22, LINE = 18, PAD = 3;
	private static final RGB[] CLIENT_COLOURS = { new RGB(0x1f, 0x77, 0xb4), new RGB(0xff, 0x7f, 0x0e), new RGB(0x2c, 0xa0, 0x2c),
			new RGB(0xd6, 0x27, 0x28), new RGB(0x94, 0x67, 0xbd), new RGB(0x8c, 0x56, 0x4b), new RGB(0xe3, 0x77, 0xc2), new RGB(0x17, 0xbe, 0xcf),
			new RGB(0xbc, 0xbd, 0x22), new RGB(0x7f, 0x7f, 0x7f) };

	private final Actions actions;
	private final Map<RGB, Color> colours = new HashMap<>();
	private List<LocalDate> days = List.of();
	private LocalDate month; // the first of the month shown, or null for a week
	private CalendarDays entries;
	/** The gaps on each day that has one. */
	private Map<LocalDate, List<CadenceGap>> gapsByDay = Map.of();
	/** The height of an entry's line as last painted. */
	private int lineHeight = LINE;
	private LocalDate today = LocalDate.now();
	private LocalDate selectedDay;
	private ScheduledEntry selected;
	/** Where each entry and each "N more" was drawn, for the mouse. */
	private final List<Drawn> drawn = new ArrayList<>();
	private ScheduledEntry dragged;
	private Point dragStart;
	private LocalDate dropDay;

	private record Drawn(Rectangle area, ScheduledEntry entry, LocalDate moreOf) {
	}

	MonthGrid(Composite parent, Actions actions) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		this.actions = actions;
		addPaintListener(event -> paint(event.gc));
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, this::mouseUp);
		addListener(SWT.MouseDoubleClick, this::doubleClick);
		addListener(SWT.MouseHover, this::hover);
		addListener(SWT.KeyDown, this::key);
		addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = false; // Tab moves between the day's entries
				selectNextEntry(event.detail == SWT.TRAVERSE_TAB_NEXT ? 1 : -1);
			}
		});
		addListener(SWT.Dispose, event -> colours.values().forEach(Color::dispose));
	}

	/**
	 * What to show: the days (whole weeks), the month they are of (null for a week), the days'
	 * entries (each day's count and first entries, at least {@link #linesPerDay()} of them) and their gaps.
	 */
	void show(List<LocalDate> shownDays, LocalDate firstOfMonth, CalendarDays shownEntries, List<CadenceGap> shownGaps) {
		days = List.copyOf(shownDays);
		month = firstOfMonth;
		entries = shownEntries;
		Map<LocalDate, List<CadenceGap>> gapDays = new HashMap<>();
		for (CadenceGap gap : shownGaps) {
			for (LocalDate day = gap.from(); !day.isAfter(gap.to()); day = day.plusDays(1)) {
				gapDays.computeIfAbsent(day, d -> new ArrayList<>()).add(gap);
			}
		}
		gapsByDay = gapDays;
		today = LocalDate.now();
		if (selectedDay == null || !days.contains(selectedDay)) {
			selectedDay = days.contains(today) ? today : days.isEmpty() ? null : days.get(firstOfMonth == null ? 0 : days.indexOf(firstOfMonth));
		}
		if (selected != null) {
			String key = selected.key();
			selected = entries.first(selected.day()).stream().filter(entry -> entry.key().equals(key)).findFirst().orElse(null);
		}
		redraw();
	}

	/** How many entries a day's cell has room for at its size now: what {@link #show} needs of each day. */
	int linesPerDay() {
		Rectangle area = getClientArea();
		int height = area.height <= HEADER ? 900 : (area.height - HEADER) / rows();
		return Math.max(1, (height - 2 * PAD) / lineHeight);
	}

	LocalDate selectedDay() {
		return selectedDay;
	}

	ScheduledEntry selectedEntry() {
		return selected;
	}

	void select(LocalDate day, ScheduledEntry entry) {
		selectedDay = day;
		selected = entry;
		redraw();
	}

	/** The middle of a day's cell, in the grid's coordinates (for the keyboard-less, and for tests). */
	Point centreOf(LocalDate day) {
		Rectangle cell = cell(days.indexOf(day));
		return new Point(cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	/** Where an entry was drawn, or null. */
	Rectangle areaOf(ScheduledEntry entry) {
		return drawn.stream().filter(d -> d.entry() != null && d.entry().key().equals(entry.key())).map(Drawn::area).findFirst().orElse(null);
	}

	private int rows() {
		return Math.max(1, days.size() / 7);
	}

	private Rectangle cell(int index) {
		Rectangle area = getClientArea();
		int width = area.width / 7, height = (area.height - HEADER) / rows();
		return new Rectangle(index % 7 * width, HEADER + index / 7 * height, width, height);
	}

	private LocalDate dayAt(int x, int y) {
		for (int i = 0; i < days.size(); i++) {
			if (cell(i).contains(x, y)) {
				return days.get(i);
			}
		}
		return null;
	}

	private void paint(GC gc) {
		drawn.clear();
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		for (int i = 0; i < 7; i++) {
			String name = DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.SHORT, Locale.getDefault());
			gc.drawText(name, i * (area.width / 7) + PAD, PAD, true);
		}
		lineHeight = Math.max(LINE, gc.getFontMetrics().getHeight() + 2);
		for (int i = 0; i < days.size(); i++) {
			paintDay(gc, days.get(i), cell(i), lineHeight);
		}
	}

	private void paintDay(GC gc, LocalDate day, Rectangle cell, int lineHeight) {
		boolean outside = month != null && day.getMonthValue() != month.getMonthValue();
		List<CadenceGap> gapsOfDay = gapsByDay.getOrDefault(day, List.of());
		gc.setBackground(getDisplay().getSystemColor(day.equals(dropDay) ? SWT.COLOR_LIST_SELECTION
				: outside ? SWT.COLOR_WIDGET_LIGHT_SHADOW : SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(cell);
		if (!gapsOfDay.isEmpty()) {
			gc.setBackground(colour(new RGB(0xfb, 0xe3, 0xe3)));
			gc.fillRectangle(cell.x + 1, cell.y + cell.height - lineHeight, cell.width - 1, lineHeight);
			gc.setForeground(colour(new RGB(0xa0, 0x20, 0x20)));
			gc.drawText(NLS.bind(Messages.MonthGrid_gap, gapsOfDay.stream().map(g -> NetworkNames.shortName(g.network())).distinct().reduce((a, b) -> a + ", " + b).orElse("")),
					cell.x + PAD, cell.y + cell.height - lineHeight + 1, true);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawRectangle(cell.x, cell.y, cell.width, cell.height);
		if (day.equals(today)) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineWidth(2);
			gc.drawRectangle(cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2);
			gc.setLineWidth(1);
		}
		if (day.equals(selectedDay) && isFocusControl()) {
			gc.drawFocus(cell.x + 3, cell.y + 3, cell.width - 6, cell.height - 6);
		}
		gc.setForeground(getDisplay().getSystemColor(outside ? SWT.COLOR_WIDGET_DARK_SHADOW : SWT.COLOR_LIST_FOREGROUND));
		gc.drawText(String.valueOf(day.getDayOfMonth()), cell.x + PAD, cell.y + PAD, true);
		int posts = entries == null ? 0 : entries.count(day);
		if (posts > 0) {
			String count = NLS.bind(posts == 1 ? Messages.MonthGrid_onePost : Messages.MonthGrid_posts, posts);
			gc.drawText(count, cell.x + cell.width - gc.textExtent(count).x - PAD, cell.y + PAD, true);
		}
		List<ScheduledEntry> first = entries == null ? List.of() : entries.first(day);
		int top = cell.y + PAD + lineHeight, bottom = cell.y + cell.height - (gapsOfDay.isEmpty() ? PAD : lineHeight);
		int fit = Math.max(0, (bottom - top) / lineHeight);
		int shown = Math.min(first.size(), posts <= fit ? posts : Math.max(0, fit - 1));
		for (int k = 0; k < shown; k++) {
			Rectangle line = new Rectangle(cell.x + 2, top + k * lineHeight, cell.width - 4, lineHeight - 1);
			paintEntry(gc, first.get(k), line);
			drawn.add(new Drawn(line, first.get(k), null));
		}
		if (shown < posts) {
			String more = NLS.bind(Messages.MonthGrid_more, posts - shown);
			Rectangle line = new Rectangle(cell.x + 2, top + shown * lineHeight, cell.width - 4, lineHeight - 1);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND));
			gc.drawText(more, line.x + PAD, line.y, true);
			drawn.add(new Drawn(line, null, day));
		}
	}

	private void paintEntry(GC gc, ScheduledEntry entry, Rectangle line) {
		boolean isSelected = selected != null && selected.key().equals(entry.key());
		Color client = colour(clientColour(entry.clientName()));
		gc.setBackground(isSelected ? getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION) : colour(lighter(clientColour(entry.clientName()))));
		gc.fillRoundRectangle(line.x, line.y, line.width, line.height, 4, 4);
		gc.setBackground(client);
		gc.fillRectangle(line.x, line.y, 4, line.height);
		gc.setForeground(getDisplay().getSystemColor(isSelected ? SWT.COLOR_LIST_SELECTION_TEXT : SWT.COLOR_LIST_FOREGROUND));
		String text = (entry.network() == null ? "" : NetworkNames.shortName(entry.network()) + "  ") + entry.title();
		RGB review = reviewColour(entry.approval());
		int mark = review == null ? 0 : line.height - 4;
		gc.setClipping(new Rectangle(line.x, line.y, line.width - mark - (mark > 0 ? 4 : 0), line.height));
		gc.drawText(text, line.x + 7, line.y + 1, true);
		gc.setClipping((Rectangle) null);
		if (review != null) {
			// where the client's review stands, at the line's end: the tooltip and the filter name it
			gc.setBackground(colour(review));
			gc.fillOval(line.x + line.width - mark - 3, line.y + 2, mark, mark);
		}
	}

	/** A post sent for review is amber, approved green, sent back red; a draft has no mark. */
	static RGB reviewColour(ApprovalState approval) {
		return switch (approval == null ? ApprovalState.DRAFT : approval) {
			case IN_REVIEW -> new RGB(0xe0, 0xa0, 0x00);
			case APPROVED -> new RGB(0x2e, 0x8b, 0x3e);
			case CHANGES_REQUESTED -> new RGB(0xc6, 0x28, 0x28);
			default -> null;
		};
	}

	/** A client keeps its colour wherever it is shown: one of ten, by its name. */
	static RGB clientColour(String client) {
		return CLIENT_COLOURS[Math.floorMod(client == null ? 0 : client.hashCode(), CLIENT_COLOURS.length)];
	}

	private static RGB lighter(RGB rgb) {
		return new RGB(rgb.red + (255 - rgb.red) * 4 / 5, rgb.green + (255 - rgb.green) * 4 / 5, rgb.blue + (255 - rgb.blue) * 4 / 5);
	}

	private Color colour(RGB rgb) {
		return colours.computeIfAbsent(rgb, value -> new Color(getDisplay(), value));
	}

	private Drawn drawnAt(int x, int y) {
		return drawn.stream().filter(d -> d.area().contains(x, y)).findFirst().orElse(null);
	}

	private void mouseDown(Event event) {
		setFocus();
		if (event.button != 1) {
			return;
		}
		Drawn hit = drawnAt(event.x, event.y);
		LocalDate day = dayAt(event.x, event.y);
		if (hit != null && hit.moreOf() != null) {
			actions.show(hit.moreOf(), true);
			return;
		}
		select(day, hit == null ? null : hit.entry());
		dragged = hit == null ? null : hit.entry();
		dragStart = new Point(event.x, event.y);
	}

	private void mouseMove(Event event) {
		if (dragged == null || dragStart == null) {
			return;
		}
		if (Math.abs(event.x - dragStart.x) + Math.abs(event.y - dragStart.y) > 4) {
			LocalDate over = dayAt(event.x, event.y);
			if (over != null && !over.equals(dropDay)) {
				dropDay = over;
				setCursor(getDisplay().getSystemCursor((event.stateMask & SWT.MOD1) != 0 ? SWT.CURSOR_CROSS : SWT.CURSOR_SIZEALL));
				redraw();
			}
		}
	}

	private void mouseUp(Event event) {
		ScheduledEntry moving = dragged;
		LocalDate target = dropDay;
		dragged = null;
		dropDay = null;
		setCursor(null);
		if (moving != null && target != null && !target.equals(moving.day())) {
			actions.moveOrCopy(moving, target, (event.stateMask & SWT.MOD1) != 0);
		}
		redraw();
	}

	private void doubleClick(Event event) {
		Drawn hit = drawnAt(event.x, event.y);
		if (hit != null && hit.entry() != null) {
			actions.open(hit.entry());
		} else if (hit == null) {
			LocalDate day = dayAt(event.x, event.y);
			if (day != null) {
				actions.newEntry(day);
			}
		}
	}

	private void hover(Event event) {
		Drawn hit = drawnAt(event.x, event.y);
		LocalDate day = dayAt(event.x, event.y);
		String tip = null;
		if (hit != null && hit.entry() != null) {
			ScheduledEntry entry = hit.entry();
			tip = NLS.bind(Messages.MonthGrid_entryTip, new Object[] { entry.clientName(), entry.title(), entry.strategy().getName(),
					entry.network() == null ? "-" : entry.network().getLiteral(), Labels.of(entry.approval()) });
		} else if (day != null) {
			tip = gapsByDay.getOrDefault(day, List.of()).stream().map(CadenceGap::message).reduce((a, b) -> a + "\n" + b).orElse(null);
		}
		setToolTipText(tip);
	}

	private void key(Event event) {
		if (selectedDay == null) {
			return;
		}
		int step = switch (event.keyCode) {
			case SWT.ARROW_LEFT -> -1;
			case SWT.ARROW_RIGHT -> 1;
			case SWT.ARROW_UP -> -7;
			case SWT.ARROW_DOWN -> 7;
			default -> 0;
		};
		if (step != 0) {
			LocalDate next = selectedDay.plusDays(step);
			select(next, null);
			if (!days.contains(next)) {
				actions.show(next, month == null);
			}
		} else if (event.character == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
			if (selected != null) {
				actions.open(selected);
			} else {
				actions.newEntry(selectedDay);
			}
		}
	}

	private void selectNextEntry(int direction) {
		List<ScheduledEntry> first = entries == null ? List.of() : entries.first(selectedDay);
		if (first.isEmpty()) {
			return;
		}
		int at = selected == null ? -1 : first.stream().map(ScheduledEntry::key).toList().indexOf(selected.key());
		select(selectedDay, first.get(Math.floorMod(at + direction, first.size())));
	}
}
