package org.playbook.team.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jgit.lib.PersonIdent;

/** Who the strategist is in the agency repository's history (Window > Preferences > Team). */
final class TeamPreferences {
	static final String NODE = "org.playbook.team.ui";
	static final String NAME = "author.name";
	static final String EMAIL = "author.email";

	private TeamPreferences() {
	}

	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** The author the preferences name, or null to let the repository's configuration (or this computer's user) decide. */
	static PersonIdent author() {
		String name = node().get(NAME, "").strip();
		String email = node().get(EMAIL, "").strip();
		return name.isEmpty() ? null : new PersonIdent(name, email.isEmpty() ? name.replace(' ', '.').toLowerCase() + "@localhost" : email);
	}
}
