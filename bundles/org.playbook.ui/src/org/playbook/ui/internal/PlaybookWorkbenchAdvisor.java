package org.playbook.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.playbook.ui.PlaybookUi;
import org.playbook.workspace.projects.ClientProjects;

public class PlaybookWorkbenchAdvisor extends WorkbenchAdvisor {
	/** The family of the job that turns client folders into projects, for anyone who must wait for it. */
	public static final Object ADOPT_FAMILY = new Object();

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// the images the IDE's views (Problems, Project Explorer) expect to find registered
		IDE.registerAdapters();
		// changes from outside reach the models (and the editors' questions) on the UI thread
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		org.playbook.workspace.models.ModelService.get().runChangesOn(change -> {
			if (!display.isDisposed()) {
				display.asyncExec(change);
			}
		});
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PlaybookUi.PERSPECTIVE_ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new PlaybookWindowAdvisor(configurer);
	}

	/** Client folders copied into the workspace folder (or the sample agency) become client projects, in the background. */
	@Override
	public void postStartup() {
		WorkspaceJob adopt = new WorkspaceJob(Messages.PlaybookWorkbenchAdvisor_addingClientFoldersTo) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ClientProjects.adoptFolders(monitor);
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ADOPT_FAMILY;
			}
		};
		adopt.setRule(ResourcesPlugin.getWorkspace().getRoot());
		adopt.schedule();
	}

	/** The workspace's state (projects, markers) is written when the workbench closes, as the IDE does. */
	@Override
	public boolean preShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		return true;
	}
}
