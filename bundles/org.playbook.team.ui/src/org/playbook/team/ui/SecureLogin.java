package org.playbook.team.ui;

import java.util.Locale;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The strategist's logins on the agency's git servers, kept in Eclipse's secure storage
 * (encrypted, under the storage's master password or the system's keyring), one per server
 * host; never in a preference file in plain text. A login stored without a host serves
 * every server.
 */
final class SecureLogin {
	/** A user and token. */
	record Login(String user, char[] token) {
	}

	static final String ANY_SERVER = "*";
	private static final String NODE = "org.playbook.team.ui/git-servers";
	private static final String USER = "user";
	private static final String TOKEN = "token";

	private final ISecurePreferences root;

	SecureLogin(ISecurePreferences root) {
		this.root = root;
	}

	/** The secure storage every Eclipse product shares (Window > Preferences > General > Security). */
	static SecureLogin standard() {
		return new SecureLogin(SecurePreferencesFactory.getDefault());
	}

	/** The login for the server, else the one for every server; null when none is stored. */
	Login find(String host) {
		Login login = read(key(host));
		return login != null ? login : read(ANY_SERVER);
	}

	void store(String host, String user, char[] token) throws StorageException {
		ISecurePreferences node = root.node(NODE).node(key(host));
		node.put(USER, user == null ? "" : user, false);
		node.put(TOKEN, new String(token), true);
		flush();
	}

	void forget(String host) {
		if (root.nodeExists(NODE + "/" + key(host))) {
			root.node(NODE).node(key(host)).removeNode();
			flush();
		}
	}

	private Login read(String key) {
		if (!root.nodeExists(NODE + "/" + key)) {
			return null;
		}
		ISecurePreferences node = root.node(NODE).node(key);
		try {
			String token = node.get(TOKEN, null);
			return token == null ? null : new Login(node.get(USER, "").isEmpty() ? null : node.get(USER, ""), token.toCharArray());
		} catch (StorageException e) {
			return null; // the storage could not be opened (its password refused): ask instead
		}
	}

	private void flush() {
		try {
			root.flush();
		} catch (java.io.IOException e) {
			org.eclipse.core.runtime.ILog.of(SecureLogin.class).warn("The secure storage could not be saved: " + e.getMessage(), e);
		}
	}

	private static String key(String host) {
		return host == null || host.isBlank() ? ANY_SERVER : host.strip().toLowerCase(Locale.ROOT).replace('/', '_'); // node names may not hold '/'
	}
}
