package org.playbook.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.playbook.model.Goal;
import org.playbook.model.Network;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/**
 * What is done on which network, how often, and for which goals. The goals are picked from
 * the strategy's own; a tactic that serves none shows it plainly. All edits are commands.
 */
final class TacticsPage extends FormPage {
	private TableViewer tactics;
	private CommandStackListener refresh;

	TacticsPage(StrategyEditor editor) {
		super(editor, "tactics", "Tactics");
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		StrategyEditor editor = (StrategyEditor) getEditor();
		Strategy strategy = editor.strategy();
		EditingDomain domain = editor.domain();
		FormToolkit toolkit = managedForm.getToolkit();
		managedForm.getForm().setText("Tactics");
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, false));
		toolkit.createLabel(body, "Tactics are not a strategy: each should serve a goal. Build one primary network first, then leverage it.", SWT.WRAP)
				.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		tactics = new TableViewer(toolkit.createTable(body, SWT.FULL_SELECTION | SWT.MULTI));
		tactics.getTable().setHeaderVisible(true);
		tactics.getTable().setLinesVisible(true);
		tactics.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tactics.setContentProvider(ArrayContentProvider.getInstance());
		column("Tactic", 220, Tactic::getName, textEditing(domain, Literals.TACTIC__NAME));
		column("Network", 120, t -> t.getNetwork().getLiteral(), new NetworkEditing(domain));
		column("Posts a week", 90, t -> String.valueOf(t.getPostsPerWeek()), textEditing(domain, Literals.TACTIC__POSTS_PER_WEEK));
		column("Primary", 70, t -> t.isPrimary() ? "yes" : "", null);
		column("Serves goals", 300, t -> t.getGoals().isEmpty() ? "(no goal)" : goalNames(t.getGoals()), new GoalsEditing(domain, strategy));
		tactics.setInput(strategy.getTactics());

		Composite buttons = toolkit.createComposite(body);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = toolkit.createButton(buttons, "Add tactic", SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add.addListener(SWT.Selection, event -> {
			Tactic tactic = PlaybookFactory.eINSTANCE.createTactic();
			tactic.setName("New tactic");
			domain.getCommandStack().execute(AddCommand.create(domain, strategy, Literals.STRATEGY__TACTICS, tactic));
			tactics.editElement(tactic, 0);
		});
		Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		remove.addListener(SWT.Selection, event -> {
			IStructuredSelection selected = tactics.getStructuredSelection();
			if (!selected.isEmpty()) {
				domain.getCommandStack().execute(DeleteCommand.create(domain, selected.toList()));
			}
		});
		refresh = event -> tactics.getControl().getDisplay().asyncExec(() -> {
			if (!tactics.getControl().isDisposed()) {
				tactics.refresh();
			}
		});
		domain.getCommandStack().addCommandStackListener(refresh);
	}

	static String goalNames(List<?> goals) {
		return String.join(", ", goals.stream().map(goal -> ((Goal) goal).getName()).toList());
	}

	private void column(String title, int width, Function<Tactic, String> text, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(tactics, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Tactic) element);
			}
		});
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	private EditingSupport textEditing(EditingDomain domain, EStructuralFeature feature) {
		return new EditingSupport(tactics) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(tactics.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return String.valueOf(((Tactic) element).eGet(feature));
			}

			@Override
			protected void setValue(Object element, Object value) {
				String text = String.valueOf(value).strip();
				Object parsed = text;
				if (feature == Literals.TACTIC__POSTS_PER_WEEK) {
					try {
						parsed = Double.valueOf(text);
					} catch (NumberFormatException e) {
						return; // not a number: the cell keeps its value
					}
				}
				if (!text.isEmpty()) {
					execute(domain, SetCommand.create(domain, element, feature, parsed));
				}
			}
		};
	}

	private final class NetworkEditing extends EditingSupport {
		private final EditingDomain domain;

		NetworkEditing(EditingDomain domain) {
			super(tactics);
			this.domain = domain;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(tactics.getTable(), SWT.READ_ONLY);
			editor.setContentProvider(ArrayContentProvider.getInstance());
			editor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object network) {
					return ((Network) network).getLiteral();
				}
			});
			editor.setInput(Network.VALUES);
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((Tactic) element).getNetwork();
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof Network network) {
				execute(domain, SetCommand.create(domain, element, Literals.TACTIC__NETWORK, network));
			}
		}
	}

	private final class GoalsEditing extends EditingSupport {
		private final EditingDomain domain;
		private final GoalsCellEditor editor;

		GoalsEditing(EditingDomain domain, Strategy strategy) {
			super(tactics);
			this.domain = domain;
			this.editor = new GoalsCellEditor(tactics.getTable(), strategy);
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

	private static void execute(EditingDomain domain, Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	TableViewer tacticsViewer() {
		return tactics;
	}

	@Override
	public void dispose() {
		if (refresh != null) {
			((StrategyEditor) getEditor()).domain().getCommandStack().removeCommandStackListener(refresh);
		}
		super.dispose();
	}
}
