package org.playbook.ui.internal.branding;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.playbook.branding.Brand;
import org.playbook.branding.Brands;

/** Window > Preferences > Branding: the agency's name, logo and colours on what its clients read. */
public class BrandingPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public BrandingPreferencePage() {
		super(GRID);
		IPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, Brands.QUALIFIER);
		BrandFields.showDefaults(store, Brand.PLAYBOOK);
		setPreferenceStore(store);
		setDescription(Messages.Branding_agencyDescription);
	}

	@Override
	protected void createFieldEditors() {
		BrandFields.create(getFieldEditorParent(), null, this::addField);
	}

	@Override
	public void init(IWorkbench workbench) {
	}
}
