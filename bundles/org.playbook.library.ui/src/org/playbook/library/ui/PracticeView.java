package org.playbook.library.ui;

import org.eclipse.osgi.util.NLS;

import org.playbook.model.labels.Labels;
import java.text.DateFormat;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;
import org.playbook.model.Practice;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;

/**
 * The practice selected anywhere in the workbench: its summary and explanation, and the
 * verbatim quotes it rests on, each with its post, author and date. A quote's link opens the
 * post at the quote.
 */
public class PracticeView extends ViewPart implements PracticeDisplay {
	private FormToolkit toolkit;
	private ScrolledForm form;
	private FormText text;
	private Practice shown;
	private String markup = "";
	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.practice"); // F1
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.PracticeView_selectAPractice);
		form.getBody().setLayout(new TableWrapLayout());
		text = toolkit.createFormText(form.getBody(), true);
		text.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				openQuote(Integer.parseInt(String.valueOf(event.getHref())));
			}
		});
		getSite().getPage().addPostSelectionListener(listener);
		selectionChanged(null, getSite().getPage().getSelection());
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Practice practice) {
			show(practice);
		}
	}

	/**
	 * Shows the practice with this id once the library is open (the audit's "Explain" uses
	 * this); answers whether the library knows it.
	 */
	@Override
	public java.util.concurrent.CompletableFuture<Boolean> showPractice(String practiceId) {
		org.eclipse.swt.widgets.Display display = form.getDisplay();
		return LibraryAccess.service().thenApply(library -> library.library().find(practiceId)).thenApply(practice -> {
			if (practice != null) {
				display.asyncExec(() -> {
					if (!form.isDisposed()) {
						show(practice);
					}
				});
			}
			return practice != null;
		});
	}

	void show(Practice practice) {
		shown = practice;
		form.setText(practice.getTitle());
		markup = markup(practice);
		text.setText(markup, true, false);
		form.reflow(true);
	}

	private static String markup(Practice practice) {
		StringBuilder xml = new StringBuilder("<form>");
		xml.append("<p><span color=\"grey\">").append(escape(Labels.of(practice.getCategory()))).append(" · ")
				.append(escape(Labels.of(practice.getPolarity())));
		if (!practice.getTags().isEmpty()) {
			xml.append(" · ").append(escape(String.join(", ", practice.getTags())));
		}
		xml.append("</span></p>");
		xml.append("<p><b>").append(escape(practice.getSummary())).append("</b></p>");
		if (practice.getBody() != null) {
			xml.append("<p>").append(escape(practice.getBody())).append("</p>");
		}
		xml.append("<p><b>").append(escape(Messages.PracticeView_inTheWordsOfThePost)).append("</b></p>");
		List<SourceRef> refs = practice.getSourceRefs();
		for (int i = 0; i < refs.size(); i++) {
			SourceRef ref = refs.get(i);
			xml.append("<li>“").append(escape(ref.getQuote())).append("”<br/>— <a href=\"").append(i).append("\">")
					.append(escape(ref.getSource() == null ? Messages.PracticeView_unknownPost : ref.getSource().getTitle())).append("</a>")
					.append(escape(byline(ref.getSource()))).append("</li>");
		}
		return xml.append("</form>").toString();
	}

	private static String byline(Source source) {
		if (source == null) {
			return "";
		}
		String by = source.getAuthor() != null ? NLS.bind(Messages.PracticeView_byAuthor, source.getAuthor()) : "";
		String when = source.getPublished() != null ? ", " + DateFormat.getDateInstance(DateFormat.LONG).format(source.getPublished()) : "";
		return by + when;
	}

	private void openQuote(int index) {
		SourceRef ref = shown.getSourceRefs().get(index);
		LibraryAccess.service().thenAccept(library -> getSite().getShell().getDisplay().asyncExec(() -> {
			try {
				new PostDialog(getSite().getShell(), ref.getSource().getTitle(), library.library().postText(ref.getSource()), ref.getStart(),
						ref.getEnd()).open();
			} catch (java.io.IOException e) {
				org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), Messages.PracticeView_postNotFound,
						NLS.bind(Messages.PracticeView_postTextCannotBeRead, ref.getSource().getTitle(), e.getMessage()));
			}
		}));
	}

	private static String escape(String value) {
		return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	@Override
	public Practice shownPractice() {
		return shown;
	}

	public String shownMarkup() {
		return markup;
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(listener);
		toolkit.dispose();
		super.dispose();
	}

}
