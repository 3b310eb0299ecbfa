package org.playbook.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.playbook.ui.PlaybookUi;

public class PlaybookWindowAdvisor extends WorkbenchWindowAdvisor {

	public PlaybookWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle(PlaybookUi.WINDOW_TITLE);
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowCoolBar(false);
	}
}
