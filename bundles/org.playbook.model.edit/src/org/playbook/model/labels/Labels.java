package org.playbook.model.labels;

import org.eclipse.emf.common.util.Enumerator;
import org.playbook.model.provider.PlaybookEditPlugin;

/**
 * The words people read for the model's enumerations: "Failure pattern", not
 * "failurePattern"; "X (Twitter)", not "x". They are the edit plugin's labels (its
 * plugin.properties), so a translation fragment changes them everywhere at once: the views,
 * the reports, the command line's text.
 */
public final class Labels {
	private Labels() {
	}

	/** The label of an enumeration literal, or its literal when the edit plugin has none. */
	public static String of(Enumerator literal) {
		if (literal == null) {
			return "";
		}
		String key = "_UI_" + literal.getClass().getSimpleName() + "_" + literal.getName() + "_literal";
		try {
			return PlaybookEditPlugin.INSTANCE.getString(key);
		} catch (java.util.MissingResourceException e) {
			return literal.getLiteral();
		}
	}
}
