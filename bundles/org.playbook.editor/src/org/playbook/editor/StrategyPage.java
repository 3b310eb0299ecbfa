package org.playbook.editor;

import java.util.function.Supplier;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.playbook.model.Strategy;

/**
 * A page of the strategy editor: titled sections, each a few bound fields or one table of
 * elements. Subclasses say which; binding, commands and refreshing are shared.
 */
abstract class StrategyPage extends FormPage {
	private final DataBindingContext bindings = new DataBindingContext();
	private final java.util.List<FeatureTable> tables = new java.util.ArrayList<>();
	private FormToolkit toolkit;
	private ScrolledForm form;
	private FieldBinder fields;

	StrategyPage(StrategyEditor editor, String id, String title) {
		super(editor, id, title); // a tab label: no "&", it would be read as a mnemonic
	}

	/** Builds the page's sections with {@link #fields(String, String)} and {@link #table}. */
	protected abstract void createSections(Strategy strategy);

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		toolkit = managedForm.getToolkit();
		form = managedForm.getForm();
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(form, "org.playbook.help.editor"); // F1
		form.setText(getTitle());
		form.getBody().setLayout(new GridLayout(1, false));
		fields = new FieldBinder(toolkit, editor().domain(), bindings);
		createSections(editor().strategy());
		if (editor().health() != null) {
			editor().health().listen(decorateFields);
			form.addDisposeListener(event -> editor().health().unlisten(decorateFields));
		}
	}

	private final java.util.Map<org.eclipse.swt.widgets.Control, org.eclipse.jface.fieldassist.ControlDecoration> decorations = new java.util.HashMap<>();

	/** A field whose feature the audit finds weak shows it beside the field, with the finding as its tooltip. */
	private final java.util.function.Consumer<org.playbook.audit.AuditReport> decorateFields = report -> {
		for (java.util.Map.Entry<FieldBinder.Field, org.eclipse.swt.widgets.Control> field : fields.fields().entrySet()) {
			org.eclipse.swt.widgets.Control control = field.getValue();
			if (control.isDisposed()) {
				continue;
			}
			org.playbook.audit.Finding finding = report.findings().stream()
					.filter(f -> f.element() == field.getKey().owner() && f.feature() == field.getKey().feature()).findFirst().orElse(null);
			org.eclipse.jface.fieldassist.ControlDecoration decoration = decorations.computeIfAbsent(control,
					c -> new org.eclipse.jface.fieldassist.ControlDecoration(c, SWT.LEFT | SWT.TOP));
			if (finding == null) {
				decoration.hide();
			} else {
				decoration.setImage(org.eclipse.jface.fieldassist.FieldDecorationRegistry.getDefault().getFieldDecoration(
						finding.severity() == org.playbook.audit.Severity.ERROR ? org.eclipse.jface.fieldassist.FieldDecorationRegistry.DEC_ERROR
								: org.eclipse.jface.fieldassist.FieldDecorationRegistry.DEC_WARNING).getImage());
				decoration.setDescriptionText(finding.message());
				decoration.show();
			}
		}
	};

	/** The decoration the audit put on a field, for tests: null if none is shown. */
	String findingShownAt(org.eclipse.swt.widgets.Control control) {
		org.eclipse.jface.fieldassist.ControlDecoration decoration = decorations.get(control);
		return decoration != null && decoration.isVisible() ? decoration.getDescriptionText() : null;
	}

	/** A section of labelled fields; add them with {@link #binder()}. */
	protected Composite fields(String title, String description) {
		Composite client = section(title, description, false);
		client.setLayout(new GridLayout(2, false));
		return client;
	}

	/** A section that is one table of the owner's list. */
	protected FeatureTable table(String title, String description, EObject owner, EReference list, Supplier<? extends EObject> newElement,
			String addLabel) {
		Composite client = section(title, description, true);
		client.setLayout(new GridLayout(1, false));
		FeatureTable table = new FeatureTable(toolkit, client, editor().domain(), owner, list, newElement, addLabel);
		tables.add(table);
		return table;
	}

	/** Selects the element in the first of this page's tables that holds it; false when none does. */
	boolean reveal(EObject element) {
		return tables.stream().anyMatch(table -> table.reveal(element));
	}

	protected FieldBinder binder() {
		return fields;
	}

	protected StrategyEditor editor() {
		return (StrategyEditor) getEditor();
	}

	protected ScrolledForm form() {
		return form;
	}

	private Composite section(String title, String description, boolean grab) {
		Section section = toolkit.createSection(form.getBody(),
				ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED
						| (description != null ? Section.DESCRIPTION : SWT.NONE));
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		section.setLayoutData(new GridData(SWT.FILL, grab ? SWT.FILL : SWT.TOP, true, grab));
		section.addExpansionListener(org.eclipse.ui.forms.events.IExpansionListener.expansionStateChangedAdapter(event -> form.reflow(true)));
		Composite client = toolkit.createComposite(section);
		section.setClient(client);
		return client;
	}

	@Override
	public void dispose() {
		bindings.dispose();
		super.dispose();
	}
}
