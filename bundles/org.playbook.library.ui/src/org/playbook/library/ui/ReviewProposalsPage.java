package org.playbook.library.ui;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.playbook.library.importer.ImportResult;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.ui.viewers.ChoiceEditingSupport;
import org.playbook.ui.viewers.Columns;
import org.playbook.ui.viewers.TextEditingSupport;

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
		column("Title", 300, Practice::getTitle, new TextEditingSupport<>(proposals, Practice.class, Practice::getTitle, (practice, title) -> {
			if (!title.isBlank()) { // a proposal keeps a title
				practice.setTitle(title.strip());
			}
		}));
		// proposals are in no model yet: plain sets, no commands
		column("Category", 110, p -> p.getCategory().getLiteral(), new ChoiceEditingSupport<>(proposals, Practice.class,
				PracticeCategory.class, () -> PracticeCategory.VALUES, PracticeCategory::getLiteral, Practice::getCategory, Practice::setCategory));
		column("Polarity", 120, p -> p.getPolarity().getLiteral(), new ChoiceEditingSupport<>(proposals, Practice.class, Polarity.class,
				() -> Polarity.VALUES, Polarity::getLiteral, Practice::getPolarity, Practice::setPolarity));
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
		Columns.add(proposals, title, width, text, editing);
	}
}
