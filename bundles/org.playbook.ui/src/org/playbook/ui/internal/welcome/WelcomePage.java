package org.playbook.ui.internal.welcome;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.IntroPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.playbook.workspace.projects.ClientProjects;

/**
 * The first page a new strategist sees: the three first tasks, each one click (open the
 * sample strategy and see its health, search the practice library, create a client from a
 * template), and "don't show this page again". Help > Welcome brings it back.
 */
public class WelcomePage extends IntroPart {
	/** The first tasks, in the order they are shown. */
	public enum Task {
		SAMPLE_STRATEGY, SEARCH_LIBRARY, NEW_CLIENT
	}

	static final String PREFERENCES = "org.playbook.ui";
	static final String HIDE = "welcome.hide";
	private static final String SEARCH_VIEW = "org.playbook.library.ui.search";
	private static final String NEW_CLIENT_COMMAND = "org.playbook.ui.newClient";

	private FormToolkit toolkit;
	private ScrolledForm form;
	private Button dontShow;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Welcome_title);
		form.getBody().setLayout(new GridLayout(1, false));
		toolkit.createLabel(form.getBody(), Messages.Welcome_intro, SWT.WRAP).setLayoutData(wide());
		for (Task task : Task.values()) {
			Hyperlink link = toolkit.createHyperlink(form.getBody(), label(task), SWT.NONE);
			link.setHref(task);
			link.setFont(parent.getFont());
			link.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent event) {
					run((Task) event.getHref());
				}
			});
			toolkit.createLabel(form.getBody(), description(task), SWT.WRAP).setLayoutData(wide());
		}
		dontShow = toolkit.createButton(form.getBody(), Messages.Welcome_dontShow, SWT.CHECK);
		dontShow.setSelection(hidden());
		dontShow.addListener(SWT.Selection, event -> setHidden(dontShow.getSelection()));
	}

	/** Does one of the first tasks, and leaves the welcome page for the work. */
	public void run(Task task) {
		IWorkbenchWindow window = getIntroSite().getWorkbenchWindow();
		try {
			switch (task) {
			case SAMPLE_STRATEGY -> {
				IFile sample = sampleStrategy();
				if (sample != null) {
					IDE.openEditor(window.getActivePage(), sample, "org.playbook.editor.strategy");
				}
			}
			case SEARCH_LIBRARY -> window.getActivePage().showView(SEARCH_VIEW);
			case NEW_CLIENT -> {
				window.getWorkbench().getIntroManager().closeIntro(this);
				ICommandService commands = window.getService(ICommandService.class);
				window.getService(IHandlerService.class)
						.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(NEW_CLIENT_COMMAND), Map.of()), null);
				return;
			}
			}
			window.getWorkbench().getIntroManager().closeIntro(this);
		} catch (PartInitException e) {
			ErrorDialog.openError(window.getShell(), Messages.Welcome_title, null, e.getStatus());
		} catch (Exception e) {
			ErrorDialog.openError(window.getShell(), Messages.Welcome_title, null, org.eclipse.core.runtime.Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	/** Harbor Roast's strategy, the strong one of the sample agency, or else any client's first strategy. */
	static IFile sampleStrategy() {
		IFile harbor = ResourcesPlugin.getWorkspace().getRoot().getProject("harbor-roast").getFile("2026-social.playbook");
		if (harbor.exists()) {
			return harbor;
		}
		for (IProject client : ClientProjects.clients(ResourcesPlugin.getWorkspace().getRoot())) {
			List<IFile> strategies = ClientProjects.strategies(client);
			if (!strategies.isEmpty()) {
				return strategies.get(0);
			}
		}
		return null;
	}

	/** Whether the strategist said not to show the page again. */
	public static boolean hidden() {
		return InstanceScope.INSTANCE.getNode(PREFERENCES).getBoolean(HIDE, false);
	}

	static void setHidden(boolean hidden) {
		InstanceScope.INSTANCE.getNode(PREFERENCES).putBoolean(HIDE, hidden);
		try {
			InstanceScope.INSTANCE.getNode(PREFERENCES).flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			// kept for this session; written with the workspace's other preferences
		}
	}

	public static String label(Task task) {
		return switch (task) {
		case SAMPLE_STRATEGY -> Messages.Welcome_sample;
		case SEARCH_LIBRARY -> Messages.Welcome_search;
		case NEW_CLIENT -> Messages.Welcome_newClient;
		};
	}

	private static String description(Task task) {
		return switch (task) {
		case SAMPLE_STRATEGY -> Messages.Welcome_sampleWhat;
		case SEARCH_LIBRARY -> Messages.Welcome_searchWhat;
		case NEW_CLIENT -> Messages.Welcome_newClientWhat;
		};
	}

	private static GridData wide() {
		GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
		layout.widthHint = 560;
		return layout;
	}

	Button dontShowButton() {
		return dontShow;
	}

	@Override
	public void standbyStateChanged(boolean standby) {
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
