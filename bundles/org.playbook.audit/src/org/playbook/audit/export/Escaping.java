package org.playbook.audit.export;

import org.jsoup.nodes.Entities;

/** Text a strategist or a post wrote, made safe for HTML content and quoted attributes (jsoup's entities). */
public final class Escaping {
	private Escaping() {
	}

	public static String html(Object value) {
		return value == null ? "" : Entities.escape(String.valueOf(value));
	}
}
