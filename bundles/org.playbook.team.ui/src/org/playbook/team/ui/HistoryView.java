package org.playbook.team.ui;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.playbook.team.AgencyRepository;
import org.playbook.team.Revision;
import org.playbook.team.TeamException;
import org.playbook.ui.viewers.Columns;

/**
 * The commits of the strategy or client selected anywhere (the Clients view, an editor's
 * Outline): when, which revision, who, and what they said. Double-click a commit to see
 * what it changed, element by element.
 */
public class HistoryView extends ViewPart {
	public static final String ID = "org.playbook.team.ui.history";
	private TableViewer viewer;
	private IFile shown;

	private final ISelectionListener follow = (IWorkbenchPart part, ISelection selection) -> {
		if (part != this && selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IFile file = TeamFiles.fileOf(structured.getFirstElement());
			if (file != null) {
				show(file);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.history"); // F1
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.<Object>add(viewer, Messages.History_when, 130, row -> row instanceof Revision r ? CompareWithRevisionHandler.WHEN.format(r.when()) : "", null);
		Columns.<Object>add(viewer, Messages.History_revision, 80, row -> row instanceof Revision r ? r.shortId() : "", null);
		Columns.<Object>add(viewer, Messages.History_author, 140, row -> row instanceof Revision r ? r.author() : "", null);
		Columns.<Object>add(viewer, Messages.History_message, 420, row -> row instanceof Revision r ? r.message() : String.valueOf(row), null);
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Revision revision) {
				showChanges(revision);
			}
		});
		getSite().getPage().addPostSelectionListener(follow);
		getSite().setSelectionProvider(viewer);
		viewer.setInput(List.of(Messages.History_notShared));
	}

	/** Shows the file's commits. */
	public void show(IFile file) {
		shown = file;
		try (AgencyRepository repository = AgencyRepository.open(file.getLocation().toPath().getParent())) {
			List<Revision> revisions = repository.history(file.getLocation().toPath(), 500);
			setContentDescription(file.getFullPath().makeRelative().toString());
			viewer.setInput(revisions.isEmpty() ? List.of(org.eclipse.osgi.util.NLS.bind(Messages.Compare_noHistory, file.getName())) : revisions);
		} catch (TeamException e) {
			setContentDescription(file.getFullPath().makeRelative().toString());
			viewer.setInput(List.of(Messages.History_notShared));
		}
	}

	private void showChanges(Revision revision) {
		try (AgencyRepository repository = AgencyRepository.open(shown.getLocation().toPath().getParent())) {
			new ChangesDialog(getSite().getShell(), shown.getName(), revision.shortId() + "~1", CompareWithRevisionHandler.describe(revision),
					TeamFiles.ofCommit(repository, shown, revision.id())).open();
		} catch (TeamException | java.io.IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Failed_title, e.getMessage());
		}
	}

	TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(follow);
		super.dispose();
	}
}
