package org.playbook.library.ui;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.playbook.library.solr.LibraryServer;

/** Window > Preferences > Shared Library: the SolrCloud the Search view searches, or none for the embedded library. */
public class SharedLibraryPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public SharedLibraryPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE, SharedLibrary.NODE));
		setDescription(Messages.SharedLibraryPreferencePage_description);
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(SharedLibrary.SERVER, Messages.SharedLibraryPreferencePage_server, getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String typed = getStringValue();
				if (typed.isBlank()) {
					return true;
				}
				try {
					LibraryServer.parse(typed, null);
					return true;
				} catch (IllegalArgumentException e) {
					setErrorMessage(e.getMessage());
					return false;
				}
			}
		});
		StringFieldEditor collection = new StringFieldEditor(SharedLibrary.COLLECTION, Messages.SharedLibraryPreferencePage_collection, getFieldEditorParent());
		addField(collection);
		getPreferenceStore().setDefault(SharedLibrary.COLLECTION, LibraryServer.DEFAULT_COLLECTION);
	}

	@Override
	public void init(IWorkbench workbench) {
	}
}
