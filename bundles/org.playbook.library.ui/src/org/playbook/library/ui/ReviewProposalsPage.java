package org.playbook.library.ui;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.playbook.library.importer.ImportResult;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;

/**
 * What Playbook proposes from the post, for a person to judge: keep (checked) or drop each
 * practice, and fix its title, category and polarity in place. The quote stays as the post
 * has it.
 */
final class ReviewProposalsPage extends WizardPage {
	private CheckboxTableViewer proposals;

	ReviewProposalsPage() {
		super("review");
		setTitle("Review the proposed practices");
		setDescription("Keep the practices worth having, fix their titles, categories and polarity; unchecked ones are dropped.");
	}

	@Override
	public void createControl(Composite parent) {
		proposals = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		proposals.getTable().setHeaderVisible(true);
		proposals.getTable().setLinesVisible(true);
		proposals.setContentProvider(ArrayContentProvider.getInstance());
		column("Title", 300, Practice::getTitle, new TitleEditing());
		column("Category", 110, p -> p.getCategory().getLiteral(), new EnumEditing<>(PracticeCategory.VALUES, Practice::getCategory,
				(p, v) -> p.setCategory((PracticeCategory) v)));
		column("Polarity", 120, p -> p.getPolarity().getLiteral(), new EnumEditing<>(Polarity.VALUES, Practice::getPolarity,
				(p, v) -> p.setPolarity((Polarity) v)));
		column("In the words of the post", 420, p -> "“" + p.getSourceRefs().get(0).getQuote() + "”", null);
		proposals.addCheckStateListener(event -> updateMessage());
		setControl(proposals.getControl());
	}

	void show(ImportResult result) {
		proposals.setInput(result.proposals());
		proposals.setAllChecked(true);
		setTitle("Review the practices proposed from \"" + result.source().getTitle() + "\"");
		updateMessage();
	}

	private void updateMessage() {
		int total = proposals.getTable().getItemCount();
		int kept = proposals.getCheckedElements().length;
		setMessage(total == 0 ? "Playbook found no advice in this post to propose." : kept + " of " + total + " practices will be added.",
				total == 0 ? WARNING : NONE);
	}

	List<Practice> keptPractices() {
		return Arrays.stream(proposals.getCheckedElements()).map(Practice.class::cast).toList();
	}

	CheckboxTableViewer proposalsViewer() {
		return proposals;
	}

	private void column(String title, int width, java.util.function.Function<Practice, String> text, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(proposals, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Practice) element);
			}
		});
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	private final class TitleEditing extends EditingSupport {
		TitleEditing() {
			super(proposals);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(proposals.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((Practice) element).getTitle();
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof String title && !title.isBlank()) {
				((Practice) element).setTitle(title.strip());
				proposals.update(element, null);
			}
		}
	}

	/** Picks one value of an enum from a drop-down, shown by its literal. */
	private final class EnumEditing<E> extends EditingSupport {
		private final List<E> values;
		private final java.util.function.Function<Practice, E> getter;
		private final java.util.function.BiConsumer<Practice, Object> setter;

		EnumEditing(List<E> values, java.util.function.Function<Practice, E> getter, java.util.function.BiConsumer<Practice, Object> setter) {
			super(proposals);
			this.values = values;
			this.getter = getter;
			this.setter = setter;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(proposals.getTable(), SWT.READ_ONLY);
			editor.setContentProvider(ArrayContentProvider.getInstance());
			editor.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object value) {
					return ((org.eclipse.emf.common.util.Enumerator) value).getLiteral();
				}
			});
			editor.setInput(values);
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return getter.apply((Practice) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value != null) {
				setter.accept((Practice) element, value);
				proposals.update(element, null);
			}
		}
	}
}
