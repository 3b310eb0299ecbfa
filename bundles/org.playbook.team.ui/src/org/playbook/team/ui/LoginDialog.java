package org.playbook.team.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The login a git server asks for: a user (when it asks one) and a token or password, kept in secure storage if wished. */
final class LoginDialog extends Dialog {
	private final URIish server;
	private final boolean asksUser;
	private final List<String> said;
	private Text userText;
	private Text tokenText;
	private Button rememberButton;
	private String user;
	private char[] token;
	private boolean remember;

	LoginDialog(Shell parent, URIish server, boolean asksUser, List<String> said) {
		super(parent);
		this.server = server;
		this.asksUser = asksUser;
		this.said = said;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Login_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label what = new Label(area, SWT.WRAP);
		what.setText(said.isEmpty() ? NLS.bind(Messages.Login_message, server.setPass(null).toString()) : String.join("\n", said));
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(what);
		if (asksUser) {
			new Label(area, SWT.NONE).setText(Messages.Login_user);
			userText = new Text(area, SWT.BORDER);
			userText.setText(server.getUser() == null ? "" : server.getUser());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(userText);
		}
		new Label(area, SWT.NONE).setText(Messages.Login_token);
		tokenText = new Text(area, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(tokenText);
		if (asksUser) {
			rememberButton = new Button(area, SWT.CHECK);
			rememberButton.setText(Messages.Login_remember);
			rememberButton.setSelection(true);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(rememberButton);
		}
		return area;
	}

	@Override
	protected void okPressed() {
		user = userText == null ? null : userText.getText().strip();
		token = tokenText.getText().toCharArray();
		remember = rememberButton != null && rememberButton.getSelection();
		super.okPressed();
	}

	String user() {
		return user;
	}

	char[] token() {
		return token;
	}

	boolean remember() {
		return remember;
	}
}
