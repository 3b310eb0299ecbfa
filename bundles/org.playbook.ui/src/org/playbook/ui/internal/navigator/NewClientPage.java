package org.playbook.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.playbook.model.ClientStatus;
import org.playbook.workspace.projects.ClientProjects;
import org.playbook.workspace.templates.StrategyTemplate;

/** The new client's details and its first strategy's template and name. */
public final class NewClientPage extends WizardPage {
	private Text name;
	private Text industry;
	private Combo status;
	private TemplateList templates;
	private Text strategyName;

	NewClientPage() {
		super("client");
		setTitle(Messages.NewClientPage_newClient);
		setDescription(Messages.NewClientPage_aClientKeepsIts);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.newClient"); // F1
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		name = field(body, Messages.NewClientPage_clientName);
		industry = field(body, Messages.NewClientPage_industry);
		new Label(body, SWT.NONE).setText(Messages.NewClientPage_status);
		status = new Combo(body, SWT.READ_ONLY);
		ClientStatus.VALUES.forEach(value -> status.add(ClientsNavigator.label(value)));
		status.select(ClientStatus.ACTIVE.getValue());
		Label first = new Label(body, SWT.NONE);
		first.setText(Messages.NewClientPage_firstStrategyFromThe);
		first.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
		templates = new TemplateList(body, this::validate);
		strategyName = field(body, Messages.NewClientPage_strategyName);
		strategyName.setText(NLS.bind(Messages.NewClientPage_yearSocialStrategy, String.valueOf(java.time.Year.now())));
		name.addListener(SWT.Modify, event -> validate());
		strategyName.addListener(SWT.Modify, event -> validate());
		setControl(body);
		name.setFocus();
	}

	private static Text field(Composite body, String label) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	private void validate() {
		if (name == null || strategyName == null) {
			return;
		}
		String problem = ClientProjects.validateName(name.getText());
		if (problem == null && templates.selected() == null) {
			problem = Messages.NewClientPage_pickATemplateFor;
		}
		if (problem == null && strategyName.getText().isBlank()) {
			problem = Messages.NewClientPage_giveTheFirstStrategy;
		}
		setErrorMessage(name.getText().isEmpty() ? null : problem);
		setPageComplete(problem == null);
	}

	String clientName() {
		return name.getText();
	}

	String industry() {
		return industry.getText();
	}

	ClientStatus status() {
		return ClientStatus.get(status.getSelectionIndex());
	}

	StrategyTemplate template() {
		return templates.selected();
	}

	String strategyName() {
		return strategyName.getText();
	}

	/** Fills the page as a strategist would type; for tests. */
	public void fill(String clientName, String clientIndustry, String templateId, String strategy) {
		name.setText(clientName);
		industry.setText(clientIndustry);
		templates.select(templateId);
		strategyName.setText(strategy);
	}
}
