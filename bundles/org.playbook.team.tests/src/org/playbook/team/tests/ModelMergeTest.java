package org.playbook.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.playbook.model.Goal;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.team.merge.Change;
import org.playbook.team.merge.Conflict;
import org.playbook.team.merge.ModelDiff;
import org.playbook.team.merge.ModelMerge;
import org.playbook.team.merge.Side;

/** The model-level three-way merge and difference, on the sample strategy. */
public class ModelMergeTest {
	private static final String FILE = "harbor-roast/2026-social.playbook";

	@Test
	public void changesToDifferentElementsAreBothKept() throws Exception {
		byte[] base = Models.sample();
		byte[] mine = Models.change(base, s -> s.getGoals().get(0).setTarget(1500.0));
		byte[] theirs = Models.change(base, s -> s.getTactics().get(0).setName("Reels from the roastery"));

		ModelMerge.Result result = ModelMerge.merge(FILE, base, mine, theirs, null);

		assertFalse(result.needsAPerson(), result.conflicts().toString());
		Strategy merged = Models.read(result.merged());
		assertEquals(1500.0, merged.getGoals().get(0).getTarget());
		assertEquals("Reels from the roastery", merged.getTactics().get(0).getName());
	}

	@Test
	public void changesToDifferentFeaturesOfOneElementAreBothKept() throws Exception {
		byte[] base = Models.sample();
		byte[] mine = Models.change(base, s -> s.getGoals().get(0).setName("Grow bean sales online"));
		byte[] theirs = Models.change(base, s -> s.getGoals().get(0).setTarget(1300.0));

		Strategy merged = Models.read(ModelMerge.merge(FILE, base, mine, theirs, null).merged());

		assertEquals("Grow bean sales online", merged.getGoals().get(0).getName());
		assertEquals(1300.0, merged.getGoals().get(0).getTarget());
	}

	@Test
	public void theSameFeatureChangedTwiceIsAConflictWithBothValuesLabelled() throws Exception {
		byte[] base = Models.sample();
		String goal = Models.read(base).getGoals().get(0).getName();
		byte[] mine = Models.change(base, s -> s.getGoals().get(0).setTarget(1500.0));
		byte[] theirs = Models.change(base, s -> s.getGoals().get(0).setTarget(1300.0));

		ModelMerge.Result undecided = ModelMerge.merge(FILE, base, mine, theirs, null);

		assertEquals(1, undecided.conflicts().size(), undecided.conflicts().toString());
		Conflict conflict = undecided.conflicts().get(0);
		assertEquals("Goal '" + goal + "'", conflict.element());
		assertEquals("target", conflict.feature());
		assertEquals("1500", conflict.mine());
		assertEquals("1300", conflict.theirs());
		assertEquals(1500.0, Models.read(undecided.merged()).getGoals().get(0).getTarget(), "undecided keeps mine");

		ModelMerge.Result theirsChosen = ModelMerge.merge(FILE, base, mine, theirs, c -> c.key().equals(conflict.key()) ? Side.THEIRS : null);
		assertFalse(theirsChosen.needsAPerson());
		assertEquals(1300.0, Models.read(theirsChosen.merged()).getGoals().get(0).getTarget());
	}

	@Test
	public void elementsAddedOnBothSidesAreAllThereWithTheirReferences() throws Exception {
		byte[] base = Models.sample();
		byte[] mine = Models.change(base, s -> s.getGoals().add(Models.goal("Answer every review within a day")));
		byte[] theirs = Models.change(base, s -> {
			Goal goal = Models.goal("Double newsletter sign-ups");
			s.getGoals().add(goal);
			Tactic tactic = PlaybookFactory.eINSTANCE.createTactic();
			tactic.setName("Sign-up link in every bio");
			tactic.getGoals().add(goal);
			tactic.getGoals().add(s.getGoals().get(0));
			s.getTactics().add(tactic);
		});

		ModelMerge.Result result = ModelMerge.merge(FILE, base, mine, theirs, null);

		assertFalse(result.needsAPerson(), result.conflicts().toString());
		Strategy merged = Models.read(result.merged());
		List<String> goals = merged.getGoals().stream().map(Goal::getName).toList();
		assertTrue(goals.contains("Answer every review within a day") && goals.contains("Double newsletter sign-ups"), goals.toString());
		Tactic added = merged.getTactics().stream().filter(t -> t.getName().equals("Sign-up link in every bio")).findFirst().orElseThrow();
		assertEquals(List.of("Double newsletter sign-ups", merged.getGoals().get(0).getName()), added.getGoals().stream().map(Goal::getName).toList(),
				"its references point at the merged strategy's goals");
	}

	@Test
	public void anElementRemovedThereAndChangedHereIsAConflict() throws Exception {
		byte[] base = Models.sample();
		byte[] mine = Models.change(base, s -> s.getTactics().get(1).setPostsPerWeek(9));
		byte[] theirs = Models.change(base, s -> org.eclipse.emf.ecore.util.EcoreUtil.delete(s.getTactics().get(1), true));

		ModelMerge.Result result = ModelMerge.merge(FILE, base, mine, theirs, null);

		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals(Conflict.WHOLE_ELEMENT, result.conflicts().get(0).feature());
		assertEquals(Models.read(base).getTactics().size(), Models.read(result.merged()).getTactics().size(), "undecided keeps mine");

		byte[] untouched = Models.change(base, s -> s.setName("Renamed"));
		Strategy removed = Models.read(ModelMerge.merge(FILE, base, untouched, theirs, null).merged());
		assertEquals(Models.read(base).getTactics().size() - 1, removed.getTactics().size(), "an element nobody changed here goes");
		assertEquals("Renamed", removed.getName());
	}

	@Test
	public void theDifferenceSaysWhatChangedFeatureByFeature() throws Exception {
		byte[] before = Models.sample();
		String goal = Models.read(before).getGoals().get(0).getName();
		double target = Models.read(before).getGoals().get(0).getTarget();
		byte[] after = Models.change(before, s -> {
			s.getGoals().get(0).setTarget(target + 300);
			s.getGoals().add(Models.goal("Open a second shop"));
			org.eclipse.emf.ecore.util.EcoreUtil.delete(s.getTactics().get(0), true);
		});

		List<String> lines = ModelDiff.between(FILE, before, after).stream().map(Change::describe).toList();

		assertTrue(lines.contains("Goal '" + goal + "': target " + Models.number(target) + " \u2192 " + Models.number(target + 300)), lines.toString());
		assertTrue(lines.contains("added Goal 'Open a second shop'"), lines.toString());
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("removed Tactic")), lines.toString());
		assertEquals(1, lines.stream().filter(line -> line.startsWith("removed ")).count(), "the removed tactic's contents are not listed again: " + lines);
		assertTrue(lines.stream().filter(line -> !line.startsWith("removed ") && !line.startsWith("added ") && !line.startsWith("Goal "))
				.allMatch(line -> line.startsWith("Calendar entry ") && line.endsWith(": tactic Tactic 'Brew-along reels' \u2192 (none)")),
				"the rest are the calendar entries that named the removed tactic: " + lines);
	}

	/**
	 * 100 random pairs of concurrent edits (attributes of random elements, elements added and
	 * removed) on the two sides: every edit is in the merged strategy or reported as a
	 * conflict, and every merged file loads.
	 */
	@Test
	public void randomConcurrentEditPairsLoseNothing() throws Exception {
		Random random = new Random(42);
		byte[] base = Models.sample();
		int lost = 0;
		List<String> lostEdits = new ArrayList<>();
		int unreadable = 0;
		int conflicts = 0;
		long listConflicts = 0;
		for (int pair = 0; pair < 100; pair++) {
			List<Models.Edit> myEdits = new ArrayList<>();
			List<Models.Edit> theirEdits = new ArrayList<>();
			byte[] mine = Models.randomEdits(base, random, "mine " + pair, myEdits);
			byte[] theirs = Models.randomEdits(base, random, "theirs " + pair, theirEdits);
			ModelMerge.Result result = ModelMerge.merge(FILE, base, mine, theirs, null);
			Strategy merged;
			try {
				merged = Models.read(result.merged());
			} catch (Exception e) {
				unreadable++;
				continue;
			}
			conflicts += result.conflicts().size();
			listConflicts += result.conflicts().stream().filter(c -> c.feature().startsWith("goals")).count();
			for (Models.Edit edit : myEdits) {
				if (!edit.holdsIn(merged) && !edit.overriddenBy(theirEdits) && !edit.removedBy(theirEdits, merged)) {
					lost++;
					lostEdits.add("pair " + pair + " mine " + edit + " theirs " + theirEdits + " conflicts " + result.conflicts());
				}
			}
			for (Models.Edit edit : theirEdits) {
				boolean reported = result.conflicts().stream().anyMatch(c -> c.elementId().equals(edit.elementId()));
				if (!edit.holdsIn(merged) && !reported && !edit.overriddenBy(myEdits) && !edit.removedBy(myEdits, merged)) {
					lost++;
					lostEdits.add("pair " + pair + " theirs " + edit + " mine " + myEdits + " conflicts " + result.conflicts());
				}
			}
		}
		System.out.println("model merge: 100 random edit pairs, " + conflicts + " conflicts reported (" + listConflicts + " on a tactic's goals), " + lost
				+ " lost edits, " + unreadable + " merged files that do not load");
		assertEquals(0, listConflicts, "a list both sides changed element by element is no conflict");
		assertEquals(0, unreadable, "merged files that do not load");
		assertEquals(0, lost, "edits neither merged nor reported: " + lostEdits);
	}

	@Test
	public void goalsAddedToOneTacticOnBothSidesAreAllKeptAndARemovalToo() throws Exception {
		byte[] base = Models.sample();
		Strategy original = Models.read(base);
		Tactic tactic = original.getTactics().get(0);
		List<String> goals = original.getGoals().stream().map(g -> g.eResource().getURIFragment(g)).toList();
		String tacticId = tactic.eResource().getURIFragment(tactic);
		byte[] mine = Models.change(base, strategy -> {
			Tactic t = (Tactic) strategy.eResource().getEObject(tacticId);
			t.getGoals().clear();
			t.getGoals().add((org.playbook.model.Goal) strategy.eResource().getEObject(goals.get(0)));
		});
		byte[] theirs = Models.change(base, strategy -> {
			Tactic t = (Tactic) strategy.eResource().getEObject(tacticId);
			t.getGoals().add(0, (org.playbook.model.Goal) strategy.eResource().getEObject(goals.get(goals.size() - 1)));
			org.playbook.model.Goal added = Models.goal("Their new goal");
			strategy.getGoals().add(added);
			t.getGoals().add(added);
		});
		ModelMerge.Result result = ModelMerge.merge(FILE, base, mine, theirs, null);
		assertTrue(result.conflicts().isEmpty(), result.conflicts().toString());
		Tactic merged = (Tactic) Models.read(result.merged()).eResource().getEObject(tacticId);
		List<String> names = merged.getGoals().stream().map(org.playbook.model.Goal::getName).toList();
		List<String> expected = new ArrayList<>();
		if (!tactic.getGoals().contains(original.getGoals().get(goals.size() - 1))) {
			expected.add(original.getGoals().get(goals.size() - 1).getName()); // theirs, first
		}
		expected.add(original.getGoals().get(0).getName()); // mine: the one kept of the old ones
		expected.add("Their new goal");
		assertEquals(expected.stream().distinct().toList(), names, "what each side added, what mine removed stays removed");
	}

	@Test
	public void theRootAndEveryElementKeepTheirIds() throws Exception {
		byte[] base = Models.sample();
		byte[] mine = Models.change(base, s -> s.setName("Mine"));
		byte[] theirs = Models.change(base, s -> s.getGoals().add(Models.goal("Theirs")));
		Strategy merged = Models.read(ModelMerge.merge(FILE, base, mine, theirs, null).merged());
		Strategy theirsRead = Models.read(theirs);
		EObject added = theirsRead.getGoals().get(theirsRead.getGoals().size() - 1);
		String id = ((org.eclipse.emf.ecore.xmi.XMLResource) theirsRead.eResource()).getID(added);
		assertNotNull(merged.eResource().getEObject(id), "the added goal keeps its id, so later merges match it");
		assertNull(((org.eclipse.emf.ecore.xmi.XMLResource) merged.eResource()).getEObject("no-such-id"));
	}
}
