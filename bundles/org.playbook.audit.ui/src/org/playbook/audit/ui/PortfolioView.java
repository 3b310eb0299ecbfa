package org.playbook.audit.ui;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.playbook.audit.builder.AuditMarkers;
import org.playbook.ui.viewers.Columns;
import org.playbook.workspace.projects.ClientProjects;

/**
 * Every client's strategies by audit score, worst first: where a team lead starts the day.
 * It reads the scores and markers the builder left, follows them as strategies are saved,
 * and opens a strategy on double-click.
 */
public class PortfolioView extends ViewPart {
	public static final String ID = "org.playbook.audit.ui.portfolio";

	/** One row: a strategy file with its score and counts. */
	public record Row(String client, IFile file, int score, int errors, int warnings, String worst) {
		/** A file that could not be read has no score; it sorts first, where the team lead looks. */
		public boolean unreadable() {
			return AuditMarkers.isUnreadable(file);
		}
	}

	private TableViewer viewer;
	private final IResourceChangeListener markerChanges = event -> {
		if (event.findMarkerDeltas(AuditMarkers.TYPE, true).length > 0) {
			refresh();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.portfolio"); // F1
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.<Row>add(viewer, Messages.PortfolioView_score, 60, row -> row.unreadable() ? Messages.PortfolioView_cannotBeRead : row.score() < 0 ? "?" : String.valueOf(row.score()), null);
		Columns.<Row>add(viewer, Messages.PortfolioView_client, 180, Row::client, null);
		Columns.<Row>add(viewer, Messages.PortfolioView_strategy, 160, row -> row.file().getName(), null);
		Columns.<Row>add(viewer, Messages.PortfolioView_errors, 60, row -> String.valueOf(row.errors()), null);
		Columns.<Row>add(viewer, Messages.PortfolioView_warnings, 70, row -> String.valueOf(row.warnings()), null);
		Columns.<Row>add(viewer, Messages.PortfolioView_worstFinding, 420, Row::worst, null);
		viewer.addDoubleClickListener(event -> open((Row) ((IStructuredSelection) event.getSelection()).getFirstElement()));
		getSite().setSelectionProvider(viewer);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(markerChanges, IResourceChangeEvent.POST_CHANGE);
		refresh();
	}

	/** Reads the rows in the background and shows them; called again whenever audit markers change. */
	public void refresh() {
		Job job = Job.create(Messages.PortfolioView_readingThePortfolioS, monitor -> {
			List<Row> rows = rows();
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.setInput(rows);
					setContentDescription(NLS.bind(Messages.PortfolioView_strategiesWorstFirst, rows.size()));
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule(100); // markers of one save arrive together
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (IProject project : ClientProjects.clients(ResourcesPlugin.getWorkspace().getRoot())) {
			String client = ClientProjects.nameOf(project);
			for (IFile file : ClientProjects.strategies(project)) {
				rows.add(row(client, file));
			}
		}
		rows.sort(Comparator.comparingInt(Row::score).thenComparing(Row::client));
		return rows;
	}

	private static Row row(String client, IFile file) {
		int errors = 0, warnings = 0;
		String worst = "";
		int worstSeverity = -1;
		try {
			for (IMarker marker : file.findMarkers(AuditMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
				errors += severity == IMarker.SEVERITY_ERROR ? 1 : 0;
				warnings += severity == IMarker.SEVERITY_WARNING ? 1 : 0;
				if (severity > worstSeverity) {
					worstSeverity = severity;
					worst = marker.getAttribute(IMarker.MESSAGE, "");
				}
			}
		} catch (CoreException e) {
			worst = NLS.bind(Messages.PortfolioView_findingsCannotBeRead, e.getMessage());
		}
		return new Row(client, file, AuditMarkers.score(file), errors, warnings, worst);
	}

	private void open(Row row) {
		if (row == null) {
			return;
		}
		try {
			IDE.openEditor(getSite().getPage(), row.file(), true);
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), "Cannot open the strategy", null, e.getStatus());
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(markerChanges);
		super.dispose();
	}
}
