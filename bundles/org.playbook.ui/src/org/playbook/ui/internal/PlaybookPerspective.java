package org.playbook.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.playbook.ui.PlaybookUi;

/** Clients on the left, the strategy editor in the middle, outline and properties around it. */
public class PlaybookPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(PlaybookUi.CLIENTS_VIEW_ID, IPageLayout.LEFT, 0.25f, editors);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editors);
		IFolderLayout bottom = layout.createFolder("org.playbook.ui.bottom", IPageLayout.BOTTOM, 0.7f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(PlaybookUi.CLIENTS_VIEW_ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
