package org.playbook.ui.viewers;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Labels and icons from the model's generated EMF.Edit item providers. EMF's own JFace
 * bridge (emf.edit.ui) is not on Maven Central, so this is the small part of it Playbook needs.
 */
public class ItemProviderLabels extends LabelProvider {
	private final AdapterFactory adapterFactory;
	private final boolean ownsFactory;
	private final LocalResourceManager images;

	/** Labels from all registered item providers; icons live as long as the owner control. */
	public ItemProviderLabels(Control owner) {
		this(owner, new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), true);
	}

	/** Labels from the given adapter factory, e.g. an editing domain's; the caller disposes it. */
	public ItemProviderLabels(Control owner, AdapterFactory adapterFactory) {
		this(owner, adapterFactory, false);
	}

	/** Labels from all registered item providers; icons live until {@link #dispose()} (for a viewer's own label provider). */
	public ItemProviderLabels() {
		this(null, new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), true);
	}

	private ItemProviderLabels(Control owner, AdapterFactory adapterFactory, boolean ownsFactory) {
		this.adapterFactory = adapterFactory;
		this.ownsFactory = ownsFactory;
		this.images = owner == null ? new LocalResourceManager(JFaceResources.getResources())
				: new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider != null ? provider.getText(element) : String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		Object image = provider != null ? provider.getImage(element) : null;
		return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
	}

	@Override
	public void dispose() {
		if (ownsFactory) {
			((ComposedAdapterFactory) adapterFactory).dispose();
			images.dispose();
		}
		super.dispose();
	}
}
