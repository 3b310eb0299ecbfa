package org.playbook.ui.viewers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * One feature of one element as its generated item provider describes it: the values it may
 * take (an enumeration's literals, the elements of the right type in the same model) and how
 * a value reads. Pickers in fields and table cells take their choices and labels from here,
 * so they offer what the Properties view offers.
 */
public final class ItemFeature {
	private final EObject object;
	private final IItemPropertyDescriptor descriptor;

	private ItemFeature(EObject object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	public static ItemFeature of(AdapterFactory adapterFactory, EObject object, EStructuralFeature feature) {
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		IItemPropertyDescriptor descriptor = source == null ? null
				: source.getPropertyDescriptors(object).stream().filter(d -> d.getFeature(object) == feature).findFirst().orElse(null);
		return new ItemFeature(object, descriptor);
	}

	/** The values that may be picked, without "none". */
	public List<Object> choices() {
		Collection<?> choices = descriptor == null ? null : descriptor.getChoiceOfValues(object);
		List<Object> result = new ArrayList<>();
		if (choices != null) {
			choices.stream().filter(Objects::nonNull).forEach(result::add);
		}
		return result;
	}

	/** How a value reads: an element by its name, a literal by its label ("X (Twitter)"), a date as 2026-12-31. */
	public String label(Object value) {
		if (value == null) {
			return Messages.ItemFeature_none;
		}
		if (value instanceof EObject element) {
			String name = nameOf(element);
			if (name != null) {
				return name;
			}
		}
		if (value instanceof Collection<?> values) {
			return values.isEmpty() ? Messages.ItemFeature_none : String.join(", ", values.stream().map(this::label).toList());
		}
		if (descriptor != null && !(value instanceof java.util.Date) && !(value instanceof Number)) {
			IItemLabelProvider labels = descriptor.getLabelProvider(object);
			return labels.getText(value);
		}
		return FeatureValues.format(value);
	}

	/** The first of name, title and description an element has: what a strategist calls it. */
	private static String nameOf(EObject element) {
		for (String candidate : List.of("name", "title", "description", "text")) {
			EStructuralFeature named = element.eClass().getEStructuralFeature(candidate);
			if (named instanceof EAttribute && element.eGet(named) instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return null;
	}
}
