package org.playbook.audit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One weakness found in a strategy: which rule, how serious, what a strategist reads, the
 * element (and feature) it points at, the section it costs, and the practices that say why.
 * Findings about a file that could not be read have no element but a line.
 *
 * @param ruleId      the rule's id, e.g. {@code purpose.missing-why}
 * @param severity    how much it matters
 * @param section     where it belongs
 * @param message     a sentence a strategist understands
 * @param element     the model element it is about, or null
 * @param feature     the element's feature it is about, or null
 * @param practiceIds the cited practices (ids in the library)
 * @param line        for a file problem, its line; else 0
 */
public record Finding(String ruleId, Severity severity, Section section, String message, EObject element, EStructuralFeature feature,
		List<String> practiceIds, int line) {

	public Finding {
		practiceIds = List.copyOf(practiceIds);
	}

	/** A finding about an element. */
	public static Finding of(AuditRule rule, Severity severity, Section section, String message, EObject element, EStructuralFeature feature) {
		return new Finding(rule.id(), severity, section, message, element, feature, rule.practiceIds(), 0);
	}

	public int cost() {
		return severity.cost();
	}
}
