package org.playbook.audit.rules;

import java.util.List;

import org.playbook.audit.AuditRule;

/** What the built-in rules share: an id, a title and the practices they cite, given once. */
abstract class BuiltInRule implements AuditRule {
	private final String id;
	private final String title;
	private final List<String> practiceIds;

	BuiltInRule(String id, String title, String... practiceIds) {
		this.id = id;
		this.title = title;
		this.practiceIds = List.of(practiceIds);
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String title() {
		return title;
	}

	@Override
	public List<String> practiceIds() {
		return practiceIds;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static String quoted(String name) {
		return "\u201c" + (blank(name) ? "(unnamed)" : name) + "\u201d";
	}
}
