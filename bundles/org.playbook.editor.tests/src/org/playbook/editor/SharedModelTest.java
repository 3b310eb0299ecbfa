package org.playbook.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.Test;
import org.playbook.library.ui.ApplyPracticeHandler;
import org.playbook.model.AppliedPractice;
import org.playbook.model.Goal;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Practice;
import org.playbook.model.ReviewFrequency;
import org.playbook.model.Strategy;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.viewers.ItemPropertySource;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.models.ModelService;

/**
 * The workbench's one model service, seen from the editor: one object for every view,
 * saves that Local History keeps, changes from outside, and long random runs of everything a
 * strategist (and the world around them) does, checked against what they saved or chose.
 */
public class SharedModelTest extends EditorWorkbenchTest {
	@Test
	public void theEditorTheClientsViewAndPropertiesShowTheSameObject() throws Exception {
		IFile file = EditorTests.workspaceFile(EditorTests.copyOf(workspace, "harbor-roast/2026-social.playbook", "same"));
		StrategyEditor editor = open(file);
		Strategy strategy = editor.strategy();
		assertSame(strategy, Adapters.adapt(file, Strategy.class), "what the Clients view selects is the editor's strategy");
		assertSame(strategy, ModelService.get().read(file, Strategy.class).root(), "and what every other reader gets");

		Goal goal = strategy.getGoals().get(0);
		editor.setActivePage("goals");
		GoalsPage goals = (GoalsPage) editor.getActivePageInstance();
		ItemPropertySource properties = new ItemPropertySource(editor.domain().getAdapterFactory(), goal);
		IPropertyDescriptor name = java.util.Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Name")).findFirst().orElseThrow();
		properties.setPropertyValue(name.getId(), "Renamed in Properties");
		UiTestSupport.waitUntil(() -> goals.goalsViewer().getTable().getItem(0).getText(0).equals("Renamed in Properties"), WAIT,
				"the editor's table to show the name given in Properties");
		assertEquals("Renamed in Properties", Adapters.adapt(file, Strategy.class).getGoals().get(0).getName());

		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), goal, Literals.GOAL__NAME, "Renamed in the editor"));
		assertEquals("Renamed in the editor", properties.getPropertyValue(name.getId()).toString(), "Properties reads the same object");
		editor.domain().getCommandStack().undo();
		editor.domain().getCommandStack().undo();
		assertFalse(editor.isDirty(), "both edits were on the editor's stack");
	}

	@Test
	public void oneCellEditRepaintsItsRowNotTheTable() throws Exception {
		IFile file = EditorTests.workspaceFile(EditorTests.copyOf(workspace, "harbor-roast/2026-social.playbook", "rows"));
		StrategyEditor editor = open(file);
		editor.setActivePage("goals");
		GoalsPage goals = (GoalsPage) editor.getActivePageInstance();
		Goal second = editor.strategy().getGoals().get(1);
		int before = goals.goalsFollower().repaints();
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), second, Literals.GOAL__NAME, "Only this row"));
		goals.goalsFollower().show();
		assertEquals(1, goals.goalsFollower().repaints() - before, "one row repainted");
		assertEquals("Only this row", goals.goalsViewer().getTable().getItem(1).getText(0));
	}

	@Test
	public void localHistoryHoldsEachSaveAndReplacingWithOneReloadsTheEditor() throws Exception {
		IFile file = EditorTests.workspaceFile(EditorTests.copyOf(workspace, "harbor-roast/2026-social.playbook", "history"));
		StrategyEditor editor = open(file);
		int states = file.getHistory(null).length;
		List<String> whys = List.of("First why", "Second why", "Third why");
		for (String why : whys) {
			editor.domain().getCommandStack()
					.execute(SetCommand.create(editor.domain(), editor.strategy().getPurpose(), Literals.PURPOSE__WHY, why));
			editor.doSave(null);
		}
		IFileState[] history = file.getHistory(null);
		assertEquals(states + whys.size(), history.length, "a state per save, newest first");
		assertTrue(new String(history[0].getContents().readAllBytes(), history[0].getCharset()).contains("Second why"),
				"the newest state is the version the last save replaced");

		file.setContents(history[0], IResource.KEEP_HISTORY, null); // what Replace With > Local History does
		UiTestSupport.waitUntil(() -> page.getActiveEditor() instanceof StrategyEditor reopened
				&& "Second why".equals(reopened.strategy().getPurpose().getWhy()), WAIT, "the clean editor to show the restored version");
		assertEquals(states + whys.size() + 1, file.getHistory(null).length, "and the replaced version is kept in turn");
	}

	@Test
	public void aSaveOverAVersionWrittenOutsideAsksAndKeepsWhatTheStrategistChose() throws Exception {
		Path path = EditorTests.copyOf(workspace, "harbor-roast/2026-social.playbook", "conflict");
		StrategyEditor editor = open(EditorTests.workspaceFile(path));
		editor.domain().getCommandStack()
				.execute(SetCommand.create(editor.domain(), editor.strategy().getPurpose(), Literals.PURPOSE__WHY, "Mine"));
		Strategy theirs = new ModelReader().read(path, Strategy.class).root();
		theirs.setName("Theirs");
		EditorTests.writeFromOutside(theirs, path); // not yet seen by the workspace

		UiTestSupport.whenDialogOpens(StrategyEditor.CHANGED_TITLE, shell -> UiTestSupport.pressButton(shell, "Keep Mine"));
		editor.doSave(null);

		Strategy saved = new ModelReader().read(path, Strategy.class).root();
		assertEquals("Mine", saved.getPurpose().getWhy(), "the strategist chose their version");
		assertFalse(editor.isDirty());
		assertTrue(EditorTests.workspaceFile(path).getHistory(null)[0].getContents().readAllBytes().length > 0
				&& new String(EditorTests.workspaceFile(path).getHistory(null)[0].getContents().readAllBytes()).contains("Theirs"),
				"the version written outside is in Local History, not lost");
	}

	@Test
	public void aStrategyInTheClientsViewOffersCompareAndReplaceWithLocalHistory() throws Exception {
		IFile file = EditorTests.workspaceFile(EditorTests.copyOf(workspace, "harbor-roast/2026-social.playbook", "menu"));
		org.playbook.ui.internal.navigator.ClientsNavigator clients = (org.playbook.ui.internal.navigator.ClientsNavigator) page
				.showView(org.playbook.ui.PlaybookUi.CLIENTS_VIEW_ID);
		UiTestSupport.waitUntil(() -> {
			clients.getCommonViewer().refresh();
			clients.getCommonViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(file), true);
			return clients.getCommonViewer().getTree().getSelection().length == 1;
		}, WAIT, "the strategy selected in the Clients view");
		org.eclipse.swt.widgets.Menu menu = clients.getCommonViewer().getTree().getMenu();
		List<String> compare = submenu(menu, "Compare With");
		List<String> replace = submenu(menu, "Replace With");
		assertTrue(compare.contains("Local History..."), "Compare With offers " + compare);
		assertTrue(replace.contains("Local History..."), "Replace With offers " + replace);
	}

	/** The labels of a context menu's submenu, as the menu shows them (mnemonics left out). */
	private static List<String> submenu(org.eclipse.swt.widgets.Menu menu, String label) {
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		try {
			for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
				if (plain(item.getText()).equals(label) && item.getMenu() != null) {
					org.eclipse.swt.widgets.Menu sub = item.getMenu();
					sub.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
					List<String> labels = java.util.Arrays.stream(sub.getItems()).map(i -> plain(i.getText())).toList();
					sub.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
					return labels;
				}
			}
			return java.util.Arrays.stream(menu.getItems()).map(i -> plain(i.getText())).toList();
		} finally {
			menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		}
	}

	private static String plain(String label) {
		String text = label.replace("&", "").strip();
		int tab = text.indexOf('\t');
		return tab < 0 ? text : text.substring(0, tab);
	}

	/**
	 * 200 random sequences of what happens to an open strategy: edits, undo, redo, saves,
	 * quick fixes and Apply (through the service, with the editor open), and changes written
	 * from outside, answered either way when there are unsaved edits. After every step the
	 * file on disk is the version last saved or chosen, and the editor shows what its stack says.
	 */
	@Test
	public void randomSequencesNeverLeaveAMixOnDiskNorLoseASave() throws Exception {
		Path path = EditorTests.copyOf(workspace, "harbor-roast/2026-social.playbook", "random");
		IFile file = EditorTests.workspaceFile(path);
		Random random = new Random(Long.getLong("playbook.random.seed", 20261201L));
		Expected expected = new Expected(signature(new ModelReader().read(path, Strategy.class).root()));
		StrategyEditor editor = open(file);
		int steps = 0;
		for (int sequence = 0; sequence < 200; sequence++) {
			int length = 1 + random.nextInt(5);
			for (int i = 0; i < length; i++, steps++) {
				String step = "sequence " + sequence + " step " + i;
				editor = (StrategyEditor) page.getActiveEditor();
				CommandStack stack = editor.domain().getCommandStack();
				Strategy strategy = editor.strategy();
				switch (random.nextInt(8)) {
				case 0, 1 -> {
					stack.execute(SetCommand.create(editor.domain(), strategy.getPurpose(), Literals.PURPOSE__WHY, "why " + steps));
					expected.did(signature(strategy));
				}
				case 2 -> {
					if (stack.canUndo()) {
						stack.undo();
						expected.undid();
					}
				}
				case 3 -> {
					if (stack.canRedo()) {
						stack.redo();
						expected.redid();
					}
				}
				case 4 -> {
					editor.doSave(null);
					expected.saved();
				}
				case 5 -> {
					ReviewFrequency frequency = ReviewFrequency.VALUES.get(random.nextInt(ReviewFrequency.VALUES.size()));
					ModelService.get().change(file, Strategy.class, "Quick fix", s -> {
						if (s.getReviewCadence() == null) {
							s.setReviewCadence(PlaybookFactory.eINSTANCE.createReviewCadence());
						}
						s.getReviewCadence().setFrequency(frequency);
					}, null);
					expected.did(signature(strategy)); // a command on the editor's stack, even when it changes nothing
				}
				case 6 -> {
					Practice practice = PlaybookFactory.eINSTANCE.createPractice();
					practice.setId("practice." + steps);
					practice.setTitle("Practice " + steps);
					AppliedPractice applied = ApplyPracticeHandler.apply(editor.domain(), strategy, practice, null);
					if (applied != null) {
						expected.did(signature(strategy));
					}
				}
				default -> {
					Strategy outside = new ModelReader().read(path, Strategy.class).root();
					outside.setName("outside " + steps);
					EditorTests.writeFromOutside(outside, path);
					boolean keepMine = random.nextBoolean();
					boolean dirty = editor.isDirty();
					java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
					if (dirty) {
						UiTestSupport.whenDialogOpens(StrategyEditor.CHANGED_TITLE, shell -> {
							answered.set(true);
							UiTestSupport.pressButton(shell, keepMine ? "Keep Mine" : "Load the File's Version");
						});
					}
					StrategyEditor before = editor;
					editor.checkForExternalChange();
					expected.outside(signature(outside), dirty && keepMine);
					if (!dirty || !keepMine) {
						UiTestSupport.waitUntil(() -> page.getActiveEditor() instanceof StrategyEditor now && now != before
								&& signature(now.strategy()).equals(expected.shown()), WAIT, step + ": the editor to show the file's version");
					} else {
						UiTestSupport.waitUntil(answered::get, WAIT, step + ": the question");
					}
				}
				}
				UiTestSupport.flush();
				StrategyEditor now = (StrategyEditor) page.getActiveEditor();
				assertEquals(expected.disk, signature(new ModelReader().read(path, Strategy.class).root()), step + ": the file on disk");
				assertEquals(expected.shown(), signature(now.strategy()), step + ": the editor's model");
				assertEquals(expected.dirty(), now.isDirty(), step + ": the dirty mark");
			}
		}
		assertTrue(steps >= 200, "steps run: " + steps);
	}

	/**
	 * The workbench saves while a headless writer (the actuals command's read, change and
	 * save under the workspace's lock) writes the same strategy, 20 times at random moments.
	 * Neither update is lost: a save that finds a version written since is refused, and the
	 * strategist's answer (load it, make the edit again) keeps both.
	 */
	@Test
	public void workbenchSavesAndAHeadlessWriterAtOnceLoseNoUpdate() throws Exception {
		Random random = new Random(7);
		int lost = 0;
		int conflicts = 0;
		for (int trial = 0; trial < 20; trial++) {
			Path path = EditorTests.copyOf(workspace, "harbor-roast/2026-social.playbook", "writers-" + trial);
			IFile file = EditorTests.workspaceFile(path);
			StrategyEditor editor = open(file);
			org.playbook.workspace.models.ModelDocument document = editor.document();
			Path export = java.nio.file.Files.createTempFile("posts", ".csv");
			String month = String.format("2026-%02d", 1 + trial % 12);
			java.nio.file.Files.writeString(export, "Date,Network,Text\n" + month + "-02,Instagram,Buy now\n" + month + "-03,Instagram,Our farm\n");
			int delay = random.nextInt(40);
			Thread headless = new Thread(() -> {
				try {
					Thread.sleep(delay);
					try (org.playbook.workspace.WorkspaceLock.Held lock = org.playbook.workspace.WorkspaceLock
							.acquire(org.playbook.workspace.WorkspaceLock.workspaceOf(path), "a headless writer in a test")) {
						Strategy strategy = new ModelReader().read(path, Strategy.class).root();
						org.playbook.report.actuals.ActualsImport.of(strategy,
								new org.playbook.report.actuals.ActualsReader(org.playbook.report.actuals.ColumnMapping.automatic(), null).read(export),
								"import: " + export.getFileName()).applyTo(strategy);
						new org.playbook.workspace.ModelWriter().save(strategy.eResource(), path);
					}
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			headless.start();
			String why = "trial " + trial;
			UiTestSupport.settle(page.getWorkbenchWindow().getShell(), random.nextInt(40));
			while (true) {
				Strategy strategy = document.root(Strategy.class);
				document.execute(SetCommand.create(document.domain(), strategy.getPurpose(), Literals.PURPOSE__WHY, why));
				try {
					document.save(false, null);
					break;
				} catch (org.eclipse.core.runtime.CoreException e) {
					assertEquals(org.playbook.workspace.models.ModelDocument.CHANGED_ON_DISK, e.getStatus().getCode(), e.getMessage());
					conflicts++;
					document.reload(); // the strategist loads the version written meanwhile and makes the edit again
				}
			}
			headless.join(30_000);
			Strategy onDisk = new ModelReader().read(path, Strategy.class).root();
			boolean bothThere = why.equals(onDisk.getPurpose().getWhy())
					&& onDisk.getMeasurements().stream().anyMatch(m -> String.valueOf(m.getSource()).contains(export.getFileName().toString()));
			if (!bothThere) {
				lost++;
			}
			UiTestSupport.flush();
			page.closeAllEditors(false);
		}
		System.out.println("workbench save x headless writer: 20 trials, " + conflicts + " saves refused and redone, " + lost + " lost updates");
		assertEquals(0, lost, "lost updates in 20 trials");
	}

	/** What the strategist should see and what the disk should hold: the editor's stack as signatures. */
	private static final class Expected {
		final List<String> stack = new ArrayList<>();
		int top;
		/** The stack index of the saved state, or -1 when no state on the stack is the saved one. */
		int savedAt;
		String disk;

		Expected(String initial) {
			stack.add(initial);
			disk = initial;
		}

		String shown() {
			return stack.get(top);
		}

		boolean dirty() {
			return savedAt != top;
		}

		void did(String state) {
			stack.subList(top + 1, stack.size()).clear();
			if (savedAt > top) {
				savedAt = -1;
			}
			stack.add(state);
			top++;
		}

		void undid() {
			top--;
		}

		void redid() {
			top++;
		}

		void saved() {
			disk = shown();
			savedAt = top;
		}

		/** A version written outside: kept on disk; the editor reloads it unless the strategist keeps theirs. */
		void outside(String state, boolean keptMine) {
			disk = state;
			if (keptMine) {
				savedAt = -1; // unsaved now, whatever the stack says
			} else {
				stack.clear();
				stack.add(state);
				top = 0;
				savedAt = 0;
			}
		}
	}

	private static String signature(Strategy strategy) {
		return strategy.getName() + " | " + strategy.getPurpose().getWhy() + " | "
				+ (strategy.getReviewCadence() == null ? null : strategy.getReviewCadence().getFrequency()) + " | "
				+ strategy.getAppliedPractices().stream().map(AppliedPractice::getPracticeId).collect(Collectors.joining(","));
	}

	private StrategyEditor open(IFile file) throws Exception {
		StrategyEditor editor = (StrategyEditor) IDE.openEditor(page, file, StrategyEditor.ID);
		assertNotEquals(null, editor.strategy(), "the strategy reads");
		return editor;
	}
}
