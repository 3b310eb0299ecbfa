package org.playbook.team.merge;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.common.util.Enumerator;

/**
 * Elements and values as a strategist reads them in a difference or a conflict: the item
 * providers' labels ("Goal 'Grow online bean sales'"), features as words, numbers without
 * a needless ".0", dates as days, enumerations by their labels.
 */
final class ModelLabels {
	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

	String element(EObject element) {
		String type = words(element.eClass().getName());
		type = Character.toUpperCase(type.charAt(0)) + type.substring(1);
		String text = null;
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
			text = labels.getText(element);
		}
		if (text == null || text.isBlank()) {
			EStructuralFeature name = element.eClass().getEStructuralFeature("name");
			Object value = name == null ? null : element.eGet(name);
			return value == null ? type : type + " '" + value + "'";
		}
		// the item providers' labels start with the type's name ("Calendar Entry 2026-01-06"): say it once
		String rest = text;
		for (String prefix : new String[] { element.eClass().getName() + " ", type + " " }) {
			if (rest.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
				rest = rest.substring(prefix.length());
				break;
			}
		}
		return rest.isBlank() || rest.equals(element.eClass().getName()) ? type : type + " '" + rest.strip() + "'";
	}

	/** A feature's name as words: postsPerWeek is "posts per week". */
	static String words(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	String value(Object value) {
		if (value == null) {
			return "(none)";
		}
		if (value instanceof EObject element) {
			return element(element);
		}
		if (value instanceof Collection<?> values) {
			return values.isEmpty() ? "(none)" : values.stream().map(this::value).collect(Collectors.joining(", "));
		}
		if (value instanceof Double number) {
			DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
			return format.format(number);
		}
		if (value instanceof Date date) {
			return new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(date);
		}
		if (value instanceof Enumerator literal) {
			return org.playbook.model.labels.Labels.of(literal);
		}
		return "\"" + value + "\"";
	}

	/** The value of a feature, labelled. */
	String value(EObject owner, EStructuralFeature feature) {
		return value(owner == null ? null : owner.eGet(feature));
	}

	void dispose() {
		adapterFactory.dispose();
	}
}
