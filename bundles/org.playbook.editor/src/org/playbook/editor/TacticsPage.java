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
	static final String GOALS_COLUMN = Messages.TacticsPage_servesGoals;
	private FeatureTable tactics;

	TacticsPage(StrategyEditor editor) {
		super(editor, "tactics", Messages.TacticsPage_tactics);
	}

	@Override
	protected void createSections(Strategy strategy) {
		tactics = table(Messages.TacticsPage_tactics, Messages.TacticsPage_tacticsAreNotA,
				strategy, Literals.STRATEGY__TACTICS, () -> {
					Tactic tactic = PlaybookFactory.eINSTANCE.createTactic();
					tactic.setName(Messages.TacticsPage_newTactic);
					return tactic;
				}, Messages.TacticsPage_addTactic)
				.column(Messages.TacticsPage_tactic, 220, Literals.TACTIC__NAME)
				.column(Messages.TacticsPage_network, 120, Literals.TACTIC__NETWORK)
				.column(Messages.TacticsPage_postsAWeek, 90, Literals.TACTIC__POSTS_PER_WEEK)
				.column(Messages.TacticsPage_primary, 70, Literals.TACTIC__PRIMARY)
				.column(GOALS_COLUMN, 260, Literals.TACTIC__GOALS)
				.column(Messages.TacticsPage_content, 100, Literals.TACTIC__CONTENT_TYPE)
				.column(Messages.TacticsPage_owner, 120, Literals.TACTIC__OWNER).show();
	}

	org.playbook.ui.viewers.ViewerFollower tacticsFollower() {
		return tactics.follower();
	}

	TableViewer tacticsViewer() {
		return tactics.viewer();
	}
}
