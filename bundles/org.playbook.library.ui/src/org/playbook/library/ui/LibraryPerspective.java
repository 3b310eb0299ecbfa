package org.playbook.library.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** For the researcher: search on the left, the practice in the middle, related practices on the right. */
public class LibraryPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(LibraryUi.SEARCH_VIEW_ID, IPageLayout.LEFT, 0.45f, editors);
		layout.addView(LibraryUi.PRACTICE_VIEW_ID, IPageLayout.RIGHT, 0.45f, editors);
		layout.addView(LibraryUi.RELATED_VIEW_ID, IPageLayout.BOTTOM, 0.65f, LibraryUi.PRACTICE_VIEW_ID);
		layout.addShowViewShortcut(LibraryUi.SEARCH_VIEW_ID);
		layout.addShowViewShortcut(LibraryUi.PRACTICE_VIEW_ID);
		layout.addShowViewShortcut(LibraryUi.RELATED_VIEW_ID);
	}
}
