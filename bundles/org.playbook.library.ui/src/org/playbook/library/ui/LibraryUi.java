package org.playbook.library.ui;

/** Ids of the library's workbench parts. */
public final class LibraryUi {
	public static final String PERSPECTIVE_ID = "org.playbook.library.ui.perspective";
	public static final String SEARCH_VIEW_ID = "org.playbook.library.ui.search";
	public static final String PRACTICE_VIEW_ID = "org.playbook.library.ui.practice";
	public static final String RELATED_VIEW_ID = "org.playbook.library.ui.related";

	private LibraryUi() {
	}
}
