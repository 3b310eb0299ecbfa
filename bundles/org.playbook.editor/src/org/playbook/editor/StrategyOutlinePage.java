package org.playbook.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.playbook.model.Strategy;

/**
 * The strategy as a tree in the Outline view, from the generated EMF.Edit item providers
 * (their children and labels). Selecting an element tells the workbench, so Related
 * Practices shows what the library says about it. Refreshed after every command.
 */
final class StrategyOutlinePage extends ContentOutlinePage {
	private final AdapterFactory adapterFactory;
	private final StrategyEditor editor;
	private CommandStackListener refresh;

	StrategyOutlinePage(StrategyEditor editor, AdapterFactory adapterFactory) {
		this.editor = editor;
		this.adapterFactory = adapterFactory;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer tree = getTreeViewer();
		tree.setContentProvider(new ItemProviderContent());
		LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources(), tree.getControl());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
				return labels != null ? labels.getText(element) : String.valueOf(element);
			}

			@Override
			public Image getImage(Object element) {
				IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
				Object image = labels != null ? labels.getImage(element) : null;
				return image instanceof java.net.URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
			}
		});
		Strategy strategy = editor.strategy();
		tree.setInput(new Object[] { strategy });
		tree.expandToLevel(2);
		refresh = event -> tree.getControl().getDisplay().asyncExec(() -> {
			if (!tree.getControl().isDisposed()) {
				tree.refresh();
			}
		});
		editor.domain().getCommandStack().addCommandStackListener(refresh);
	}

	TreeViewer treeViewer() {
		return getTreeViewer();
	}

	@Override
	public void dispose() {
		if (refresh != null) {
			editor.domain().getCommandStack().removeCommandStackListener(refresh);
		}
		super.dispose();
	}

	/** Children as the item providers define them; the input is an array holding the root. */
	private final class ItemProviderContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return (Object[]) input;
		}

		@Override
		public Object[] getChildren(Object parent) {
			ITreeItemContentProvider content = (ITreeItemContentProvider) adapterFactory.adapt(parent, ITreeItemContentProvider.class);
			return content == null ? new Object[0] : content.getChildren(parent).toArray();
		}

		@Override
		public Object getParent(Object element) {
			ITreeItemContentProvider content = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
			return content == null ? null : content.getParent(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			ITreeItemContentProvider content = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
			return content != null && content.hasChildren(element);
		}
	}
}
