package org.playbook.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.playbook.model.Client;
import org.playbook.ui.viewers.ItemProviderLabels;
import org.playbook.model.Strategy;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.InstanceFolder;

/**
 * The agency's clients and their strategies. The workspace is read in a background job;
 * files that could not be read are listed under their own node with the reason, so a
 * broken file is visible without hiding the clients that loaded.
 */
public class ClientsView extends ViewPart {
	/** The family of the job that loads the agency, for anyone who needs to wait for it. */
	public static final Object LOAD_FAMILY = new Object();

	private TreeViewer viewer;

	/** The node under which unreadable files are listed. */
	record UnreadableFiles(List<Diagnostic> problems) {
		@Override
		public String toString() {
			return problems.size() == 1 ? "1 file could not be read" : problems.size() + " files could not be read";
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new AgencyContent());
		viewer.setLabelProvider(new ItemProviderLabels(viewer.getControl()) {
			@Override
			public String getText(Object element) {
				return element instanceof Diagnostic d ? d.getMessage()
						: element instanceof UnreadableFiles node ? node.toString() : super.getText(element);
			}
		});
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(event -> open(((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement()));
		setContentDescription("Reading the workspace...");
		load();
	}

	private void load() {
		Job job = new Job("Reading the agency's clients") {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				Path root = InstanceFolder.get();
				if (root == null) {
					return Status.error("Playbook was started without a workspace folder (-data)");
				}
				Agency agency = new AgencyLoader().load(root);
				viewer.getControl().getDisplay().asyncExec(() -> show(agency));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == LOAD_FAMILY;
			}
		};
		job.schedule();
	}

	private void show(Agency agency) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(agency);
		setContentDescription(agency.getClients().size() + " clients in " + agency.getRoot().getFileName());
	}

	/** A strategy opens in its editor (whichever the registry has for *.playbook); a client folds or unfolds. */
	private void open(Object element) {
		if (element instanceof Strategy strategy && Agency.fileOf(strategy) != null) {
			try {
				IDE.openEditorOnFileStore(getSite().getPage(), EFS.getLocalFileSystem().getStore(Agency.fileOf(strategy).toUri()));
			} catch (PartInitException e) {
				ErrorDialog.openError(getSite().getShell(), "Cannot open the strategy", null, e.getStatus());
			}
		} else if (element != null) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private static final class AgencyContent implements ITreeContentProvider {
		private Agency agency;

		@Override
		public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
			agency = (Agency) newInput;
		}

		@Override
		public Object[] getElements(Object input) {
			Agency agency = (Agency) input;
			List<Object> roots = new ArrayList<>(agency.getClients());
			if (!agency.getProblems().isEmpty()) {
				roots.add(new UnreadableFiles(agency.getProblems()));
			}
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Client client) {
				return client.getStrategies().toArray();
			}
			return parent instanceof UnreadableFiles node ? node.problems().toArray() : new Object[0];
		}

		/** Needed to reveal and select a strategy whose client is still collapsed. */
		@Override
		public Object getParent(Object element) {
			if (agency == null) {
				return null;
			}
			if (element instanceof Strategy strategy) {
				return agency.getClients().stream().filter(c -> c.getStrategies().contains(strategy)).findFirst().orElse(null);
			}
			return element instanceof Diagnostic ? new UnreadableFiles(agency.getProblems()) : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
