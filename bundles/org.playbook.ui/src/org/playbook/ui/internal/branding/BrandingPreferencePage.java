package org.playbook.ui.internal.branding;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
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
		// colours left at Playbook's own are not written, so a later default still reaches them
		PreferenceConverter.setDefault(store, Brands.PRIMARY, rgb(Brand.PLAYBOOK.primary()));
		PreferenceConverter.setDefault(store, Brands.ACCENT, rgb(Brand.PLAYBOOK.accent()));
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

	/** {@code #rrggbb}, as brands keep colours, in the RGB a colour field shows. */
	static RGB rgb(String colour) {
		int value = Integer.parseInt(colour.substring(1), 16);
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}
}
