package org.playbook.cli;

import org.playbook.model.Polarity;
import org.playbook.model.PracticeCategory;
import org.playbook.model.labels.Labels;

/**
 * A category or polarity as the text output shows it: its label ("Failure pattern"), not the
 * keyword a query or the JSON output takes ("failurePattern"). An unknown keyword, from an
 * index written by a newer Playbook, is shown as it is.
 */
final class EnumText {
	private EnumText() {
	}

	/** The value's label, or the text as it is when it names no value this Playbook knows. */
	static String of(org.eclipse.emf.common.util.Enumerator value, String text) {
		return value == null ? String.valueOf(text) : Labels.of(value);
	}

	static String category(Object literal) {
		PracticeCategory category = literal == null ? null : PracticeCategory.get(literal.toString());
		return category == null ? String.valueOf(literal) : Labels.of(category);
	}

	static String polarity(Object literal) {
		Polarity polarity = literal == null ? null : Polarity.get(literal.toString());
		return polarity == null ? String.valueOf(literal) : Labels.of(polarity);
	}
}
