package org.playbook.team.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Asks the strategist what a git server needs and nothing stored answers: whether to trust
 * a server's new host key (asked once: JGit then adds it to ~/.ssh/known_hosts), a login, a
 * key's passphrase. Called from the sync's job; asks on the UI thread.
 */
final class WorkbenchAsker extends CredentialsProvider {
	private final SecureLogin logins;

	WorkbenchAsker(SecureLogin logins) {
		this.logins = logins;
	}

	@Override
	public boolean isInteractive() {
		return true;
	}

	@Override
	public boolean supports(CredentialItem... items) {
		return true;
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) {
		boolean[] answered = { false };
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> answered[0] = ask(display.getActiveShell(), uri, items));
		return answered[0];
	}

	private boolean ask(Shell shell, URIish uri, CredentialItem... items) {
		List<String> said = new ArrayList<>();
		CredentialItem.Username user = null;
		CredentialItem.Password password = null;
		List<CredentialItem.YesNoType> questions = new ArrayList<>();
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.InformationalMessage message) {
				said.add(message.getPromptText());
			} else if (item instanceof CredentialItem.YesNoType question) {
				questions.add(question);
			} else if (item instanceof CredentialItem.Username name) {
				user = name;
			} else if (item instanceof CredentialItem.Password secret) {
				password = secret;
			} else {
				return false; // nothing else is asked by JGit's transports
			}
		}
		for (CredentialItem.YesNoType question : questions) {
			String text = String.join("\n", said) + (said.isEmpty() ? "" : "\n\n") + question.getPromptText();
			question.setValue(MessageDialog.openQuestion(shell, Messages.Ask_title, text));
			if (!question.getValue()) {
				return false;
			}
		}
		if (user != null || password != null) {
			LoginDialog dialog = new LoginDialog(shell, uri, user != null, said);
			if (dialog.open() != LoginDialog.OK) {
				return false;
			}
			if (user != null) {
				user.setValue(dialog.user());
			}
			if (password != null) {
				password.setValue(dialog.token());
			}
			if (dialog.remember() && user != null) {
				try {
					logins.store(uri.getHost(), dialog.user(), dialog.token());
				} catch (org.eclipse.equinox.security.storage.StorageException e) {
					MessageDialog.openWarning(shell, Messages.Ask_title, org.eclipse.osgi.util.NLS.bind(Messages.Login_notStored, e.getMessage()));
				}
			}
		}
		return true;
	}
}
