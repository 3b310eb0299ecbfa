package org.playbook.ui.internal.branding;

import java.nio.file.Path;
import java.util.function.Consumer;

import java.util.Locale;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.playbook.branding.Brand;
import org.playbook.branding.Brands;

/**
 * The four fields of a brand, the same on the agency's preference page and on a client's
 * property page; the logo field refuses a file the pages could not show, with the reason.
 */
final class BrandFields {
	private BrandFields() {
	}

	/** Adds the fields through the page's {@code addField}; returns the logo field, which a client's page copies from. */
	static LogoField create(Composite parent, Path folder, Consumer<FieldEditor> page) {
		page.accept(new StringFieldEditor(Brands.NAME, Messages.Branding_name, parent));
		LogoField logo = new LogoField(parent, folder);
		page.accept(logo);
		page.accept(new ColourField(Brands.PRIMARY, Messages.Branding_primary, parent));
		page.accept(new ColourField(Brands.ACCENT, Messages.Branding_accent, parent));
		return logo;
	}

	/** The colours the page shows where nothing is set; a colour left so is not written, so a later change of them still reaches it. */
	static void showDefaults(IPreferenceStore store, Brand shown) {
		store.setDefault(Brands.PRIMARY, shown.primary());
		store.setDefault(Brands.ACCENT, shown.accent());
	}

	/**
	 * A colour field that keeps the colour as {@code #rrggbb}, as brands are read and as a
	 * person writes them in a shared settings file; JFace's own keeps {@code r,g,b} and shows
	 * anything else as black.
	 */
	static final class ColourField extends ColorFieldEditor {
		ColourField(String key, String label, Composite parent) {
			super(key, label, parent);
		}

		@Override
		protected void doLoad() {
			show(getPreferenceStore().getString(getPreferenceName()));
		}

		@Override
		protected void doLoadDefault() {
			show(getPreferenceStore().getDefaultString(getPreferenceName()));
		}

		@Override
		protected void doStore() {
			RGB rgb = getColorSelector().getColorValue();
			getPreferenceStore().setValue(getPreferenceName(), String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue)); //$NON-NLS-1$
		}

		/** A colour that is not {@code #rrggbb} shows as the default, as Brands reads it. */
		private void show(String colour) {
			String shown = Brand.isColour(colour) ? colour : getPreferenceStore().getDefaultString(getPreferenceName());
			if (getColorSelector() != null && Brand.isColour(shown)) {
				int value = Integer.parseInt(shown.substring(1), 16);
				getColorSelector().setColorValue(new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff));
			}
		}
	}

	/** A file field that takes an empty value (no logo of its own) or an image the pages can show; a relative path is in the folder given. */
	static final class LogoField extends FileFieldEditor {
		private final Path folder;

		LogoField(Composite parent, Path folder) {
			super(Brands.LOGO, Messages.Branding_logo, false, StringFieldEditor.VALIDATE_ON_KEY_STROKE, parent);
			this.folder = folder;
			setFileExtensions(new String[] { "*.png;*.jpg;*.jpeg", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
			setEmptyStringAllowed(true);
		}

		/** The file the field names, or null when empty. */
		Path file() {
			String path = getStringValue().strip();
			return path.isEmpty() ? null : folder == null ? Path.of(path) : folder.resolve(path);
		}

		void setFile(String path) {
			setStringValue(path);
		}

		@Override
		protected boolean checkState() {
			String problem = file() == null ? null : Brands.logoProblem(file());
			if (problem != null) {
				showErrorMessage(problem);
				return false;
			}
			clearErrorMessage();
			return true;
		}
	}
}
