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

	/**
	 * The welcome page opens at every start until the strategist says not to (the workbench's
	 * own rule would show it once); -Dplaybook.welcome=false keeps it closed (the tests).
	 */
	@Override
	public void openIntro() {
		if (!Boolean.parseBoolean(System.getProperty("playbook.welcome", "true")) || org.playbook.ui.internal.welcome.WelcomePage.hidden()) {
			return;
		}
		getWindowConfigurer().getWindow().getWorkbench().getIntroManager().showIntro(getWindowConfigurer().getWindow(), false);
	}
}
