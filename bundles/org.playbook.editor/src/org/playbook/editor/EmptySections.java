package org.playbook.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.playbook.model.Strategy;

/**
 * The editor adds the sections a strategy lacks so that their fields can be typed into. The
 * ones still empty at save time are left out of the file for the write, so saving writes only
 * what the strategist gave, and "no crisis plan" stays visible as such to the audit.
 */
final class EmptySections {
	private final Strategy strategy;
	private final List<EReference> detached = new ArrayList<>();
	private final List<EObject> sections = new ArrayList<>();

	private EmptySections(Strategy strategy) {
		this.strategy = strategy;
	}

	/** Takes the empty sections out; {@link #restore()} puts them back after the write. */
	static EmptySections detach(Strategy strategy) {
		EmptySections empty = new EmptySections(strategy);
		for (EReference reference : strategy.eClass().getEAllContainments()) {
			if (!reference.isMany() && strategy.eGet(reference) instanceof EObject section && isEmpty(section)) {
				empty.detached.add(reference);
				empty.sections.add(section);
				strategy.eSet(reference, null);
			}
		}
		return empty;
	}

	void restore() {
		for (int i = 0; i < detached.size(); i++) {
			strategy.eSet(detached.get(i), sections.get(i));
		}
	}

	static boolean isEmpty(EObject section) {
		return section.eClass().getEAllStructuralFeatures().stream().noneMatch(section::eIsSet);
	}
}
