package org.playbook.editor;

import org.eclipse.jface.viewers.TableViewer;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/**
 * What is done on which network, how often, and for which goals. The goals are picked from
 * the strategy's own; a tactic that serves none shows it plainly. All edits are commands.
 */
final class TacticsPage extends StrategyPage {
	/** The goals column's title, also the title of the check list that picks them. */
	static final String GOALS_COLUMN = "Serves goals";
	private FeatureTable tactics;

	TacticsPage(StrategyEditor editor) {
		super(editor, "tactics", "Tactics");
	}

	@Override
	protected void createSections(Strategy strategy) {
		tactics = table("Tactics", "Tactics are not a strategy: each should serve a goal. Build one primary network first, then leverage it.",
				strategy, Literals.STRATEGY__TACTICS, () -> {
					Tactic tactic = PlaybookFactory.eINSTANCE.createTactic();
					tactic.setName("New tactic");
					return tactic;
				}, "Add tactic")
				.column("Tactic", 220, Literals.TACTIC__NAME)
				.column("Network", 120, Literals.TACTIC__NETWORK)
				.column("Posts a week", 90, Literals.TACTIC__POSTS_PER_WEEK)
				.column("Primary", 70, Literals.TACTIC__PRIMARY)
				.column(GOALS_COLUMN, 260, Literals.TACTIC__GOALS)
				.column("Content", 100, Literals.TACTIC__CONTENT_TYPE)
				.column("Owner", 120, Literals.TACTIC__OWNER).show();
	}

	org.playbook.ui.viewers.ViewerFollower tacticsFollower() {
		return tactics.follower();
	}

	TableViewer tacticsViewer() {
		return tactics.viewer();
	}
}
