package org.playbook.calendar.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.calendar.Days;
import org.playbook.calendar.ScheduledEntry;
import org.playbook.editor.StrategyEditor;
import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Strategy;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.internal.PlaybookWorkbenchAdvisor;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.models.ModelService;

/**
 * The Calendar view in the real workbench on the sample agency: January 2026 holds two
 * clients' posts. An entry dragged to another day moves (saved at once: no editor is open),
 * dragged with Ctrl it is copied, Undo takes both back; the filters narrow what is shown, the
 * export writes what is shown, the keyboard moves between days, double-click opens the editor
 * at the entry.
 */
public class CalendarViewTest {
	private static final long WAIT = 30_000;
	private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
	private IWorkbenchPage page;
	private CalendarView view;

	@TempDir
	Path output;

	@BeforeEach
	public void calendarOfTheSampleAgency() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IFile harbor = ResourcesPlugin.getWorkspace().getRoot().getProject("harbor-roast").getFile("2026-social.playbook");
		UiTestSupport.waitUntil(() -> Job.getJobManager().find(PlaybookWorkbenchAdvisor.ADOPT_FAMILY).length == 0 && harbor.exists(), WAIT,
				"the sample clients as projects");
		page.closeAllEditors(false);
		view = (CalendarView) page.showView(CalendarView.ID);
		if (!page.isPageZoomed()) {
			page.toggleZoom(page.getReference(view)); // the view alone, as a strategist planning the month keeps it
		}
		UiTestSupport.flush();
		view.showDay(JANUARY, false);
		UiTestSupport.waitUntil(() -> view.shown().stream().map(ScheduledEntry::clientName).distinct().count() >= 2, WAIT, "two clients' January");
	}

	@AfterEach
	public void closeEditors() {
		page.closeAllEditors(false);
		if (page.isPageZoomed()) {
			page.zoomOut();
		}
	}

	@Test
	public void dragMovesCtrlDragCopiesAndUndoTakesBothBack() throws Exception {
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "calendar-month");
		ScheduledEntry entry = view.shown().stream().filter(e -> e.clientName().equals("Harbor Roast Coffee")).findFirst().orElseThrow();
		String title = entry.title();
		LocalDate from = entry.day(), to = from.plusDays(2);
		Path file = WorkbenchCalendar.fileOf(entry.strategy()).getLocation().toPath();

		drag(entry, to, 0);
		assertEquals(List.of(to), daysOf(file, title), "moved, and saved (no editor is open)");
		ScheduledEntry moved = shownEntry(title, to);

		drag(moved, to.plusDays(1), SWT.MOD1);
		assertEquals(List.of(to, to.plusDays(1)), daysOf(file, title), "Ctrl copies");
		assertEquals(2, view.shown().stream().filter(e -> e.title().equals(title)).count());

		view.undo();
		assertEquals(List.of(to), daysOf(file, title), "Undo takes the copy back");
		view.undo();
		assertEquals(List.of(from), daysOf(file, title), "and then the move");
	}

	@Test
	public void filtersNarrowTheCalendarAndTheExportWritesWhatIsShown() throws Exception {
		int all = view.shown().size();
		view.choose("client", "Kestrel Bikes");
		assertFalse(view.shown().isEmpty());
		assertTrue(view.shown().stream().allMatch(e -> e.clientName().equals("Kestrel Bikes")), view.shown().toString());
		assertTrue(view.shown().size() < all);
		Path ics = output.resolve("kestrel.ics");
		view.exportTo(ics);
		String exported = Files.readString(ics);
		assertEquals(view.shown().size(), exported.split("BEGIN:VEVENT", -1).length - 1, exported);
		assertTrue(exported.contains("SUMMARY:Kestrel Bikes: "), exported);

		view.choose("client", null);
		String network = view.shown().get(0).network().getLiteral();
		view.choose("network", network);
		assertTrue(view.shown().stream().allMatch(e -> e.network().getLiteral().equals(network)));
		view.choose("network", null);
		assertEquals(all, view.shown().size(), "all again");
	}

	@Test
	public void eachPostShowsWhereItsReviewStandsAndTheFilterNarrowsToAState() throws Exception {
		ScheduledEntry approved = view.shown().get(0);
		ScheduledEntry sentBack = view.shown().stream().filter(e -> !e.title().equals(approved.title())).findFirst().orElseThrow();
		review(approved, ApprovalState.APPROVED);
		review(sentBack, ApprovalState.CHANGES_REQUESTED);
		try {
			UiTestSupport.waitUntil(() -> view.shown().stream().anyMatch(e -> e.approval() == ApprovalState.CHANGES_REQUESTED), WAIT, "the review states shown");
			MonthGrid grid = view.grid();
			grid.redraw();
			grid.update();
			Rectangle area = grid.areaOf(shownEntry(approved.title(), approved.day()));
			assertNotNull(area, "the approved post is drawn");
			assertEquals(MonthGrid.reviewColour(ApprovalState.APPROVED), UiTestSupport.colourAt(grid, area.x + area.width - area.height / 2 - 1, area.y + area.height / 2),
					"a green mark at the end of its line");
			grid.notifyListeners(SWT.MouseHover, mouse(area.x + area.width / 2, area.y + area.height / 2, 0));
			assertTrue(String.valueOf(grid.getToolTipText()).contains("Client review: Approved"), grid.getToolTipText());
			UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "calendar-review-states");

			view.choose("approval", "Changes requested");
			assertEquals(List.of(sentBack.title()), view.shown().stream().map(ScheduledEntry::title).distinct().toList(), "only the post sent back");
			view.choose("approval", "Draft");
			assertTrue(view.shown().stream().noneMatch(e -> e.title().equals(approved.title()) || e.title().equals(sentBack.title())), view.shown().toString());
			assertFalse(view.shown().isEmpty(), "the others are drafts");
			view.choose("approval", null);
		} finally {
			review(approved, ApprovalState.DRAFT);
			review(sentBack, ApprovalState.DRAFT);
		}
	}

	/** Sets the review state of the entries of the post's title in its strategy, as an imported decision does. */
	private static void review(ScheduledEntry entry, ApprovalState state) throws Exception {
		ModelService.get().change(WorkbenchCalendar.fileOf(entry.strategy()), Strategy.class, "Review", strategy -> strategy.getContentPlan()
				.getCalendarEntries().stream().filter(e -> entry.title().equals(e.getTitle())).forEach(e -> e.setApproval(state)), null);
		UiTestSupport.flush();
	}

	@Test
	public void theKeyboardMovesBetweenDaysAndDoubleClickOpensTheEntry() throws Exception {
		MonthGrid grid = view.grid();
		ScheduledEntry entry = view.shown().get(0);
		grid.select(entry.day(), null);
		key(grid, SWT.ARROW_RIGHT);
		assertEquals(entry.day().plusDays(1), grid.selectedDay());
		key(grid, SWT.ARROW_DOWN);
		assertEquals(entry.day().plusDays(8), grid.selectedDay());
		key(grid, SWT.ARROW_LEFT);
		key(grid, SWT.ARROW_UP);
		assertEquals(entry.day(), grid.selectedDay());

		grid.redraw();
		grid.update();
		Rectangle area = grid.areaOf(entry);
		assertNotNull(area, "the entry is drawn");
		Event click = new Event();
		click.button = 1;
		click.x = area.x + area.width / 2;
		click.y = area.y + area.height / 2;
		grid.notifyListeners(SWT.MouseDoubleClick, click);
		UiTestSupport.waitUntil(() -> page.getActiveEditor() instanceof StrategyEditor, WAIT, "the strategy's editor");
		StrategyEditor editor = (StrategyEditor) page.getActiveEditor();
		assertEquals("content", editor.getActivePageInstance().getId(), "on the page with the calendar");
		UiTestSupport.flush();
		Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
		if (selected != null) {
			assertEquals(entry.title(), ((CalendarEntry) selected).getTitle(), "the entry selected");
		}
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "calendar-opened-entry");
	}

	@Test
	public void theGapsOfAPromiseNotKeptAreShown() {
		// Harbor Roast's reels promise three a week on Instagram; its January entries stop on the 20th
		assertTrue(view.gaps().stream().anyMatch(gap -> gap.client().getName().equals("Harbor Roast Coffee") && gap.network().getLiteral().equals("instagram")
				&& gap.from().equals(LocalDate.of(2026, 1, 21))), view.gaps().toString());
		assertTrue(view.gaps().stream().allMatch(gap -> !gap.from().isBefore(JANUARY) && gap.strategy().getTactics().stream()
				.anyMatch(t -> t.getNetwork() == gap.network() && t.getPostsPerWeek() > 0)), "within the strategy's dates, on a network it promises posts on");
	}

	/** Presses the mouse on the entry, moves to the day's cell and lets go, as a strategist drags. */
	private void drag(ScheduledEntry entry, LocalDate day, int modifiers) {
		MonthGrid grid = view.grid();
		grid.redraw();
		grid.update(); // drawn as it is laid out now
		Rectangle area = grid.areaOf(entry);
		assertNotNull(area, "the entry is drawn: " + entry.title());
		Point target = grid.centreOf(day);
		grid.notifyListeners(SWT.MouseDown, mouse(area.x + area.width / 2, area.y + area.height / 2, 0));
		grid.notifyListeners(SWT.MouseMove, mouse((area.x + target.x) / 2, (area.y + target.y) / 2, SWT.BUTTON1 | modifiers));
		grid.notifyListeners(SWT.MouseMove, mouse(target.x, target.y, SWT.BUTTON1 | modifiers));
		grid.notifyListeners(SWT.MouseUp, mouse(target.x, target.y, SWT.BUTTON1 | modifiers));
		UiTestSupport.flush();
	}

	private static Event mouse(int x, int y, int state) {
		Event event = new Event();
		event.button = 1;
		event.x = x;
		event.y = y;
		event.stateMask = state;
		return event;
	}

	private static void key(MonthGrid grid, int code) {
		Event event = new Event();
		event.keyCode = code;
		grid.notifyListeners(SWT.KeyDown, event);
	}

	private ScheduledEntry shownEntry(String title, LocalDate day) {
		UiTestSupport.flush();
		return view.shown().stream().filter(e -> e.title().equals(title) && e.day().equals(day)).findFirst()
				.orElseThrow(() -> new AssertionError(title + " on " + day + " in " + view.shown()));
	}

	/** The days of the entries of that title, as the file on disk has them. */
	private static List<LocalDate> daysOf(Path file, String title) {
		Strategy strategy = new ModelReader().read(file, Strategy.class).root();
		return strategy.getContentPlan().getCalendarEntries().stream().filter(e -> title.equals(e.getTitle())).map(e -> Days.of(e.getDate())).sorted().toList();
	}
}
