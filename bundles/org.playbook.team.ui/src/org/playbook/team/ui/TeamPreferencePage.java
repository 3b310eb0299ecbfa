package org.playbook.team.ui;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window > Preferences > Team: the author's name and e-mail for commits, and the login on
 * the agency's https git server, which goes to the secure storage only (the token is never
 * shown again, nor written to the preference store).
 */
public class TeamPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	private Text serverText;
	private Text userText;
	private Text tokenText;

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
	protected org.eclipse.swt.widgets.Control createContents(Composite parent) {
		Composite contents = (Composite) super.createContents(parent);
		Group login = new Group(contents, SWT.NONE);
		login.setText(Messages.Login_title);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(login);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(login);
		Label what = new Label(login, SWT.WRAP);
		what.setText(Messages.Preferences_login);
		GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).applyTo(what);
		serverText = field(login, Messages.Preferences_server, SWT.BORDER);
		userText = field(login, Messages.Preferences_user, SWT.BORDER);
		tokenText = field(login, Messages.Preferences_token, SWT.BORDER | SWT.PASSWORD);
		return contents;
	}

	private static Text field(Composite parent, String label, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	@Override
	public boolean performOk() {
		if (!super.performOk()) {
			return false;
		}
		String server = serverText.getText().strip();
		if (tokenText.getText().isEmpty()) {
			if (!server.isEmpty() || !userText.getText().isBlank()) {
				TeamActions.logins().forget(server);
			}
			return true;
		}
		try {
			TeamActions.logins().store(server, userText.getText().strip(), tokenText.getText().toCharArray());
			tokenText.setText("");
			setMessage(Messages.Preferences_stored);
			return true;
		} catch (StorageException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
	}

	@Override
	public void init(IWorkbench workbench) {
	}
}
