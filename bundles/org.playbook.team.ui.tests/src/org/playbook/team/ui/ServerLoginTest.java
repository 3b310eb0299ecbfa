package org.playbook.team.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.team.SyncResult;
import org.playbook.tests.gitservers.HttpGitServer;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.internal.PlaybookWorkbenchAdvisor;

/**
 * The workbench on an https git server that asks for a login: the login stored in the
 * secure storage (Preferences > Team) shares the workspace without asking; with none stored,
 * the sync's job asks in the login dialog and keeps the answer in the secure storage.
 */
public class ServerLoginTest {
	private static final long WAIT = 30_000;
	private static final String TOKEN = "tok-in-secure-storage";

	@TempDir
	Path temp;

	@Test
	public void aStoredLoginSharesWithoutAskingAndAMissingOneIsAskedOnceAndKept() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("harbor-roast").getFile("2026-social.playbook");
		UiTestSupport.waitUntil(() -> Job.getJobManager().find(PlaybookWorkbenchAdvisor.ADOPT_FAMILY).length == 0 && file.exists(), WAIT,
				"the sample clients as projects");
		SecureLogin storage = new SecureLogin(SecurePreferencesFactory.open(temp.resolve("secure_storage").toUri().toURL(),
				Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE, IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test".toCharArray()))));
		TeamActions.useLogins(storage);
		try (HttpGitServer server = HttpGitServer.start(Files.createDirectories(temp.resolve("server")), "ana", TOKEN)) {
			String url = server.create("agency.git");
			storage.store("127.0.0.1", "ana", TOKEN.toCharArray());
			assertTrue(TeamActions.share(shell, url), "shared with the stored login");
			try (Repository onServer = server.repository("agency.git")) {
				assertNotNull(onServer.resolve("refs/heads/main"), "the workspace reached the server");
			}

			storage.forget("127.0.0.1");
			assertNull(storage.find("127.0.0.1"));
			boolean[] asked = { false };
			UiTestSupport.whenDialogOpens(Messages.Login_title, 120_000, dialog -> {
				asked[0] = true;
				UiTestSupport.typeInto(dialog, "ana", TOKEN);
				try {
					UiTestSupport.screenshot(dialog, "team-login");
				} catch (Exception e) {
					// the picture is a bonus; the login is the test
				}
				UiTestSupport.pressButton(dialog, IDialogConstants.OK_LABEL);
			});
			SyncResult synced = TeamActions.synchronize(shell, true, conflicts -> null);
			assertTrue(asked[0], "the login was asked for");
			assertNotNull(synced, "the sync went through with the login typed");
			SecureLogin.Login kept = storage.find("127.0.0.1");
			assertNotNull(kept, "the login typed is kept in the secure storage");
			assertEquals("ana", kept.user());
			assertFalse(Files.readString(temp.resolve("secure_storage")).contains(TOKEN), "the token is stored encrypted");
		} finally {
			TeamActions.useLogins(null);
		}
	}
}
