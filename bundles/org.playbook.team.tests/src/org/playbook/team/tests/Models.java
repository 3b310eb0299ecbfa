package org.playbook.team.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.playbook.model.Goal;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.workspace.PlaybookFiles;

/** Strategies as bytes for the merge tests: the sample, changed the way a strategist would. */
final class Models {
	private Models() {
	}

	/** Harbor Roast's strategy from the sample agency. */
	static byte[] sample() throws IOException {
		return sampleFile("harbor-roast/2026-social.playbook");
	}

	static byte[] sampleFile(String path) throws IOException {
		URL url = FileLocator.find(Platform.getBundle("org.playbook.workspace"), new org.eclipse.core.runtime.Path("sample/" + path));
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	static Strategy read(byte[] bytes) throws IOException {
		Resource resource = PlaybookFiles.newResourceSet().createResource(URI.createURI("test:/" + System.nanoTime() + "/s.playbook"));
		resource.load(new ByteArrayInputStream(bytes), null);
		return (Strategy) resource.getContents().get(0);
	}

	static byte[] write(Strategy strategy) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		strategy.eResource().save(out, null);
		return out.toByteArray();
	}

	static byte[] change(byte[] bytes, Consumer<Strategy> change) throws IOException {
		Strategy strategy = read(bytes);
		change.accept(strategy);
		return write(strategy);
	}

	static Goal goal(String name) {
		Goal goal = PlaybookFactory.eINSTANCE.createGoal();
		goal.setName(name);
		return goal;
	}

	static String number(double value) {
		return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

	/** One edit a side made, to look for in the merged strategy. */
	record Edit(String elementId, EStructuralFeature feature, Object value, String addedName, boolean removal, String listValue, boolean listAdd) {
		Edit(String elementId, EStructuralFeature feature, Object value, String addedName, boolean removal) {
			this(elementId, feature, value, addedName, removal, null, false);
		}

		/** An element added to or removed from a list of references (a goal a tactic serves), by the element's id. */
		static Edit inList(String elementId, EStructuralFeature feature, String listValue, boolean listAdd) {
			return new Edit(elementId, feature, null, null, false, listValue, listAdd);
		}

		boolean holdsIn(Strategy merged) {
			if (listValue != null) {
				EObject element = merged.eResource().getEObject(elementId);
				return element != null && ((List<?>) element.eGet(feature)).stream()
						.anyMatch(target -> listValue.equals(merged.eResource().getURIFragment((EObject) target))) == listAdd;
			}
			if (addedName != null) {
				return merged.getGoals().stream().anyMatch(goal -> addedName.equals(goal.getName()));
			}
			EObject element = merged.eResource().getEObject(elementId);
			if (removal) {
				return element == null;
			}
			return element != null && Objects.equals(element.eGet(feature), value);
		}

		/** The other side set the same feature of the same element: a conflict, or the same value. */
		boolean overriddenBy(List<Edit> others) {
			// a list is merged element by element: the other side's edits of other elements of it override nothing
			return feature != null && listValue == null && others.stream().anyMatch(o -> elementId.equals(o.elementId) && feature == o.feature);
		}

		/** The other side removed the element, and the merge took the removal. */
		boolean removedBy(List<Edit> others, Strategy merged) {
			return elementId != null && merged.eResource().getEObject(elementId) == null
					&& others.stream().anyMatch(o -> o.removal && elementId.equals(o.elementId));
		}
	}

	/** One to four random edits of a strategist: names, targets, posts per week, a goal added, a tactic removed. */
	static byte[] randomEdits(byte[] base, Random random, String who, List<Edit> edits) throws IOException {
		Strategy strategy = read(base);
		XMLResource resource = (XMLResource) strategy.eResource();
		int count = 1 + random.nextInt(4);
		int baseGoals = strategy.getGoals().size(); // renames pick among these, so an added goal keeps the name its edit says
		for (int i = 0; i < count; i++) {
			Edit edit;
			switch (random.nextInt(8)) {
			case 0 -> {
				Goal goal = strategy.getGoals().get(random.nextInt(strategy.getGoals().size()));
				double target = 100 + random.nextInt(5000);
				goal.setTarget(target);
				edit = new Edit(resource.getID(goal), Literals.GOAL__TARGET, target, null, false);
			}
			case 1 -> {
				Goal goal = strategy.getGoals().get(random.nextInt(baseGoals));
				String name = who + " goal name " + i;
				goal.setName(name);
				edit = new Edit(resource.getID(goal), Literals.GOAL__NAME, name, null, false);
			}
			case 2 -> {
				if (strategy.getTactics().isEmpty()) {
					continue;
				}
				Tactic tactic = strategy.getTactics().get(random.nextInt(strategy.getTactics().size()));
				double posts = 1 + random.nextInt(14);
				tactic.setPostsPerWeek(posts);
				edit = new Edit(resource.getID(tactic), Literals.TACTIC__POSTS_PER_WEEK, posts, null, false);
			}
			case 3 -> {
				String name = who + " new goal " + i;
				strategy.getGoals().add(goal(name));
				edit = new Edit(null, null, null, name, false);
			}
			case 4 -> {
				if (strategy.getTactics().size() < 2) {
					continue;
				}
				Tactic tactic = strategy.getTactics().get(random.nextInt(strategy.getTactics().size()));
				String id = resource.getID(tactic);
				edits.removeIf(e -> id.equals(e.elementId));
				EcoreUtil.delete(tactic, true);
				edit = new Edit(id, null, null, null, true);
			}
			case 6, 7 -> {
				// a goal the tactic serves, added or taken away (both sides often change one tactic's list)
				if (strategy.getTactics().isEmpty()) {
					continue;
				}
				Tactic tactic = strategy.getTactics().get(random.nextInt(Math.min(2, strategy.getTactics().size())));
				Goal goal = strategy.getGoals().get(random.nextInt(baseGoals));
				String tacticId = resource.getID(tactic), goalId = resource.getID(goal);
				boolean add = !tactic.getGoals().contains(goal);
				if (add) {
					tactic.getGoals().add(goal);
				} else {
					tactic.getGoals().remove(goal);
				}
				boolean again = edits.removeIf(e -> tacticId.equals(e.elementId) && goalId.equals(e.listValue));
				if (again) {
					continue; // toggled back: nothing changed
				}
				edit = Edit.inList(tacticId, Literals.TACTIC__GOALS, goalId, add);
			}
			default -> {
				String name = who + " strategy " + i;
				strategy.setName(name);
				edit = new Edit(resource.getID(strategy), Literals.STRATEGY__NAME, name, null, false);
			}
			}
			Edit made = edit;
			edits.removeIf(e -> e.feature != null && e.feature == made.feature && Objects.equals(e.elementId, made.elementId)
					&& Objects.equals(e.listValue, made.listValue));
			edits.add(made);
		}
		return write(strategy);
	}
}
