package org.playbook.workspace.tests;

import org.playbook.model.Strategy;
import org.playbook.workspace.templates.StrategyTemplate;

/** A contributed template with a bug: creating a strategy throws. */
public class ThrowingTemplate implements StrategyTemplate {
	@Override
	public String id() {
		return "test.throws";
	}

	@Override
	public String name() {
		return "Throws";
	}

	@Override
	public String description() {
		return "";
	}

	@Override
	public Strategy create() {
		throw new IllegalStateException("a bug in an agency's template");
	}
}
