package org.playbook.editor;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Labelled text fields bound to model features with EMF databinding through the editing
 * domain: a change becomes a command on the stack (undoable, making the editor dirty) when
 * the field loses focus, and undo or a change elsewhere shows in the field at once.
 */
final class FieldBinder {
	private final FormToolkit toolkit;
	private final EditingDomain domain;
	private final DataBindingContext bindings;

	FieldBinder(FormToolkit toolkit, EditingDomain domain, DataBindingContext bindings) {
		this.toolkit = toolkit;
		this.domain = domain;
		this.bindings = bindings;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	Text text(Composite parent, String label, EObject owner, EStructuralFeature feature, boolean multiLine) {
		Label caption = toolkit.createLabel(parent, label);
		caption.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.LEFT, multiLine ? SWT.TOP : SWT.CENTER, false, false));
		Text text = toolkit.createText(parent, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
		org.eclipse.swt.layout.GridData layout = new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.widthHint = 300;
		if (multiLine) {
			layout.heightHint = 54;
		}
		text.setLayoutData(layout);
		text.setToolTipText(org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(feature));
		bindings.bindValue((org.eclipse.core.databinding.observable.value.IObservableValue) WidgetProperties.text(SWT.FocusOut).observe(text),
				EMFEditProperties.value(domain, feature).observe(owner));
		return text;
	}
}
