package org.playbook.audit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** What a rule reports to, and the thresholds it reads (the strategist's preferences). */
public interface RuleContext {

	/** Reports a weakness of an element (or of one of its features); the rule's cited practices are attached. */
	void report(Severity severity, Section section, String message, EObject element, EStructuralFeature feature);

	Thresholds thresholds();
}
