package org.playbook.ui.viewers;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How a single attribute value (text, number, date, flag) reads when typed into a field or a
 * cell, and how typed text is read back. One place, so the editor's fields, its tables and
 * the Properties view agree: dates as 2026-12-31, whole numbers without ".0".
 */
public final class FeatureValues {
	/** What {@link #parse} answers for text that cannot be the feature's value: nothing changes. */
	public static final Object REJECTED = new Object();

	private FeatureValues() {
	}

	/** Whether values of this feature are typed as text (as opposed to picked or listed). */
	public static boolean isTyped(EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		return !feature.isMany() && type != null
				&& (type == String.class || type == Date.class || isNumber(type));
	}

	public static String format(Object value) {
		if (value instanceof Date date) {
			return dates().format(date);
		}
		if (value instanceof Double number) {
			return number == Math.rint(number) && !number.isInfinite() ? String.valueOf(number.longValue()) : String.valueOf(number);
		}
		return value == null ? "" : String.valueOf(value);
	}

	/**
	 * The value typed text stands for: null clears an optional value; {@link #REJECTED} for
	 * text that is not a value of the feature's type, or empty text for a required one.
	 */
	public static Object parse(EStructuralFeature feature, String typed) {
		String text = typed == null ? "" : typed.strip();
		Class<?> type = feature.getEType().getInstanceClass();
		if (text.isEmpty()) {
			return feature.isRequired() || type.isPrimitive() ? REJECTED : null;
		}
		try {
			if (type == Date.class) {
				return dates().parse(text);
			}
			if (type == Double.class || type == double.class) {
				return Double.valueOf(text.replace(",", ""));
			}
			if (type == Integer.class || type == int.class) {
				return Integer.valueOf(text.replace(",", "").replace("%", ""));
			}
			return text;
		} catch (ParseException | NumberFormatException e) {
			return REJECTED;
		}
	}

	/** A hint of what to type, for a tooltip or a field's message. */
	public static String hint(EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		return type == Date.class ? Messages.FeatureValues_aDateEG : isNumber(type) ? Messages.FeatureValues_aNumber : "text";
	}

	private static boolean isNumber(Class<?> type) {
		return type == Double.class || type == double.class || type == Integer.class || type == int.class;
	}

	private static SimpleDateFormat dates() {
		SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
		format.setLenient(false);
		return format;
	}
}
