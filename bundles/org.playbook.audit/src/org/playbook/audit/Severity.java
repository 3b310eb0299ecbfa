package org.playbook.audit;

import org.eclipse.emf.common.util.Diagnostic;

/** How much a finding matters, and what it costs the health score. */
public enum Severity {
	/** Something the practice library calls a failure: the strategy should not go out like this. */
	ERROR(20, Diagnostic.ERROR),
	/** A weakness worth fixing before the next review. */
	WARNING(8, Diagnostic.WARNING),
	/** A gap to know about. */
	INFO(2, Diagnostic.INFO);

	private final int cost;
	private final int diagnosticSeverity;

	Severity(int cost, int diagnosticSeverity) {
		this.cost = cost;
		this.diagnosticSeverity = diagnosticSeverity;
	}

	/** Points taken from a score of 100. */
	public int cost() {
		return cost;
	}

	public int diagnosticSeverity() {
		return diagnosticSeverity;
	}

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
