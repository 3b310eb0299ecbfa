package org.playbook.team.merge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The difference between two versions of a model file, element by element (matched by
 * xmi:id): elements added and removed (the outermost of each, not everything in them),
 * and elements changed, feature by feature, labelled as a strategist reads them.
 */
public final class ModelDiff {
	private ModelDiff() {
	}

	/** The changes from one version to the other; null or empty bytes are a file that did not exist. */
	public static List<Change> between(String file, byte[] before, byte[] after) throws IOException {
		ModelVersion old = ModelVersion.read(file, before);
		ModelVersion now = ModelVersion.read(file, after);
		ModelLabels labels = new ModelLabels();
		try {
			List<Change> changes = new ArrayList<>();
			for (EObject element : old.elements().values()) {
				String id = old.idOf(element);
				EObject current = now.get(id);
				if (current == null) {
					if (element.eContainer() == null || now.get(old.idOf(element.eContainer())) != null) {
						changes.add(new Change(Change.Kind.REMOVED, id, labels.element(element), null, null, null));
					}
					continue;
				}
				for (EStructuralFeature feature : ModelVersion.compared(element)) {
					if (!ModelVersion.same(old.value(element, feature), now.value(current, feature))) {
						changes.add(new Change(Change.Kind.CHANGED, id, labels.element(current), ModelLabels.words(feature.getName()),
								labels.value(element, feature), labels.value(current, feature)));
					}
				}
			}
			for (EObject element : now.elements().values()) {
				String id = now.idOf(element);
				if (old.get(id) == null && (element.eContainer() == null || old.get(now.idOf(element.eContainer())) != null)) {
					changes.add(new Change(Change.Kind.ADDED, id, labels.element(element), null, null, null));
				}
			}
			return changes;
		} finally {
			labels.dispose();
		}
	}
}
