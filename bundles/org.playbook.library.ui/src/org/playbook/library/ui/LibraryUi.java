package org.playbook.library.ui;

/** Ids of the library's workbench parts. */
public final class LibraryUi {
	public static final String PERSPECTIVE_ID = "org.playbook.library.ui.perspective";
	public static final String SEARCH_VIEW_ID = "org.playbook.library.ui.search";
	public static final String PRACTICE_VIEW_ID = "org.playbook.library.ui.practice";
	public static final String RELATED_VIEW_ID = "org.playbook.library.ui.related";

	public static final String APPLY_COMMAND_ID = "org.playbook.library.ui.applyPractice";

	private LibraryUi() {
	}

	/** A context menu on a view's practice list that plugins can add to (its id is the view's). */
	static void contextMenu(org.eclipse.ui.IWorkbenchPartSite site, org.eclipse.jface.viewers.StructuredViewer viewer) {
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		site.registerContextMenu(menu, viewer);
	}
}
