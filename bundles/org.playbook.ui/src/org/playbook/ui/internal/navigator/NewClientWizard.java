package org.playbook.ui.internal.navigator;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.playbook.workspace.projects.ClientProjects;

/** A new client: its name, industry and status, and a first strategy from a template, opened in the editor. */
public class NewClientWizard extends Wizard implements INewWizard {
	private NewClientPage page;
	private IProject created;

	public NewClientWizard() {
		setWindowTitle(Messages.NewClientWizard_newClient);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
	}

	@Override
	public void addPages() {
		page = new NewClientPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile[] strategy = new IFile[1];
		// read on the UI thread: the work below runs in a background thread with progress
		String name = page.clientName(), industry = page.industry(), strategyName = page.strategyName();
		org.playbook.model.ClientStatus status = page.status();
		org.playbook.workspace.templates.StrategyTemplate template = page.template();
		IWorkspaceRunnable create = monitor -> {
			created = ClientProjects.createClient(name, industry, status, template, strategyName, monitor);
			strategy[0] = ClientProjects.strategies(created).stream().findFirst().orElse(null);
		};
		try {
			getContainer().run(true, false, monitor -> {
				try {
					ResourcesPlugin.getWorkspace().run(create, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			CoreException cause = e.getCause() instanceof CoreException core ? core : null;
			ErrorDialog.openError(getShell(), Messages.NewClientWizard_theClientWasNot, null,
					cause != null ? cause.getStatus() : org.eclipse.core.runtime.Status.error(String.valueOf(e.getCause()), e.getCause()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (strategy[0] != null) {
			try {
				IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), strategy[0], true);
			} catch (PartInitException e) {
				ErrorDialog.openError(getShell(), "Cannot open the new strategy", null, e.getStatus());
			}
		}
		return true;
	}

	/** The project made by the last Finish, for whoever opened the wizard. */
	public IProject created() {
		return created;
	}

	NewClientPage page() {
		return page;
	}
}
