package org.playbook.library.ui;

import org.eclipse.osgi.util.NLS;

import org.playbook.model.labels.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.playbook.library.LibraryService;
import org.playbook.library.index.ElementText;
import org.playbook.model.Practice;

/**
 * Practices related to whatever is selected in the workbench (Lucene's MoreLikeThis): to a
 * practice, or to any element of a strategy by its text, so that selecting a tactic shows the
 * practices about tactics and strategy.
 */
public class RelatedPracticesView extends ViewPart {
	private static final int COUNT = 8;
	private TableViewer related;
	private int lookups;
	private String subject = "";
	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.related"); // F1
		related = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL);
		related.setContentProvider(ArrayContentProvider.getInstance());
		related.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Practice practice = (Practice) element;
				return practice.getTitle() + "  (" + Labels.of(practice.getCategory()) + ", " + Labels.of(practice.getPolarity()) + ")";
			}
		});
		getSite().setSelectionProvider(related);
		LibraryUi.contextMenu(getSite(), related);
		setContentDescription(Messages.RelatedPracticesView_selectAPracticeA);
		getSite().getPage().addPostSelectionListener(listener);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured)) {
			return; // our own selection would pull the list from under the mouse
		}
		// a client project or a strategy file in the navigator adapts to its model
		EObject element = org.eclipse.core.runtime.Adapters.adapt(structured.getFirstElement(), EObject.class);
		if (element == null) {
			return;
		}
		List<String> texts = ElementText.of(element);
		String label = element instanceof Practice practice ? practice.getTitle()
				: element.eClass().getName() + (texts.isEmpty() ? "" : " " + texts.get(0));
		String text = String.join("\n", texts);
		String practiceId = element instanceof Practice practice ? practice.getId() : null;
		int lookup = ++lookups;
		Job job = Job.create(Messages.RelatedPracticesView_findingRelatedPractices, monitor -> {
			LibraryService library = LibraryAccess.service().join();
			List<String> ids;
			try {
				ids = practiceId != null ? SharedLibrary.search(library).relatedTo(practiceId, COUNT) : library.index().relatedToText(text, COUNT);
			} catch (java.io.IOException e) {
				related.getControl().getDisplay().asyncExec(() -> setContentDescription(NLS.bind(Messages.RelatedPracticesView_couldNotBeFound, e.getMessage())));
				return Status.OK_STATUS;
			}
			List<Practice> practices = new ArrayList<>(ids.stream().map(library.library()::find).filter(Objects::nonNull).toList());
			related.getControl().getDisplay().asyncExec(() -> {
				if (lookup == lookups && !related.getControl().isDisposed()) {
					subject = label;
					setContentDescription(NLS.bind(Messages.RelatedPracticesView_relatedTo, label));
					related.setInput(practices);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	TableViewer relatedViewer() {
		return related;
	}

	String subject() {
		return subject;
	}

	@Override
	public void setFocus() {
		related.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(listener);
		super.dispose();
	}
}
