package org.playbook.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the editor's workbench tests start from: the workbench page, the workspace folder, no editor left open after. */
abstract class EditorWorkbenchTest {
	static final long WAIT = 30_000;
	IWorkbenchPage page;
	Path workspace;

	@BeforeEach
	public void workbench() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		workspace = Path.of(Platform.getInstanceLocation().getURL().toURI());
	}

	@AfterEach
	public void closeEditors() {
		page.closeAllEditors(false);
	}
}
