package org.playbook.ui.internal.branding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.playbook.branding.Brands;

/**
 * A client's Properties > Branding: the brand its review packs and reports carry instead of
 * the agency's. Kept in the client project's preferences ({@value Brands#CLIENT_SETTINGS}),
 * with the logo copied beside them, so both travel with the client's folder. What the page
 * shows unchanged from the agency's is not written, so a later change of the agency's brand
 * still reaches this client.
 */
public class ClientBrandPropertyPage extends FieldEditorPreferencePage implements IWorkbenchPropertyPage {
	private IProject project;
	private BrandFields.LogoField logo;

	public ClientBrandPropertyPage() {
		super(GRID);
		setDescription(Messages.Branding_clientDescription);
	}

	@Override
	public IAdaptable getElement() {
		return project;
	}

	@Override
	public void setElement(IAdaptable element) {
		project = Adapters.adapt(element, IProject.class);
		ScopedPreferenceStore store = new ScopedPreferenceStore(new ProjectScope(project), Brands.QUALIFIER);
		BrandFields.showDefaults(store, Brands.agency());
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		logo = BrandFields.create(getFieldEditorParent(), folder(), this::addField);
	}

	@Override
	public boolean performOk() {
		Path chosen = logo.file();
		if (chosen != null && !chosen.toAbsolutePath().normalize().getParent().equals(folder())) {
			try {
				logo.setFile(copyIntoFolder(chosen));
			} catch (IOException | CoreException e) {
				setErrorMessage(NLS.bind(Messages.Branding_logoCopyFailed, e.getMessage()));
				return false;
			}
		}
		return super.performOk();
	}

	/** The logo copied into the client's folder as brand-logo.png (or .jpg), the workspace told; its name there. */
	private String copyIntoFolder(Path chosen) throws IOException, CoreException {
		String name = "brand-logo" + (chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? ".png" : ".jpg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Files.copy(chosen, folder().resolve(name), StandardCopyOption.REPLACE_EXISTING);
		project.getFile(name).refreshLocal(IResource.DEPTH_ZERO, null);
		return name;
	}

	private Path folder() {
		return project.getLocation().toPath().toAbsolutePath().normalize();
	}
}
