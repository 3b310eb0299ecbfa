package org.playbook.audit.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.playbook.audit.Thresholds;

/** The audit thresholds' defaults, in the default scope. */
public class PreferenceDefaults extends AbstractPreferenceInitializer {
	@Override
	public void initializeDefaultPreferences() {
		Thresholds.initializeDefaults();
	}
}
