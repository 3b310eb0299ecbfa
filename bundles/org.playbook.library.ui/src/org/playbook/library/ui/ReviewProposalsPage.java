package org.playbook.library.ui;

import org.eclipse.osgi.util.NLS;

import org.playbook.model.labels.Labels;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.importer.ProposalReview;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.ui.viewers.ChoiceEditingSupport;
import org.playbook.ui.viewers.Columns;
import org.playbook.ui.viewers.TextEditingSupport;

/**
 * What Playbook proposes from the post, for a person to judge: keep (checked) or drop each
 * practice (what is dropped teaches the next import), and fix its title, category and polarity in place, seeing how sure Playbook is of
 * the category (and what it would have said second) and which practice of the library a
 * proposal says the same as (keeping it adds its quote there). The quote stays as the post
 * has it.
 */
final class ReviewProposalsPage extends WizardPage {
	private CheckboxTableViewer proposals;
	private ImportResult result;

	ReviewProposalsPage() {
		super("review");
		setTitle(Messages.ReviewProposalsPage_reviewTheProposedPractices);
		setDescription(Messages.ReviewProposalsPage_keepThePracticesWorth);
	}

	@Override
	public void createControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.importPost"); // F1
		proposals = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		proposals.getTable().setHeaderVisible(true);
		proposals.getTable().setLinesVisible(true);
		proposals.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.ReviewProposalsPage_title, 300, Practice::getTitle, new TextEditingSupport<>(proposals, Practice.class, Practice::getTitle, (practice, title) -> {
			if (!title.isBlank()) { // a proposal keeps a title
				practice.setTitle(title.strip());
			}
		}));
		// proposals are in no model yet: plain sets, no commands
		column(Messages.ReviewProposalsPage_category, 110, p -> Labels.of(p.getCategory()), new ChoiceEditingSupport<>(proposals, Practice.class,
				PracticeCategory.class, () -> PracticeCategory.VALUES, PracticeCategory::getLiteral, Practice::getCategory, Practice::setCategory));
		column(Messages.ReviewProposalsPage_polarity, 120, p -> Labels.of(p.getPolarity()), new ChoiceEditingSupport<>(proposals, Practice.class, Polarity.class,
				() -> Polarity.VALUES, Polarity::getLiteral, Practice::getPolarity, Practice::setPolarity));
		column(Messages.Review_confidence, 150, this::confidence, null);
		column(Messages.Review_sameAs, 180, p -> review(p) != null && review(p).sameAs() != null
				? Messages.bind(Messages.Review_sameAsValue, review(p).sameAs().getTitle()) : "", null);
		column(Messages.ReviewProposalsPage_inTheWordsOf, 420, p -> "“" + p.getSourceRefs().get(0).getQuote() + "”", null);
		proposals.addCheckStateListener(event -> updateMessage());
		setControl(proposals.getControl());
	}

	private ProposalReview review(Practice proposal) {
		return result == null ? null : result.review(proposal);
	}

	/** "62% sure, else engagement", or "21%, a guess, else content: check it". */
	private String confidence(Practice proposal) {
		ProposalReview review = review(proposal);
		if (review == null || review.category() == null) {
			return "";
		}
		String percent = String.valueOf(Math.round(review.category().confidence() * 100));
		String runnerUp = review.category().runnerUp() == null ? "" : NLS.bind(Messages.ReviewProposalsPage_elseRunnerUp, Labels.of(review.category().runnerUp()));
		return Messages.bind(review.isLowConfidence() ? Messages.Review_guess : Messages.Review_sure, percent, runnerUp);
	}

	void show(ImportResult read) {
		this.result = read;
		ImportResult result = read;
		proposals.setInput(result.proposals());
		proposals.setAllChecked(true);
		setTitle(NLS.bind(Messages.ReviewProposalsPage_reviewProposedFrom, result.source().getTitle()));
		updateMessage();
	}

	private void updateMessage() {
		int total = proposals.getTable().getItemCount();
		Object[] checked = proposals.getCheckedElements();
		long merges = Arrays.stream(checked).map(p -> review((Practice) p)).filter(r -> r != null && r.sameAs() != null).count();
		long guesses = Arrays.stream(checked).map(p -> review((Practice) p)).filter(r -> r != null && r.isLowConfidence()).count();
		String message = merges == 0 ? Messages.bind(Messages.Review_message, checked.length, total)
				: Messages.bind(Messages.Review_messageWithMerges, new Object[] { checked.length, total, merges });
		if (guesses > 0) {
			message += Messages.bind(Messages.Review_messageWithGuesses, guesses);
		}
		if (result != null && result.likeDropped() > 0) {
			message += Messages.bind(Messages.Review_messageLikeDropped, result.likeDropped());
		}
		setMessage(total == 0 ? Messages.ReviewProposalsPage_playbookFoundNoAdvice : message, total == 0 ? WARNING : NONE);
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
