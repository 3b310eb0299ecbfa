package org.playbook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.intro.IIntroPart;
import org.junit.jupiter.api.Test;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.internal.PlaybookWorkbenchAdvisor;
import org.playbook.ui.internal.welcome.WelcomePage;

/** The welcome page: the three first tasks, each one click, and "don't show again". */
public class WelcomeTest {
	private static final long WAIT = 30_000;

	@Test
	public void theWelcomePageOffersTheFirstTasksEachOneClick() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		UiTestSupport.waitUntil(() -> Job.getJobManager().find(PlaybookWorkbenchAdvisor.ADOPT_FAMILY).length == 0, WAIT, "the sample clients");

		WelcomePage welcome = assertInstanceOf(WelcomePage.class, workbench.getIntroManager().showIntro(window, false));
		Hyperlink sample = laidOutLink(window, WelcomePage.Task.SAMPLE_STRATEGY);
		UiTestSupport.settle(window.getShell(), 300); // painted, for the picture
		UiTestSupport.screenshot(window.getShell(), "welcome");
		for (WelcomePage.Task task : WelcomePage.Task.values()) {
			assertNotNull(link(window, WelcomePage.label(task)), "a link for " + task);
		}

		click(sample);
		UiTestSupport.waitUntil(() -> window.getActivePage().getActiveEditor() != null, WAIT, "the sample strategy open");
		assertTrue(window.getActivePage().getActiveEditor().getTitle().contains("2026"), window.getActivePage().getActiveEditor().getTitle());
		assertTrue(workbench.getIntroManager().getIntro() == null, "the welcome page gives way to the work");

		workbench.getIntroManager().showIntro(window, false);
		click(laidOutLink(window, WelcomePage.Task.SEARCH_LIBRARY));
		UiTestSupport.waitUntil(() -> window.getActivePage().findView("org.playbook.library.ui.search") != null, WAIT, "the library's Search view");

		workbench.getIntroManager().showIntro(window, false);
		Hyperlink newClient = laidOutLink(window, WelcomePage.Task.NEW_CLIENT);
		boolean[] wizardShown = { false };
		UiTestSupport.whenDialogOpens("New Client", shell -> {
			wizardShown[0] = true;
			UiTestSupport.pressButton(shell, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
		});
		click(newClient);
		UiTestSupport.waitUntil(() -> wizardShown[0], WAIT, "the New Client wizard");

		IIntroPart again = workbench.getIntroManager().showIntro(window, false);
		UiTestSupport.waitUntil(() -> button(window, "Don't show this page again") != null, WAIT, "the welcome page's check box");
		org.eclipse.swt.widgets.Button dontShow = button(window, "Don't show this page again");
		assertFalse(WelcomePage.hidden());
		dontShow.setSelection(true);
		dontShow.notifyListeners(SWT.Selection, new Event());
		assertTrue(WelcomePage.hidden(), "not shown at the next start");
		dontShow.setSelection(false);
		dontShow.notifyListeners(SWT.Selection, new Event());
		workbench.getIntroManager().closeIntro(again);
		window.getActivePage().closeAllEditors(false);
	}

	/** The task's link once the page is laid out: a link takes a click inside its bounds only. */
	private static Hyperlink laidOutLink(IWorkbenchWindow window, WelcomePage.Task task) {
		String text = WelcomePage.label(task);
		UiTestSupport.waitUntil(() -> {
			Hyperlink link = link(window, text);
			return link != null && link.getSize().x > 0;
		}, WAIT, "the link " + text + " laid out");
		return link(window, text);
	}

	private static Hyperlink link(IWorkbenchWindow window, String text) {
		return find(window.getShell(), Hyperlink.class, link -> text.equals(link.getText()));
	}

	private static org.eclipse.swt.widgets.Button button(IWorkbenchWindow window, String text) {
		return find(window.getShell(), org.eclipse.swt.widgets.Button.class, button -> button.getText().startsWith(text));
	}

	private static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Composite parent, Class<T> type,
			java.util.function.Predicate<T> wanted) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (type.isInstance(child) && child.isVisible() && wanted.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				T found = find(composite, type, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** A click on a forms hyperlink, as SWT delivers it: the link's own listeners run. */
	private static void click(Hyperlink link) {
		assertNotNull(link, "the link is shown");
		assertTrue(link.getSize().x > 0, "the link is laid out");
		Event event = new Event();
		event.button = 1;
		link.notifyListeners(SWT.MouseDown, event);
		link.notifyListeners(SWT.MouseUp, event);
		UiTestSupport.flush();
	}
}
