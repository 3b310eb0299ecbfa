package org.playbook.team.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Three-way merge of one Playbook file by element identity (xmi:id) and feature: what the
 * repository changed since the common version is applied to this workspace's version,
 * element by element. Changes to different elements, or to different features of one
 * element, are both kept without asking; a list both sides changed (a tactic's goals, a
 * persona's networks) is merged element by element ({@link ListMerge}); the same feature
 * changed to different values on both sides, or an element removed on one side and changed
 * on the other, is a {@link Conflict} that a person decides. The result is always a whole model, written by
 * EMF: never a text with conflict markers.
 */
public final class ModelMerge {
	/**
	 * @param merged the merged model's bytes (undecided conflicts keep this workspace's value)
	 * @param conflicts the conflicts nobody decided yet
	 * @param applied how many of the repository's changes were taken
	 */
	public record Result(byte[] merged, List<Conflict> conflicts, int applied) {
		public boolean needsAPerson() {
			return !conflicts.isEmpty();
		}
	}

	private final String file;
	private final ModelVersion base;
	private final ModelVersion mine;
	private final ModelVersion theirs;
	private final ModelVersion result;
	private final Function<Conflict, Side> choices;
	private final ModelLabels labels = new ModelLabels();
	private final List<Conflict> open = new ArrayList<>();
	private final Map<EObject, EObject> copies = new LinkedHashMap<>();
	private int applied;

	private ModelMerge(String file, ModelVersion base, ModelVersion mine, ModelVersion theirs, ModelVersion result,
			Function<Conflict, Side> choices) {
		this.file = file;
		this.base = base;
		this.mine = mine;
		this.theirs = theirs;
		this.result = result;
		this.choices = choices;
	}

	/**
	 * Merges the repository's version into this workspace's.
	 * @param file the file's path in the workspace, for the conflicts
	 * @param choices a side for the conflicts already decided (by key or otherwise); null for undecided
	 * @throws IOException when a version does not read as a Playbook model
	 */
	public static Result merge(String file, byte[] base, byte[] mine, byte[] theirs, Function<Conflict, Side> choices) throws IOException {
		ModelMerge merge = new ModelMerge(file, ModelVersion.read(file, base), ModelVersion.read(file, mine), ModelVersion.read(file, theirs),
				ModelVersion.read(file, mine), choices == null ? conflict -> null : choices);
		try {
			return merge.run();
		} finally {
			merge.labels.dispose();
		}
	}

	private Result run() throws IOException {
		addWhatTheyAdded();
		removeWhatTheyRemoved();
		restoreWhatTheyChangedAndIRemoved();
		result.reindex();
		takeTheirFeatureChanges();
		for (Map.Entry<EObject, EObject> copy : copies.entrySet()) {
			for (EStructuralFeature feature : ModelVersion.compared(copy.getKey())) {
				if (feature instanceof EReference) {
					set(copy.getValue(), feature, copy.getKey());
				}
			}
		}
		byte[] merged = result.bytes();
		ModelVersion.read(file, merged); // a merge that would not read again is a bug, never a file
		return new Result(merged, List.copyOf(open), applied);
	}

	private void addWhatTheyAdded() {
		for (EObject added : List.copyOf(theirs.elements().values())) { // parents before children
			String id = theirs.idOf(added);
			if (base.get(id) != null || result.get(id) != null || added.eContainer() == null) {
				continue;
			}
			EObject container = result.get(theirs.idOf(added.eContainer()));
			if (container != null) {
				insertCopy(added, container);
			}
		}
	}

	private void removeWhatTheyRemoved() {
		for (EObject removed : base.elements().values()) {
			String id = base.idOf(removed);
			EObject here = result.get(id);
			if (theirs.get(id) != null || here == null || here.eResource() == null || ancestorGone(removed, theirs)) {
				continue;
			}
			if (mine.get(id) != null && base.sameSubtree(removed, mine)) {
				EcoreUtil.delete(here, true);
				applied++;
			} else {
				Conflict conflict = new Conflict(file, id, labels.element(here), Conflict.WHOLE_ELEMENT, "changed here", "removed there");
				Side side = choices.apply(conflict);
				if (side == Side.THEIRS) {
					EcoreUtil.delete(here, true);
				} else if (side == null) {
					open.add(conflict);
				}
			}
		}
	}

	private void restoreWhatTheyChangedAndIRemoved() {
		for (EObject removed : base.elements().values()) {
			String id = base.idOf(removed);
			EObject there = theirs.get(id);
			if (mine.get(id) != null || there == null || ancestorGone(removed, mine) || base.sameSubtree(removed, theirs)) {
				continue;
			}
			Conflict conflict = new Conflict(file, id, labels.element(there), Conflict.WHOLE_ELEMENT, "removed here", "changed there");
			Side side = choices.apply(conflict);
			if (side == Side.THEIRS) {
				EObject container = there.eContainer() == null ? null : result.get(theirs.idOf(there.eContainer()));
				if (container != null && result.get(id) == null) {
					insertCopy(there, container);
				}
			} else if (side == null) {
				open.add(conflict);
			}
		}
	}

	private void takeTheirFeatureChanges() {
		for (EObject original : base.elements().values()) {
			String id = base.idOf(original);
			EObject there = theirs.get(id);
			EObject mineNow = mine.get(id);
			EObject here = result.get(id);
			if (there == null || mineNow == null || here == null) {
				continue;
			}
			for (EStructuralFeature feature : ModelVersion.compared(original)) {
				Object before = base.value(original, feature);
				Object theirValue = theirs.value(there, feature);
				if (ModelVersion.same(before, theirValue)) {
					continue;
				}
				Object myValue = mine.value(mineNow, feature);
				if (ModelVersion.same(myValue, before)) {
					set(here, feature, there);
					applied++;
				} else if (feature.isMany() && !ModelVersion.same(myValue, theirValue)) {
					mergeList(id, here, mineNow, there, feature, (List<?>) before, (List<?>) myValue, (List<?>) theirValue);
				} else if (!ModelVersion.same(myValue, theirValue)) {
					decide(id, here, mineNow, there, feature, ModelLabels.words(feature.getName()));
				}
			}
		}
	}

	/**
	 * Both sides changed a list (the goals a tactic serves, a persona's networks): merged
	 * element by element, so an element each side added is kept and only an order both
	 * changed differently is asked about (this side's order kept until decided).
	 */
	private void mergeList(String id, EObject here, EObject mineNow, EObject there, EStructuralFeature feature, List<?> before, List<?> myValue,
			List<?> theirValue) {
		ListMerge list = ListMerge.of(before, myValue, theirValue);
		setValues(here, feature, list.merged());
		applied++;
		if (list.orderConflict()) {
			decide(id, here, mineNow, there, feature, ModelLabels.words(feature.getName()) + " (order)");
		}
	}

	/** A feature both sides changed: their value when that side was chosen, this side's until a person decides. */
	private void decide(String id, EObject here, EObject mineNow, EObject there, EStructuralFeature feature, String featureLabel) {
		Conflict conflict = new Conflict(file, id, labels.element(here), featureLabel, labels.value(mineNow, feature), labels.value(there, feature));
		Side side = choices.apply(conflict);
		if (side == Side.THEIRS) {
			set(here, feature, there);
		} else if (side == null) {
			open.add(conflict);
		}
	}

	/** Gives the result's element a list of values in compared form (references as ids, mapped to the result's elements). */
	@SuppressWarnings("unchecked")
	private void setValues(EObject here, EStructuralFeature feature, List<Object> values) {
		List<Object> list = (List<Object>) here.eGet(feature);
		List<Object> targets = new ArrayList<>();
		for (Object value : values) {
			Object target = feature instanceof EReference ? result.get((String) value) : value;
			if (target != null) {
				targets.add(target);
			}
		}
		list.clear();
		list.addAll(targets);
	}

	/** Whether an ancestor of the base element is missing from the other version (then the ancestor is the change). */
	private boolean ancestorGone(EObject element, ModelVersion other) {
		EObject container = element.eContainer();
		return container != null && other.get(base.idOf(container)) == null;
	}

	/** Copies an element of theirs (and everything in it) into the result's container, beside its neighbours there. */
	private void insertCopy(EObject there, EObject container) {
		EReference feature = there.eContainmentFeature();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EObject copy = copier.copy(there);
		if (feature.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) container.eGet(feature);
			list.add(position(there, feature, list), copy);
		} else if (container.eGet(feature) == null) {
			container.eSet(feature, copy);
		} else {
			EObject existing = (EObject) container.eGet(feature);
			Conflict conflict = new Conflict(file, result.idOf(container), labels.element(container), ModelLabels.words(feature.getName()),
					labels.element(existing), labels.element(there));
			Side side = choices.apply(conflict);
			if (side != Side.THEIRS) {
				if (side == null) {
					open.add(conflict);
				}
				return;
			}
			container.eSet(feature, copy);
		}
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			String id = theirs.idOf(entry.getKey());
			result.resource().setID(entry.getValue(), id);
			result.elements().put(id, entry.getValue());
			copies.put(entry.getKey(), entry.getValue());
		}
		applied++;
	}

	/** Where an element of theirs goes in the result's list: after the nearest earlier neighbour the result has. */
	private int position(EObject there, EReference feature, List<EObject> list) {
		List<?> siblings = (List<?>) there.eContainer().eGet(feature);
		for (int i = siblings.indexOf(there) - 1; i >= 0; i--) {
			EObject neighbour = result.get(theirs.idOf((EObject) siblings.get(i)));
			int at = neighbour == null ? -1 : list.indexOf(neighbour);
			if (at >= 0) {
				return at + 1;
			}
		}
		return 0;
	}

	/** Gives the result's element their value of the feature; references point to the result's elements of the same ids. */
	@SuppressWarnings("unchecked")
	private void set(EObject here, EStructuralFeature feature, EObject there) {
		if (!there.eIsSet(feature)) {
			here.eUnset(feature);
			return;
		}
		Object value = there.eGet(feature);
		if (feature instanceof EAttribute) {
			here.eSet(feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value);
		} else if (feature.isMany()) {
			List<EObject> targets = new ArrayList<>();
			for (Object target : (List<?>) value) {
				EObject mapped = result.get(theirs.idOf((EObject) target));
				if (mapped != null) {
					targets.add(mapped);
				}
			}
			((List<EObject>) here.eGet(feature)).clear();
			((List<EObject>) here.eGet(feature)).addAll(targets);
		} else {
			here.eSet(feature, result.get(theirs.idOf((EObject) value)));
		}
	}
}
