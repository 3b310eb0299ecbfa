package org.playbook.team.ui;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Team: the author's name and e-mail for commits. */
public class TeamPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public TeamPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE, TeamPreferences.NODE));
		setDescription(Messages.Preferences_what);
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(TeamPreferences.NAME, Messages.Preferences_name, getFieldEditorParent()));
		addField(new StringFieldEditor(TeamPreferences.EMAIL, Messages.Preferences_email, getFieldEditorParent()));
	}

	@Override
	public void init(IWorkbench workbench) {
	}
}
