package org.playbook.editor;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.playbook.model.Goal;
import org.playbook.model.Network;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.ui.viewers.ChoiceEditingSupport;

/**
 * What is done on which network, how often, and for which goals. The goals are picked from
 * the strategy's own; a tactic that serves none shows it plainly. All edits are commands.
 */
final class TacticsPage extends TablePage<Tactic> {

	TacticsPage(StrategyEditor editor) {
		super(editor, "tactics", "Tactics");
	}

	@Override
	protected String introduction() {
		return "Tactics are not a strategy: each should serve a goal. Build one primary network first, then leverage it.";
	}

	@Override
	protected EReference elements() {
		return Literals.STRATEGY__TACTICS;
	}

	@Override
	protected Tactic newElement() {
		Tactic tactic = PlaybookFactory.eINSTANCE.createTactic();
		tactic.setName("New tactic");
		return tactic;
	}

	@Override
	protected String addLabel() {
		return "Add tactic";
	}

	@Override
	protected void createColumns(EditingDomain domain, Strategy strategy) {
		column("Tactic", 220, Tactic::getName, typed(domain, Literals.TACTIC__NAME, TablePage::required));
		column("Network", 120, t -> t.getNetwork().getLiteral(), new ChoiceEditingSupport<>(viewer(), Tactic.class, Network.class,
				() -> Network.VALUES, Network::getLiteral, Tactic::getNetwork,
				(tactic, network) -> execute(domain, SetCommand.create(domain, tactic, Literals.TACTIC__NETWORK, network))));
		column("Posts a week", 90, t -> display(t.getPostsPerWeek()), typed(domain, Literals.TACTIC__POSTS_PER_WEEK, TablePage::requiredNumber));
		column("Primary", 70, t -> t.isPrimary() ? "yes" : "", null);
		column("Serves goals", 300, t -> t.getGoals().isEmpty() ? "(no goal)" : goalNames(t.getGoals()), new GoalsEditing(domain, strategy));
	}

	static String goalNames(List<?> goals) {
		return String.join(", ", goals.stream().map(goal -> ((Goal) goal).getName()).toList());
	}

	private final class GoalsEditing extends EditingSupport {
		private final EditingDomain domain;
		private final GoalsCellEditor editor;

		GoalsEditing(EditingDomain domain, Strategy strategy) {
			super(viewer());
			this.domain = domain;
			this.editor = new GoalsCellEditor(viewer().getTable(), strategy);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			editor.setTactic((Tactic) element);
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return List.copyOf(((Tactic) element).getGoals());
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof List<?> goals) {
				execute(domain, SetCommand.create(domain, element, Literals.TACTIC__GOALS, goals));
			}
		}
	}

	TableViewer tacticsViewer() {
		return viewer();
	}
}
