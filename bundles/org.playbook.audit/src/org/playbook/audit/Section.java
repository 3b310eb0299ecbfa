package org.playbook.audit;

/** The parts of a strategy a finding belongs to, as the editor's pages show them; scores are given per section. */
public enum Section {
	PURPOSE("Why"),
	SITUATION("Situation"),
	AUDIENCE("Audience"),
	GOALS("Goals and KPIs"),
	TACTICS("Tactics"),
	CONTENT("Content and calendar"),
	LISTENING("Listening"),
	GOVERNANCE("Governance"),
	CRISIS("Crisis"),
	MEASUREMENT("Measurement and review"),
	/** The file itself (unreadable, not a strategy). */
	FILE("File");

	private final String label;

	Section(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
