package org.playbook.editor;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.playbook.ui.viewers.FeatureValues;
import org.playbook.ui.viewers.ItemFeature;

/**
 * Labelled fields bound to model features with EMF databinding through the editing domain:
 * a change becomes a command on the stack (undoable, making the editor dirty) when the field
 * loses focus or a choice is made, and undo or a change elsewhere shows in the field at once.
 * Text a feature cannot take (a date that is not one) is marked on the field and changes
 * nothing.
 */
final class FieldBinder {
	private final FormToolkit toolkit;
	private final AdapterFactoryEditingDomain domain;
	private final DataBindingContext bindings;
	private final java.util.Map<Field, org.eclipse.swt.widgets.Control> fields = new java.util.LinkedHashMap<>();

	/** A field of the page: which feature of which element it edits. */
	record Field(EObject owner, EStructuralFeature feature) {
	}

	FieldBinder(FormToolkit toolkit, AdapterFactoryEditingDomain domain, DataBindingContext bindings) {
		this.toolkit = toolkit;
		this.domain = domain;
		this.bindings = bindings;
	}

	/** Text, a number or a date, typed. */
	/** How long a strategist pauses before what they typed counts as an edit. */
	static final int TYPING_PAUSE_MILLIS = 400;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	Text text(Composite parent, String label, EObject owner, EStructuralFeature feature, boolean multiLine) {
		caption(parent, label, multiLine);
		Text text = toolkit.createText(parent, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
		text.setLayoutData(fieldLayout(multiLine));
		text.setToolTipText(EcoreUtil.getDocumentation(feature));
		fields.put(new Field(owner, feature), text);
		// the model follows the typing after a short pause (and at once when the field is left):
		// the health summary keeps up, and the undo stack gets a command per pause, not per key
		IObservableValue target = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_PAUSE_MILLIS, text);
		IObservableValue model = EMFEditProperties.value(domain, feature).observe(owner);
		if (feature.getEType().getInstanceClass() == String.class) {
			bindings.bindValue(target, model);
		} else {
			UpdateValueStrategy toModel = new UpdateValueStrategy()
					.setAfterGetValidator(typed -> FeatureValues.parse(feature, (String) typed) == FeatureValues.REJECTED
							? ValidationStatus.error("Type " + FeatureValues.hint(feature) + (feature.isRequired() ? "" : ", or nothing"))
							: ValidationStatus.ok())
					.setConverter(IConverter.create(String.class, Object.class, typed -> FeatureValues.parse(feature, (String) typed)));
			UpdateValueStrategy toTarget = new UpdateValueStrategy()
					.setConverter(IConverter.create(Object.class, String.class, FeatureValues::format));
			Binding binding = bindings.bindValue(target, model, toModel, toTarget);
			ControlDecorationSupport.create(binding, SWT.TOP | SWT.LEFT);
		}
		return text;
	}

	/** One of an enumeration's literals or one of the model's elements, picked from a drop-down. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	ComboViewer choice(Composite parent, String label, EObject owner, EStructuralFeature feature) {
		caption(parent, label, false);
		ItemFeature item = ItemFeature.of(domain.getAdapterFactory(), owner, feature);
		ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo.getCombo());
		combo.getCombo().setLayoutData(fieldLayout(false));
		combo.getCombo().setToolTipText(EcoreUtil.getDocumentation(feature));
		fields.put(new Field(owner, feature), combo.getCombo());
		combo.setContentProvider(ArrayContentProvider.getInstance());
		combo.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object value) {
				return item.label(value == NONE ? null : value);
			}
		});
		combo.setInput(choicesOf(item, feature));
		IConverter toModel = IConverter.create(Object.class, Object.class, value -> value == NONE ? null : value);
		IConverter toTarget = IConverter.create(Object.class, Object.class, value -> value == null ? NONE : value);
		Binding binding = bindings.bindValue((IObservableValue) ViewerProperties.singleSelection().observe(combo),
				EMFEditProperties.value(domain, feature).observe(owner), new UpdateValueStrategy().setConverter(toModel),
				new UpdateValueStrategy().setConverter(toTarget));
		// the elements to pick from change as the strategy does (a role added on this page)
		AfterCommands.update(domain, combo.getCombo(), () -> {
			List<Object> choices = choicesOf(item, feature);
			if (!Objects.equals(choices, Arrays.asList((Object[]) combo.getInput()))) {
				combo.setInput(choices);
				binding.updateModelToTarget();
			}
		});
		return combo;
	}

	/** A yes-or-no feature as a check box. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	Button flag(Composite parent, String label, EObject owner, EStructuralFeature feature) {
		toolkit.createLabel(parent, "");
		Button check = toolkit.createButton(parent, label, SWT.CHECK);
		check.setToolTipText(EcoreUtil.getDocumentation(feature));
		fields.put(new Field(owner, feature), check);
		bindings.bindValue((IObservableValue) WidgetProperties.buttonSelection().observe(check),
				EMFEditProperties.value(domain, feature).observe(owner));
		return check;
	}

	/** A list of short texts (keywords, triggers, differentiators), one a line; the list is set in one command. */
	@SuppressWarnings("unchecked")
	Text lines(Composite parent, String label, EObject owner, EStructuralFeature feature) {
		caption(parent, label, true);
		Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.V_SCROLL);
		text.setLayoutData(fieldLayout(true));
		text.setToolTipText(NLS.bind(Messages.FieldBinder_oneALine, EcoreUtil.getDocumentation(feature)));
		fields.put(new Field(owner, feature), text);
		Runnable show = () -> {
			String shown = String.join("\n", (List<String>) owner.eGet(feature));
			if (!text.getText().replace("\r", "").equals(shown)) {
				text.setText(shown);
			}
		};
		show.run();
		text.addListener(SWT.FocusOut, event -> {
			List<String> typed = new ArrayList<>(text.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
			if (!typed.equals(owner.eGet(feature))) {
				domain.getCommandStack().execute(SetCommand.create(domain, owner, feature, typed));
			}
		});
		AfterCommands.update(domain, text, () -> {
			if (!text.isFocusControl()) {
				show.run();
			}
		});
		return text;
	}

	/** The fields made so far, for decorating them with the audit's findings. */
	java.util.Map<Field, org.eclipse.swt.widgets.Control> fields() {
		return fields;
	}

	/** The "(none)" entry of a drop-down for a value that may be left empty. */
	private static final Object NONE = new Object() {
		@Override
		public String toString() {
			return Messages.FieldBinder_none;
		}
	};

	private static List<Object> choicesOf(ItemFeature item, EStructuralFeature feature) {
		List<Object> choices = new ArrayList<>();
		if (!feature.isRequired() && !(feature.getEType() instanceof org.eclipse.emf.ecore.EEnum)) {
			choices.add(NONE);
		}
		choices.addAll(item.choices());
		return choices;
	}

	private void caption(Composite parent, String label, boolean top) {
		Label caption = toolkit.createLabel(parent, label);
		caption.setLayoutData(new GridData(SWT.LEFT, top ? SWT.TOP : SWT.CENTER, false, false));
	}

	private static GridData fieldLayout(boolean multiLine) {
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.widthHint = 300;
		if (multiLine) {
			layout.heightHint = 54;
		}
		return layout;
	}
}
