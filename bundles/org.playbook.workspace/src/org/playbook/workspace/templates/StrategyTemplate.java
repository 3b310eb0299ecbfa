package org.playbook.workspace.templates;

import org.playbook.model.Strategy;

/**
 * A starting point for a new strategy, offered by the New Strategy and New Client wizards.
 * Contributed through the extension point {@code org.playbook.workspace.templates}, either as
 * a strategy file in the contributing bundle or as a class implementing this interface.
 */
public interface StrategyTemplate {

	/** A stable id, e.g. {@code com.agency.templates.retail}. */
	String id();

	/** What the wizard lists, e.g. "SOSTAC". */
	String name();

	/** One or two sentences on when to use it. */
	String description();

	/** A new strategy, not in any resource; the wizard names it and saves it. Called once per use. */
	Strategy create();
}
