package org.playbook.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.internal.base.BaseHelpSystem;
import org.eclipse.help.internal.server.WebappManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.playbook.audit.AuditRules;
import org.playbook.tests.support.UiTestSupport;

/**
 * Help as a new user finds it: the user guide served by the help server (its topics, the
 * generated rule and command topics, search), and F1 in every view opening its context.
 */
public class HelpTest {
	private static final long WAIT = 30_000;
	/** Each view and the context its F1 opens. */
	private static final Map<String, String> VIEWS = Map.of("org.playbook.ui.clients", "org.playbook.help.clients",
			"org.playbook.library.ui.search", "org.playbook.help.search", "org.playbook.library.ui.practice", "org.playbook.help.practice",
			"org.playbook.library.ui.related", "org.playbook.help.related");

	@Test
	public void theUserGuideIsServedWithTopicsMadeFromTheRulesAndTheCommands() throws Exception {
		BaseHelpSystem.ensureWebappRunning();
		int port = WebappManager.getPort();
		assertTrue(port > 0, "the help server runs");
		String start = get(port, "/help/topic/org.playbook.help/topics/getting-started.html");
		assertTrue(start.contains("Getting started") && start.contains("Open the sample strategy"), start);
		String rules = get(port, "/help/topic/org.playbook.help/generated/rules.html");
		for (AuditRules.ContributedRule rule : AuditRules.all()) {
			assertTrue(rules.contains(rule.rule().id()), "the rules topic names " + rule.rule().id());
		}
		assertTrue(rules.contains("<blockquote>"), "with the words of the posts the rules cite");
		String commands = get(port, "/help/topic/org.playbook.help/generated/commands.html");
		for (String command : List.of("search", "import", "audit", "report", "actuals", "sync", "diff", "history")) {
			assertTrue(commands.contains("Usage: playbook " + command), "the commands topic has " + command + "'s help");
		}
		String toc = get(port, "/help/index.jsp");
		assertTrue(toc.length() > 0);
		String found = get(port, "/help/search?phrase=" + java.net.URLEncoder.encode("merged element by element", StandardCharsets.UTF_8));
		assertTrue(found.contains("org.playbook.help/topics/team.html"), "help search finds the topic: " + found);
	}

	@Test
	public void f1OnEveryPageOfTheEditorAndInTheNewClientWizardOpensItsHelp() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		org.eclipse.core.resources.IFile harbor = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject("harbor-roast")
				.getFile("2026-social.playbook");
		UiTestSupport.waitUntil(harbor::exists, WAIT, "the sample clients");
		org.eclipse.ui.forms.editor.FormEditor editor = (org.eclipse.ui.forms.editor.FormEditor) org.eclipse.ui.ide.IDE.openEditor(page, harbor,
				"org.playbook.editor.strategy");
		for (String id : List.of("overview", "situation", "audience", "goals", "tactics", "content", "listening", "crisis", "measurements",
				"results")) {
			editor.setActivePage(id);
			Control form = editor.getActivePageInstance().getManagedForm().getForm();
			assertEquals("org.playbook.help.editor", form.getData("org.eclipse.ui.help"), "F1 on the " + id + " page");
		}
		page.closeAllEditors(false);
		org.eclipse.jface.wizard.WizardDialog wizard = new org.eclipse.jface.wizard.WizardDialog(page.getWorkbenchWindow().getShell(),
				new org.playbook.ui.internal.navigator.NewClientWizard());
		wizard.create();
		try {
			String help = null;
			for (Control at = wizard.getCurrentPage().getControl(); at != null && help == null; at = at.getParent()) {
				help = (String) at.getData("org.eclipse.ui.help");
			}
			assertEquals("org.playbook.help.newClient", help, "F1 in the New Client wizard");
		} finally {
			wizard.close();
		}
	}

	@Test
	public void f1InEveryViewOpensItsHelp() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (Map.Entry<String, String> view : VIEWS.entrySet()) {
			IContext context = HelpSystem.getContext(view.getValue());
			assertNotNull(context, "the context " + view.getValue());
			assertTrue(context.getRelatedTopics().length > 0, view.getValue() + " links to a topic");
			IViewPart part = page.showView(view.getKey());
			UiTestSupport.flush();
			Control control = helpControlIn((Control) part.getSite().getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class).getWidget());
			assertNotNull(control, view.getKey() + " has context help");
			assertEquals(view.getValue(), control.getData("org.eclipse.ui.help"), view.getKey() + ": F1 here opens " + view.getValue());
			control.notifyListeners(SWT.Help, new Event()); // what F1 sends
			UiTestSupport.waitUntil(() -> page.findView("org.eclipse.help.ui.HelpView") != null, WAIT, "the Help view for " + view.getKey());
		}
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "context-help");
	}

	/** The control of a part that F1 is answered on: the outermost one with a help context. */
	private static Control helpControlIn(Control control) {
		if (control.getData("org.eclipse.ui.help") instanceof String) {
			return control;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = helpControlIn(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String get(int port, String path) throws Exception {
		HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
		assertEquals(200, connection.getResponseCode(), path);
		try (InputStream in = connection.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
