package org.playbook.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.playbook.model.Client;
import org.playbook.model.ClientStatus;
import org.playbook.workspace.projects.ClientProjects;

/**
 * The agency's clients (Common Navigator): clients, their strategies and each strategy's
 * sections, with a filter bar above (name, industry, status) that a strategist with hundreds
 * of clients types into. Double-clicking a strategy or a section opens the strategy editor.
 */
public class ClientsNavigator extends CommonNavigator {
	public static final String ID = "org.playbook.ui.clients";
	static final String ANY_INDUSTRY = Messages.ClientsNavigator_allIndustries, NOT_ARCHIVED = Messages.ClientsNavigator_notArchived;

	private final ClientFilter filter = new ClientFilter();
	private Text name;
	private Combo industry;
	private Combo status;

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.clients"); // F1
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		body.setLayout(layout);
		createFilterBar(body);
		super.createPartControl(body);
		getCommonViewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		getCommonViewer().addFilter(filter);
		updateIndustries();
		getCommonViewer().getControl().addListener(SWT.Paint, event -> updateDescription());
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 2;
		bar.setLayout(layout);
		name = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		name.setMessage(Messages.ClientsNavigator_filterClientsByName);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.addListener(SWT.Modify, event -> applyFilter());
		industry = new Combo(bar, SWT.READ_ONLY);
		industry.setItems(ANY_INDUSTRY);
		industry.select(0);
		industry.addListener(SWT.Selection, event -> applyFilter());
		industry.addListener(SWT.MouseDown, event -> updateIndustries());
		status = new Combo(bar, SWT.READ_ONLY);
		List<String> statuses = new ArrayList<>(List.of(NOT_ARCHIVED));
		ClientStatus.VALUES.forEach(value -> statuses.add(label(value)));
		status.setItems(statuses.toArray(String[]::new));
		status.select(0);
		status.addListener(SWT.Selection, event -> applyFilter());
	}

	/** Filters as the bar says; public so tests drive the bar exactly as typing does. */
	public void applyFilter() {
		ClientStatus chosen = status.getSelectionIndex() <= 0 ? null : ClientStatus.VALUES.get(status.getSelectionIndex() - 1);
		String chosenIndustry = industry.getSelectionIndex() <= 0 ? null : industry.getText();
		if (filter.set(name.getText(), chosenIndustry, chosen)) {
			getCommonViewer().refresh();
			lastShown = -1;
			updateDescription();
		}
	}

	/** The industries of the workspace's clients, offered in the drop-down (read from the clients already loaded). */
	private void updateIndustries() {
		TreeSet<String> industries = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (IProject project : ClientProjects.clients(ResourcesPlugin.getWorkspace().getRoot())) {
			Client client = Navigation.clientOf(project);
			if (client != null && client.getIndustry() != null && !client.getIndustry().isBlank()) {
				industries.add(client.getIndustry());
			}
		}
		String current = industry.getText();
		List<String> items = new ArrayList<>(List.of(ANY_INDUSTRY));
		items.addAll(industries);
		if (!items.equals(List.of(industry.getItems()))) {
			industry.setItems(items.toArray(String[]::new));
			industry.select(Math.max(0, items.indexOf(current)));
		}
	}

	private int lastShown = -1;

	/** "12 of 2,000 clients": recounted when the number of rows changes, not at every paint. */
	private void updateDescription() {
		int shown = getCommonViewer().getTree().getItemCount();
		if (shown == lastShown) {
			return;
		}
		lastShown = shown;
		int all = ClientProjects.clients(ResourcesPlugin.getWorkspace().getRoot()).size();
		setContentDescription(shown == all ? NLS.bind(Messages.ClientsNavigator_clients, all) : NLS.bind(Messages.ClientsNavigator_shownOfClients, shown, all));
	}

	@Override
	protected Object getInitialInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	protected void handleDoubleClick(DoubleClickEvent event) {
		Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
		IFile file = element instanceof IFile f && ClientsContent.isStrategy(f) ? f
				: element instanceof EObject section ? Navigation.fileOf(section) : null;
		if (file == null) {
			super.handleDoubleClick(event); // folds and unfolds
			return;
		}
		try {
			IDE.openEditor(getSite().getPage(), file, true);
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), "Cannot open the strategy", null, e.getStatus());
		}
	}

	static String label(ClientStatus status) {
		String literal = status.getLiteral();
		return Character.toUpperCase(literal.charAt(0)) + literal.substring(1);
	}

	public Text nameFilter() {
		return name;
	}

	public Combo industryFilter() {
		return industry;
	}

	public Combo statusFilter() {
		return status;
	}
}
