package org.playbook.editor;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** The strategy's name, its "why" (after "Start with Why") and its positioning. */
final class OverviewPage extends FormPage {
	private final DataBindingContext bindings = new DataBindingContext();
	private Text why;

	OverviewPage(StrategyEditor editor) {
		super(editor, "overview", "Overview");
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		StrategyEditor editor = (StrategyEditor) getEditor();
		Strategy strategy = editor.strategy();
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(strategy.getName());
		form.getBody().setLayout(new GridLayout(1, false));
		FieldBinder fields = new FieldBinder(toolkit, editor.domain(), bindings);

		Composite general = section(toolkit, form, "Strategy", null);
		fields.text(general, "Name", strategy, Literals.STRATEGY__NAME, false);

		Composite purpose = section(toolkit, form, "Why",
				"Why the client exists and what it believes: people follow beliefs, not features. Making money is a result, not a why.");
		why = fields.text(purpose, "Why", strategy.getPurpose(), Literals.PURPOSE__WHY, true);
		fields.text(purpose, "Belief", strategy.getPurpose(), Literals.PURPOSE__BELIEF, true);
		fields.text(purpose, "Cause", strategy.getPurpose(), Literals.PURPOSE__CAUSE, true);

		Composite positioning = section(toolkit, form, "Positioning", "How the brand wants to be seen against its competitors.");
		fields.text(positioning, "Statement", strategy.getPositioning(), Literals.POSITIONING__STATEMENT, true);
	}

	private static Composite section(FormToolkit toolkit, ScrolledForm form, String title, String description) {
		Section section = toolkit.createSection(form.getBody(),
				ExpandableComposite.TITLE_BAR | (description != null ? Section.DESCRIPTION : SWT.NONE) | ExpandableComposite.EXPANDED);
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		section.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);
		return client;
	}

	Text whyText() {
		return why;
	}

	@Override
	public void dispose() {
		bindings.dispose();
		super.dispose();
	}
}
