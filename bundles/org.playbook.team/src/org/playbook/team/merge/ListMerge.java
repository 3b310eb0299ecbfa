package org.playbook.team.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A many-valued feature merged element by element, as EMF Compare separates matching,
 * difference and conflict: what the other side added is added (after its nearest earlier
 * neighbour that is still there), what it removed is removed, what this side added or removed
 * stays so; the other side's new order of the elements both keep is taken when this side kept
 * the old one. The only conflict is an order both sides changed differently: this side's
 * order is kept and {@link #orderConflict()} says so. Values are compared as
 * {@link ModelVersion#value} gives them: references as ids.
 */
final class ListMerge {
	private final List<Object> merged;
	private final boolean orderConflict;

	private ListMerge(List<Object> merged, boolean orderConflict) {
		this.merged = merged;
		this.orderConflict = orderConflict;
	}

	static ListMerge of(List<?> base, List<?> mine, List<?> theirs) {
		Set<Object> removedThere = new LinkedHashSet<>(base);
		removedThere.removeAll(theirs);
		List<Object> merged = new ArrayList<>(mine);
		merged.removeAll(removedThere);
		for (int i = 0; i < theirs.size(); i++) {
			Object value = theirs.get(i);
			if (base.contains(value) || merged.contains(value)) {
				continue; // not added there, or added on both sides
			}
			merged.add(after(theirs, i, merged), value);
		}
		// the order of the elements all three have: taken from there when only there it changed
		List<Object> kept = merged.stream().filter(v -> base.contains(v) && theirs.contains(v)).toList();
		List<Object> baseOrder = order(base, kept), myOrder = order(mine, kept), theirOrder = order(theirs, kept);
		boolean theyMoved = !theirOrder.equals(baseOrder), iMoved = !myOrder.equals(baseOrder);
		if (theyMoved && !iMoved) {
			List<Object> reordered = new ArrayList<>(merged);
			int next = 0;
			for (int i = 0; i < reordered.size(); i++) {
				if (kept.contains(reordered.get(i))) {
					reordered.set(i, theirOrder.get(next++));
				}
			}
			merged = reordered;
		}
		return new ListMerge(merged, theyMoved && iMoved && !Objects.equals(myOrder, theirOrder));
	}

	/** Where a value of theirs goes in the merged list: after the nearest earlier neighbour there that the merged list has. */
	private static int after(List<?> theirs, int index, List<Object> merged) {
		for (int i = index - 1; i >= 0; i--) {
			int at = merged.indexOf(theirs.get(i));
			if (at >= 0) {
				return at + 1;
			}
		}
		return 0;
	}

	private static List<Object> order(List<?> list, List<Object> kept) {
		return list.stream().filter(kept::contains).map(v -> (Object) v).toList();
	}

	List<Object> merged() {
		return merged;
	}

	boolean orderConflict() {
		return orderConflict;
	}
}
