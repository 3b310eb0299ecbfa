package org.playbook.audit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** How a finding's element reads in reports and markers: "Tactic “Trick videos”", or its kind alone. */
public final class Elements {
	private Elements() {
	}

	public static String describe(EObject element) {
		if (element == null) {
			return "";
		}
		String kind = element.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
		for (String candidate : new String[] { "name", "title", "description" }) {
			EStructuralFeature named = element.eClass().getEStructuralFeature(candidate);
			if (named instanceof EAttribute && element.eGet(named) instanceof String text && !text.isBlank()) {
				return kind + " \u201c" + text + "\u201d";
			}
		}
		return kind;
	}
}
