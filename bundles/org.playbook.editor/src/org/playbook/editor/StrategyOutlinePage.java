package org.playbook.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.playbook.model.Strategy;
import org.playbook.ui.viewers.ItemProviderContent;
import org.playbook.ui.viewers.ItemProviderLabels;

/**
 * The strategy as a tree in the Outline view, from the generated EMF.Edit item providers
 * (their children and labels). Selecting an element tells the workbench, so Related
 * Practices shows what the library says about it. Refreshed after every command.
 */
final class StrategyOutlinePage extends ContentOutlinePage {
	private final AdapterFactory adapterFactory;
	private final StrategyEditor editor;

	StrategyOutlinePage(StrategyEditor editor, AdapterFactory adapterFactory) {
		this.editor = editor;
		this.adapterFactory = adapterFactory;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer tree = getTreeViewer();
		tree.setContentProvider(new ItemProviderContent(adapterFactory));
		tree.setLabelProvider(new ItemProviderLabels(tree.getControl(), adapterFactory));
		Strategy strategy = editor.strategy();
		tree.setInput(new Object[] { strategy });
		tree.expandToLevel(2);
		org.playbook.ui.viewers.ViewerFollower.tree(tree, strategy);
	}

	TreeViewer treeViewer() {
		return getTreeViewer();
	}

}
