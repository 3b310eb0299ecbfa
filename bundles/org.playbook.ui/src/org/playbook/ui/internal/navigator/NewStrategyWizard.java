package org.playbook.ui.internal.navigator;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.playbook.workspace.projects.ClientProjects;

/** Another strategy for a client, from a template, opened in the editor. */
public class NewStrategyWizard extends Wizard implements INewWizard {
	private IProject preselected;
	private StrategyPage page;
	private IFile created;

	public NewStrategyWizard() {
		setWindowTitle(Messages.NewStrategyWizard_newStrategy);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		preselected = first instanceof IResource resource ? resource.getProject() : null;
	}

	@Override
	public void addPages() {
		page = new StrategyPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		// read on the UI thread: the work below runs in a background thread with progress
		IProject client = page.client();
		org.playbook.workspace.templates.StrategyTemplate template = page.templates.selected();
		String name = page.name();
		try {
			getContainer().run(true, false, monitor -> {
				try {
					ResourcesPlugin.getWorkspace().run(m -> created = ClientProjects.createStrategy(client, template, name, m), monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), created, true);
		} catch (InvocationTargetException e) {
			ErrorDialog.openError(getShell(), "The strategy was not created", null, ((CoreException) e.getCause()).getStatus());
			return false;
		} catch (PartInitException e) {
			ErrorDialog.openError(getShell(), "Cannot open the new strategy", null, e.getStatus());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	public IFile created() {
		return created;
	}

	/** Which client, which template, what name. */
	private final class StrategyPage extends WizardPage {
		private List<IProject> clients;
		private Combo client;
		private TemplateList templates;
		private Text name;

		StrategyPage() {
			super("strategy");
			setTitle(Messages.NewStrategyWizard_newStrategy2);
			setDescription(Messages.NewStrategyWizard_startFromATemplate);
		}

		@Override
		public void createControl(Composite parent) {
			org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.newStrategy"); // F1
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			new Label(body, SWT.NONE).setText(Messages.NewStrategyWizard_client);
			client = new Combo(body, SWT.READ_ONLY);
			client.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			clients = ClientProjects.clients(ResourcesPlugin.getWorkspace().getRoot());
			clients.forEach(project -> client.add(ClientHandlers.nameOf(project)));
			client.select(Math.max(0, clients.indexOf(preselected)));
			Label template = new Label(body, SWT.NONE);
			template.setText(Messages.NewStrategyWizard_template);
			template.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
			templates = new TemplateList(body, this::validate);
			new Label(body, SWT.NONE).setText(Messages.NewStrategyWizard_name);
			name = new Text(body, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.addListener(SWT.Modify, event -> validate());
			client.addListener(SWT.Selection, event -> validate());
			setControl(body);
			validate();
		}

		private void validate() {
			if (name == null) {
				return;
			}
			String problem = clients.isEmpty() ? Messages.NewStrategyWizard_createAClientFirst : ClientProjects.validateStrategyName(client(), name.getText());
			if (problem == null && templates.selected() == null) {
				problem = Messages.NewStrategyWizard_pickATemplate;
			}
			setErrorMessage(name.getText().isEmpty() ? null : problem);
			setPageComplete(problem == null);
		}

		IProject client() {
			return clients.isEmpty() ? null : clients.get(Math.max(0, client.getSelectionIndex()));
		}

		String name() {
			return name.getText();
		}
	}
}
