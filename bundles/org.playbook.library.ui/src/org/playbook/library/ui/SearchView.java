package org.playbook.library.ui;

import org.eclipse.osgi.util.NLS;

import org.playbook.model.labels.Labels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.playbook.library.LibraryService;
import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.PracticeSearch;
import org.playbook.library.search.SearchResult;
import org.playbook.library.search.SearchResult.FacetValue;
import org.playbook.model.Practice;

/**
 * Search the practice library: a query box with type-ahead, facet filters with their counts,
 * and the ranked practices and passages of the library's posts, with the words that matched
 * in bold. Selecting a practice shows it in the Practice view and its neighbours in Related
 * Practices; opening a passage (double-click) shows its post at the passage.
 */
public class SearchView extends ViewPart {
	private static final int RESULTS = 50, DELAY_MS = 200;

	private Text query;
	private Label status;
	private CheckboxTreeViewer facets;
	private TableViewer results;
	private final Map<Practice, Hit> hits = new LinkedHashMap<>();
	private final Runnable pendingSearch = this::search;
	/** Counts searches, so that a slow search overtaken by a newer one does not show its results. */
	private int searches;

	/** One facet value, under its dimension, as shown with its count. */
	record FacetNode(String dimension, FacetValue value) {
	}

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.search"); // F1
		parent.setLayout(new GridLayout(1, false));
		query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		query.setMessage(Messages.SearchView_searchPracticesListenMore);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		new ContentProposalAdapter(query, new TextContentAdapter(), new TitleCompletions(), KeyStroke.getInstance(SWT.CTRL, ' '), null)
				.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		facets = new CheckboxTreeViewer(sash, SWT.BORDER);
		facets.setContentProvider(new FacetContent());
		facets.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof FacetNode node ? FacetLabels.value(node.dimension(), node.value().value()) + " (" + node.value().count() + ")"
						: FacetLabels.dimension(String.valueOf(element));
			}
		});
		facets.addCheckStateListener(event -> scheduleSearch());
		results = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		results.getTable().setHeaderVisible(true);
		results.setContentProvider(ArrayContentProvider.getInstance());
		addColumn(Messages.SearchView_result, 220, row -> new org.eclipse.jface.viewers.StyledString(hit(row).title()));
		addColumn(Messages.SearchView_kind, 160, row -> new org.eclipse.jface.viewers.StyledString(row instanceof Practice practice
				? Labels.of(practice.getCategory()) + " · " + Labels.of(practice.getPolarity())
				: NLS.bind(Messages.SearchView_inPost, hit(row).source()), org.eclipse.jface.viewers.StyledString.QUALIFIER_STYLER));
		addColumn(Messages.SearchView_whereItMatched, 420, row -> SnippetStyler.style(hit(row).marked()));
		sash.setWeights(1, 3);
		getSite().setSelectionProvider(results);
		results.addDoubleClickListener(event -> {
			if (((StructuredSelection) event.getSelection()).getFirstElement() instanceof Hit passage && passage.isPassage()) {
				openPost(passage);
			}
		});
		LibraryUi.contextMenu(getSite(), results);

		query.addModifyListener(event -> scheduleSearch());
		status.setText(Messages.SearchView_openingTheLibrary);
		search();
	}

	/** A row of the results: a practice (the object the other views follow), or the hit of a passage. */
	private Hit hit(Object row) {
		return row instanceof Practice practice ? hits.get(practice) : (Hit) row;
	}

	/** Shows a passage's post, scrolled to the passage, which is marked. */
	private void openPost(Hit passage) {
		LibraryService library = LibraryAccess.service().getNow(null);
		org.playbook.model.Source source = library == null ? null : library.library().sources().get(passage.passage().post());
		if (source == null) {
			return;
		}
		try {
			new PostDialog(getSite().getShell(), source.getTitle(), library.library().postText(source), passage.passage().start(),
					passage.passage().end()).open();
		} catch (java.io.IOException e) {
			status.setText(Messages.bind(Messages.SearchView_postUnreadable, source.getTitle(), e.getMessage()));
		}
	}

	private void addColumn(String title, int width, java.util.function.Function<Object, org.eclipse.jface.viewers.StyledString> text) {
		TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new StyledCellLabelProvider() {
			@Override
			public void update(ViewerCell cell) {
				org.eclipse.jface.viewers.StyledString styled = text.apply(cell.getElement());
				cell.setText(styled.getString());
				cell.setStyleRanges(styled.getStyleRanges());
				super.update(cell);
			}
		});
	}

	/** Waits for a pause in typing, so that not every keystroke starts a search. */
	private void scheduleSearch() {
		query.getDisplay().timerExec(-1, pendingSearch);
		query.getDisplay().timerExec(DELAY_MS, pendingSearch);
	}

	/** Reads the widgets on the UI thread, then searches in a job; the results come back to the UI thread. */
	private void search() {
		if (query.isDisposed()) {
			return;
		}
		SearchRequest request = SearchRequest.practices(query.getText()).withLimit(RESULTS).withFilters(checkedFilters());
		int search = ++searches;
		Job job = Job.create(Messages.SearchView_searchingThePracticeLibrary, (IProgressMonitor monitor) -> {
			try {
				LibraryService library = LibraryAccess.service().join();
				library.refresh(); // practices imported from the command line meanwhile
				PracticeSearch searched = SharedLibrary.search(library);
				SearchResult result = searched.search(request);
				String answeredBy = SharedLibrary.answeredBy(searched);
				SharedLibrary.answered(searched, library);
				asyncOnUi(() -> {
					if (search == searches) {
						setContentDescription(NLS.bind(Messages.SearchView_searching, answeredBy));
						show(library, result);
					}
				});
				return Status.OK_STATUS;
			} catch (Exception e) {
				asyncOnUi(() -> status.setText(NLS.bind(Messages.SearchView_searchFailed, e.getMessage())));
				return Status.OK_STATUS; // said in the view; nothing for the error log
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(LibraryService library, SearchResult result) {
		if (results.getControl().isDisposed()) {
			return;
		}
		hits.clear();
		List<Object> rows = new ArrayList<>();
		for (Hit hit : result.hits()) {
			Practice practice = hit.isPractice() ? library.library().find(hit.id()) : null;
			if (practice == null && hit.isPractice()) {
				practice = ForeignPractice.of(hit); // found in the shared library only
			}
			if (practice != null) {
				hits.put(practice, hit);
				rows.add(practice);
			} else if (hit.isPassage()) {
				rows.add(hit);
			}
		}
		results.setInput(rows);
		Object[] checked = facets.getCheckedElements();
		facets.setInput(result.facets());
		facets.expandAll();
		for (Object node : checked) {
			facets.setChecked(findNode(result, (FacetNode) node), true);
		}
		String count = NLS.bind(result.facetsEstimated() ? Messages.SearchView_aboutResults : result.totalHits() == 1 ? Messages.SearchView_oneResult : Messages.SearchView_results,
				result.totalHits());
		status.setText(result.notice() != null ? result.notice() + " " + count : count);
		status.getParent().layout(true);
	}

	private static Object findNode(SearchResult result, FacetNode old) {
		return result.facets().getOrDefault(old.dimension(), List.of()).stream()
				.filter(v -> v.value().equals(old.value().value())).findFirst()
				.<Object>map(v -> new FacetNode(old.dimension(), v)).orElse(old);
	}

	private Map<String, List<String>> checkedFilters() {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		for (Object element : facets.getCheckedElements()) {
			if (element instanceof FacetNode node) {
				filters.computeIfAbsent(node.dimension(), d -> new ArrayList<>()).add(node.value().value());
			}
		}
		return filters;
	}

	private void asyncOnUi(Runnable runnable) {
		if (!query.isDisposed()) {
			query.getDisplay().asyncExec(() -> {
				if (!query.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	/** Selects a practice among the results, as a click would. */
	void select(Practice practice) {
		results.setSelection(new StructuredSelection(practice), true);
	}

	Text queryText() {
		return query;
	}

	TableViewer resultsViewer() {
		return results;
	}

	CheckboxTreeViewer facetsViewer() {
		return facets;
	}

	Hit hitOf(Practice practice) {
		return hits.get(practice);
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}

	/** Type-ahead: practice titles and tags holding the words typed so far. */
	static final class TitleCompletions implements IContentProposalProvider {
		@Override
		public IContentProposal[] getProposals(String contents, int position) {
			LibraryService library = LibraryAccess.service().getNow(null);
			if (library == null || contents.isBlank()) {
				return new IContentProposal[0];
			}
			try {
				return SharedLibrary.search(library).suggest(contents, 8).stream().map(ContentProposal::new).toArray(IContentProposal[]::new);
			} catch (java.io.IOException e) {
				return new IContentProposal[0];
			}
		}
	}

	/** Dimensions as roots, their values with counts as children. */
	private static final class FacetContent implements ITreeContentProvider {
		private Map<String, List<FacetValue>> facets = Map.of();

		@Override
		@SuppressWarnings("unchecked")
		public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
			facets = newInput instanceof Map<?, ?> map ? (Map<String, List<FacetValue>>) map : Map.of();
		}

		@Override
		public Object[] getElements(Object input) {
			return facets.keySet().stream().filter(d -> !d.equals("kind") && !d.equals("client")).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof String dimension
					? facets.getOrDefault(dimension, List.of()).stream().map(v -> new FacetNode(dimension, v)).toArray()
					: new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof FacetNode node ? node.dimension() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof String;
		}
	}
}
