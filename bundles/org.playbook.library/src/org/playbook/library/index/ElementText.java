package org.playbook.library.index;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The words of a model element: every string attribute of its own (not its children's), read
 * through EMF reflection, so a class added to the model is searched and related at once.
 * What the index stores for a strategy element and what "related practices" are found by.
 */
public final class ElementText {
	private ElementText() {
	}

	/** The non-blank string values, first the element's own label-like attributes as the model orders them. */
	public static List<String> of(EObject element) {
		List<String> texts = new ArrayList<>();
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || attribute.isID()) {
				continue;
			}
			Object value = element.eGet(attribute);
			if (value instanceof List<?> values) {
				values.forEach(v -> add(texts, v));
			} else {
				add(texts, value);
			}
		}
		return texts;
	}

	private static void add(List<String> texts, Object value) {
		if (value instanceof String text && !text.isBlank()) {
			texts.add(text);
		}
	}
}
