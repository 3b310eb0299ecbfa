package org.playbook.team;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FS;

/**
 * What every call to an agency repository on a server needs: the login for https (a user
 * and a token), the ssh folder with the user's keys and known hosts, someone to ask when a
 * server's host key is new (the workbench; nobody when headless, so an unknown host is
 * refused), and the progress monitor that reports and cancels. Passed into each fetch, push
 * and clone, as EGit and coArchi do; nothing of it is written to a file.
 */
public final class RemoteAccess {
	/** The environment variable a nightly job gives its token in (never an argument: arguments show in process lists). */
	public static final String TOKEN_VARIABLE = "PLAYBOOK_GIT_TOKEN";

	private final String user;
	private final char[] token;
	private final CredentialsProvider asker;
	private final Path sshDirectory;
	private final ProgressMonitor progress;
	private final SshSessions sessions;
	/** The login the asker gave, kept for the rest of this access (a sync's fetch and push each ask); forgotten when refused. */
	private final java.util.concurrent.atomic.AtomicReference<String[]> given = new java.util.concurrent.atomic.AtomicReference<>();
	/** Whether the server refused the stored login: the workbench then asks instead of offering it again. */
	private final java.util.concurrent.atomic.AtomicBoolean loginRefused = new java.util.concurrent.atomic.AtomicBoolean();

	private RemoteAccess(String user, char[] token, CredentialsProvider asker, Path sshDirectory, ProgressMonitor progress) {
		this.user = user;
		this.token = token;
		this.asker = asker;
		this.sshDirectory = sshDirectory;
		this.progress = progress;
		this.sessions = new SshSessions(sshDirectory);
	}

	/** No login, the user's own ssh folder, nobody to ask, no progress: a folder remote, or a server that needs nothing. */
	public static RemoteAccess headless() {
		return new RemoteAccess(null, null, null, defaultSshDirectory(), NullProgressMonitor.INSTANCE);
	}

	/**
	 * A command line's access: the user given (or none) and the token of the environment's
	 * {@value #TOKEN_VARIABLE}, if set.
	 */
	public static RemoteAccess fromEnvironment(String user, Map<String, String> environment) {
		String token = environment.get(TOKEN_VARIABLE);
		return headless().withLogin(user, token == null || token.isEmpty() ? null : token.toCharArray());
	}

	/** The user's ssh folder (~/.ssh), where OpenSSH keeps keys, known hosts and config. */
	public static Path defaultSshDirectory() {
		return FS.DETECTED.userHome().toPath().resolve(".ssh");
	}

	/** This access with the login for https servers (and ssh servers that take a password). */
	public RemoteAccess withLogin(String newUser, char[] newToken) {
		return new RemoteAccess(newUser, newToken, asker, sshDirectory, progress);
	}

	/** This access asking the given provider what the login does not answer: a new host key, a key's passphrase. */
	public RemoteAccess askingWith(CredentialsProvider newAsker) {
		return new RemoteAccess(user, token, newAsker, sshDirectory, progress);
	}

	/** This access with keys and known hosts from another folder than ~/.ssh. */
	public RemoteAccess withSshDirectory(Path folder) {
		return new RemoteAccess(user, token, asker, folder, progress);
	}

	/** This access reporting to (and cancelled through) the given monitor. */
	public RemoteAccess withProgress(ProgressMonitor monitor) {
		return new RemoteAccess(user, token, asker, sshDirectory, monitor == null ? NullProgressMonitor.INSTANCE : monitor);
	}

	/** Whether a login (a token) was given. */
	public boolean hasLogin() {
		return token != null;
	}

	ProgressMonitor progress() {
		return progress;
	}

	/** Gives the command the credentials and the ssh sessions of this access. */
	<C extends TransportCommand<C, ?>> C applyTo(C command) {
		command.setCredentialsProvider(credentials());
		command.setTransportConfigCallback(transport -> {
			if (transport instanceof SshTransport ssh) {
				ssh.setSshSessionFactory(sessions.factory());
			}
		});
		return command;
	}

	/**
	 * The one line that says why the server refused us, for a transport failure: a host key
	 * that is not known (with the line to add), the credentials, or the server not reached.
	 */
	String explain(String remote, TransportException e) {
		String refusedHost = sessions.takeRefusal();
		if (refusedHost != null) {
			return refusedHost;
		}
		String why = String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\R\\s*", "; ");
		String lower = why.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("no credentialsprovider") || lower.contains("authentication is required")) {
			String missing = user == null ? "give --user with the token in " + TOKEN_VARIABLE : "--user " + user + " was given but " + TOKEN_VARIABLE + " is not set";
			return "The agency repository " + remote + " asks for a login: " + missing + " (in the workbench: Preferences > Team). Nothing was changed here.";
		}
		if (lower.contains("not authorized") || lower.contains("401") || lower.contains("403")) {
			return "The agency repository " + remote + " refused the user and token" + (user == null ? "" : " of '" + user + "'")
					+ ". Nothing was changed here.";
		}
		if (lower.contains("cannot log in") || lower.contains("no more keys") || lower.contains("no more authentication methods")) {
			return "The agency repository " + remote + " refused the ssh key" + (user == null ? "" : " of '" + user + "'") + " (keys read from "
					+ sshDirectory + "). Nothing was changed here.";
		}
		return "The agency repository " + remote + " cannot be reached: " + why + ". Nothing was changed here; sync again when it is back.";
	}

	private CredentialsProvider credentials() {
		if (token == null && asker == null) {
			return null;
		}
		return new CredentialsProvider() {
			@Override
			public boolean isInteractive() {
				return asker != null && asker.isInteractive();
			}

			@Override
			public boolean supports(CredentialItem... items) {
				return true;
			}

			@Override
			public boolean get(URIish uri, CredentialItem... items) {
				boolean offerStored = token != null && !(loginRefused.get() && asker != null);
				if (offerStored && fillLogin(uri, List.of(items), user, token)) {
					return true;
				}
				String[] answer = given.get();
				if (answer != null && fillLogin(uri, List.of(items), answer[0], answer[1].toCharArray())) {
					return true;
				}
				if (asker == null || !asker.get(uri, items)) {
					return false;
				}
				remember(items);
				return true;
			}

			@Override
			public void reset(URIish uri) {
				loginRefused.set(true);
				given.set(null);
				if (asker != null) {
					asker.reset(uri);
				}
			}
		};
	}

	private void remember(CredentialItem... items) {
		String name = null;
		char[] secret = null;
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.Username username) {
				name = username.getValue();
			} else if (item instanceof CredentialItem.Password password) {
				secret = password.getValue();
			}
		}
		if (name != null && secret != null) {
			given.set(new String[] { name, new String(secret) });
		}
	}

	/** Fills a user and password request from the login; false if it asks for anything else (a key's passphrase). */
	private static boolean fillLogin(URIish uri, List<CredentialItem> items, String user, char[] token) {
		boolean askedForUser = false;
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.Username username) {
				// a token alone (GitHub, GitLab) takes any user name; the address's own comes first
				username.setValue(user != null ? user : uri.getUser() != null ? uri.getUser() : "git");
				askedForUser = true;
			} else if (item instanceof CredentialItem.Password password) {
				password.setValue(token.clone());
			} else if (!(item instanceof CredentialItem.InformationalMessage)) {
				return false;
			}
		}
		return askedForUser;
	}
}
