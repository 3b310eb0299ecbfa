package org.playbook.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.playbook.model.Client;
import org.playbook.workspace.projects.ClientProjects;

/** The commands on clients: new client, new strategy, rename, archive, delete (each asks before it changes anything). */
public final class ClientHandlers {
	/** The titles of the questions asked, so tests can answer them. */
	public static final String RENAME_TITLE = Messages.ClientHandlers_renameClient, ARCHIVE_TITLE = Messages.ClientHandlers_archiveClient, DELETE_TITLE = Messages.ClientHandlers_deleteClient;

	private ClientHandlers() {
	}

	public static class NewClient extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			NewClientWizard wizard = new NewClientWizard();
			wizard.init(null, null);
			new WizardDialog(HandlerUtil.getActiveShellChecked(event), wizard).open();
			return wizard.created();
		}
	}

	public static class NewStrategy extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			NewStrategyWizard wizard = new NewStrategyWizard();
			wizard.init(null, HandlerUtil.getCurrentStructuredSelection(event));
			new WizardDialog(HandlerUtil.getActiveShellChecked(event), wizard).open();
			return wizard.created();
		}
	}

	public static class Rename extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			IProject project = selectedClient(event);
			Shell shell = HandlerUtil.getActiveShellChecked(event);
			String current = nameOf(project);
			InputDialog dialog = new InputDialog(shell, RENAME_TITLE, "New name for " + current + ":", current,
					typed -> typed.strip().equals(current) ? "" : ClientProjects.folderName(typed).equals(project.getName()) ? null
							: ClientProjects.validateName(typed));
			if (dialog.open() == Window.OK) {
				run(shell, Messages.ClientHandlers_theClientWasNot, () -> ClientProjects.rename(project, dialog.getValue(), null));
			}
			return null;
		}
	}

	public static class Archive extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			IProject project = selectedClient(event);
			Shell shell = HandlerUtil.getActiveShellChecked(event);
			if (MessageDialog.openConfirm(shell, ARCHIVE_TITLE, NLS.bind(Messages.ClientHandlers_archiveQuestion, nameOf(project)))) {
				run(shell, Messages.ClientHandlers_theClientWasNot2, () -> ClientProjects.archive(project));
			}
			return null;
		}
	}

	public static class Delete extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			IProject project = selectedClient(event);
			Shell shell = HandlerUtil.getActiveShellChecked(event);
			int strategies = ClientProjects.strategies(project).size();
			if (MessageDialog.openQuestion(shell, DELETE_TITLE, NLS.bind(strategies == 1 ? Messages.ClientHandlers_deleteQuestionOne : Messages.ClientHandlers_deleteQuestion,
					new Object[] { nameOf(project), strategies, project.getLocation().lastSegment() }))) {
				run(shell, Messages.ClientHandlers_theClientWasNot3, () -> ClientProjects.delete(project, null));
			}
			return null;
		}
	}

	static IProject selectedClient(ExecutionEvent event) throws ExecutionException {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		if (selection.getFirstElement() instanceof IResource resource && ClientProjects.isClient(resource.getProject())) {
			return resource.getProject();
		}
		throw new ExecutionException(Messages.ClientHandlers_selectAClientFirst);
	}

	public static String nameOf(IProject project) {
		return ClientProjects.nameOf(project);
	}

	private interface WorkspaceChange {
		void run() throws CoreException;
	}

	/** Runs the change as one workspace operation with progress; a failure is shown, never swallowed. */
	private static void run(Shell shell, String failure, WorkspaceChange change) {
		try {
			new ProgressMonitorDialog(shell).run(false, false, monitor -> {
				try {
					ResourcesPlugin.getWorkspace().run(m -> change.run(), monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			ErrorDialog.openError(shell, failure, null, ((CoreException) e.getCause()).getStatus());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
