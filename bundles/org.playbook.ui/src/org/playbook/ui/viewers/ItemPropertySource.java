package org.playbook.ui.viewers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's side of the generated item providers' property descriptors (EMF's
 * own bridge, emf.edit.ui, is not on Maven Central). Names, categories and descriptions come
 * from the genmodel. A change goes through the item descriptor, which makes it a command on
 * the element's editing domain, so it is undone like any other edit. Text, numbers and
 * choices (enumerations, references), dates and flags can be edited here; lists are shown
 * (their tables and pickers are in the editor's pages).
 */
public class ItemPropertySource implements IPropertySource {
	private final Object object;
	private final IItemPropertySource source;

	public ItemPropertySource(AdapterFactory adapterFactory, Object object) {
		this.object = object;
		this.source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return source == null ? new IPropertyDescriptor[0]
				: source.getPropertyDescriptors(object).stream().map(Descriptor::new).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return unwrap(descriptor(id).getPropertyValue(object));
	}

	@Override
	public boolean isPropertySet(Object id) {
		return descriptor(id).isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		descriptor(id).resetPropertyValue(object);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		Object current = unwrap(descriptor.getPropertyValue(object));
		Object converted = value instanceof String text && descriptor.getFeature(object) instanceof EStructuralFeature feature
				&& FeatureValues.isTyped(feature) ? FeatureValues.parse(feature, text) : value;
		if (converted != FeatureValues.REJECTED && !Objects.equals(converted, current)) {
			descriptor.setPropertyValue(object, converted);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return source.getPropertyDescriptor(object, id);
	}

	/** Descriptors hand values out wrapped, for their labels; editors work on the values. */
	private static Object unwrap(Object value) {
		return value instanceof ItemPropertyDescriptor.PropertyValueWrapper wrapper ? wrapper.getEditableValue(null) : value;
	}

	/** One property as the Properties view shows it. */
	private final class Descriptor extends PropertyDescriptor {
		private final IItemPropertyDescriptor item;
		private final IItemLabelProvider labels;

		Descriptor(IItemPropertyDescriptor item) {
			super(item.getId(object), item.getDisplayName(object));
			this.item = item;
			this.labels = item.getLabelProvider(object);
			setCategory(item.getCategory(object));
			setDescription(item.getDescription(object));
			setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object value) {
					Object plain = unwrap(value);
					return plain instanceof java.util.Date ? FeatureValues.format(plain) : labels.getText(value);
				}
			});
		}

		@Override
		public CellEditor createPropertyEditor(Composite parent) {
			if (!item.canSetProperty(object) || item.isMany(object)) {
				return null;
			}
			Collection<?> choices = item.getChoiceOfValues(object);
			if (choices != null && !choices.isEmpty()) {
				return new ChoiceCellEditor(parent, new ArrayList<>(choices));
			}
			if (item.getFeature(object) instanceof EStructuralFeature feature) {
				Class<?> type = feature.getEType().getInstanceClass();
				if (type == Boolean.class || type == boolean.class) {
					return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE));
				}
				return FeatureValues.isTyped(feature) ? new ValueTextCellEditor(parent) : null;
			}
			return null;
		}

		/** A drop-down of the allowed values, shown by their labels, speaking values (not indexes) to the sheet. */
		private final class ChoiceCellEditor extends ComboBoxCellEditor {
			private final List<Object> choices;

			ChoiceCellEditor(Composite parent, List<Object> choices) {
				super(parent, choices.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
				this.choices = choices;
			}

			@Override
			protected Object doGetValue() {
				int index = (Integer) super.doGetValue();
				return index >= 0 && index < choices.size() ? choices.get(index) : null;
			}

			@Override
			protected void doSetValue(Object value) {
				super.doSetValue(Integer.valueOf(Math.max(0, choices.indexOf(unwrap(value)))));
			}
		}
	}

	/** Text for a string or a number. */
	private static final class ValueTextCellEditor extends TextCellEditor {
		ValueTextCellEditor(Composite parent) {
			super(parent);
		}

		@Override
		protected void doSetValue(Object value) {
			Object plain = unwrap(value);
			super.doSetValue(FeatureValues.format(plain));
		}
	}
}
