package org.playbook.workspace.templates;

import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;

/** An empty strategy: every section is there to fill in, none is filled. */
public final class BlankTemplate implements StrategyTemplate {
	public static final String ID = "org.playbook.workspace.templates.blank";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Blank";
	}

	@Override
	public String description() {
		return "An empty strategy. The audit then lists everything still to decide, starting with the why.";
	}

	@Override
	public Strategy create() {
		Strategy strategy = PlaybookFactory.eINSTANCE.createStrategy();
		strategy.setPurpose(PlaybookFactory.eINSTANCE.createPurpose());
		strategy.setPositioning(PlaybookFactory.eINSTANCE.createPositioning());
		return strategy;
	}
}
