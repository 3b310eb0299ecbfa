package org.playbook.ui.viewers;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A model tree as the generated EMF.Edit item providers define it (their children and
 * parents), for JFace tree viewers. The input is an array of the roots.
 */
public class ItemProviderContent implements ITreeContentProvider {
	private final AdapterFactory adapterFactory;

	public ItemProviderContent(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		return (Object[]) input;
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider content = provider(parent);
		return content == null ? new Object[0] : content.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider content = provider(element);
		return content == null ? null : content.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider content = provider(element);
		return content != null && content.hasChildren(element);
	}

	private ITreeItemContentProvider provider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}
}
