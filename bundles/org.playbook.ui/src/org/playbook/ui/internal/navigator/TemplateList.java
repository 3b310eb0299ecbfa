package org.playbook.ui.internal.navigator;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.playbook.workspace.templates.StrategyTemplate;
import org.playbook.workspace.templates.StrategyTemplates;

/** The strategy templates to pick from (built in and contributed by plugins), each with its description below. */
final class TemplateList {
	private final TableViewer viewer;
	private final Label description;

	TemplateList(Composite parent, Runnable changed) {
		List<StrategyTemplate> templates = StrategyTemplates.all();
		viewer = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		layout.heightHint = 90;
		viewer.getTable().setLayoutData(layout);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object template) {
				return ((StrategyTemplate) template).name();
			}
		});
		viewer.setInput(templates);
		description = new Label(parent, SWT.WRAP);
		GridData text = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		text.widthHint = 400;
		text.heightHint = 48;
		description.setLayoutData(text);
		viewer.addSelectionChangedListener(event -> {
			StrategyTemplate template = selected();
			description.setText(template == null ? "" : template.description());
			changed.run();
		});
		if (!templates.isEmpty()) {
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(templates.get(0)));
		}
	}

	StrategyTemplate selected() {
		return (StrategyTemplate) viewer.getStructuredSelection().getFirstElement();
	}

	void select(String templateId) {
		for (Object template : (List<?>) viewer.getInput()) {
			if (((StrategyTemplate) template).id().equals(templateId)) {
				viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(template), true);
			}
		}
	}
}
