package org.playbook.review.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.Strategy;
import org.playbook.review.ReviewException;
import org.playbook.review.ReviewFiles;
import org.playbook.review.ReviewImport;
import org.playbook.tests.support.UiTestSupport;
import org.playbook.ui.internal.PlaybookWorkbenchAdvisor;
import org.playbook.workspace.models.ModelService;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The review loop in the real workbench, with the strategy open in its editor: sending marks
 * the posts in review in the editor and on disk; the client's decisions land in the editor as
 * one command that Undo takes back; a replayed file is refused with nothing changed; the
 * menu commands are there and say what they need.
 */
public class ReviewWorkbenchTest {
	private static final long WAIT = 30_000;
	private static final Pattern PACK_DATA = Pattern.compile("id=\"pack-data\">(.*?)</script>", Pattern.DOTALL);
	private IWorkbenchPage page;
	private IFile harbor;

	@TempDir
	Path output;

	@BeforeEach
	public void sampleAgency() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		harbor = ResourcesPlugin.getWorkspace().getRoot().getProject("harbor-roast").getFile("2026-social.playbook");
		UiTestSupport.waitUntil(() -> Job.getJobManager().find(PlaybookWorkbenchAdvisor.ADOPT_FAMILY).length == 0 && harbor.exists(), WAIT,
				"the sample clients as projects");
		page.closeAllEditors(false);
	}

	@AfterEach
	public void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	public void sentPostsAreInReviewAndTheClientsDecisionsAreOneUndoableCommand() throws Exception {
		IEditorPart editor = IDE.openEditor(page, harbor);
		Strategy strategy = ModelService.get().read(harbor, Strategy.class).root(); // the editor's model
		List<CalendarEntry> entries = List.copyOf(strategy.getContentPlan().getCalendarEntries().subList(0, 2));
		Path pack = output.resolve("harbor-review.html");
		ReviewFiles.Sent sent = WorkbenchReview.send(harbor, entries, pack, null);
		assertEquals(2, sent.posts());
		assertEquals(ApprovalState.IN_REVIEW, entries.get(0).getApproval(), "the editor shows the posts in review");
		assertFalse(editor.isDirty(), "and they are saved: the pack must find them on disk");
		String onDisk = new String(harbor.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(onDisk.contains("approval=\"inReview\"") && onDisk.contains(" id=\"" + strategy.getId() + "\""), onDisk);

		Path decisions = decisions(Files.readString(pack), sent.pack().packId(), entries);
		ReviewImport applied = WorkbenchReview.receive(decisions, null);
		assertEquals("1 approved, 1 with changes requested, by Inês Carvalho", applied.summary());
		assertEquals(ApprovalState.APPROVED, entries.get(0).getApproval());
		assertEquals(ApprovalState.CHANGES_REQUESTED, entries.get(1).getApproval());
		assertEquals("Warmer, please", entries.get(1).getReviewComment());
		UiTestSupport.flush();
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "review-decisions-in-the-editor");

		((IEditingDomainProvider) editor).getEditingDomain().getCommandStack().undo();
		assertEquals(ApprovalState.IN_REVIEW, entries.get(0).getApproval(), "one Undo takes every decision back");
		assertEquals(ApprovalState.IN_REVIEW, entries.get(1).getApproval());
		assertEquals(null, entries.get(1).getReviewComment());
		((IEditingDomainProvider) editor).getEditingDomain().getCommandStack().redo();

		byte[] before = harbor.getContents().readAllBytes();
		try {
			WorkbenchReview.receive(decisions, null);
			throw new AssertionError("a replayed file must be refused");
		} catch (ReviewException replayed) {
			assertTrue(replayed.getMessage().contains("already imported"), replayed.getMessage());
		}
		assertTrue(java.util.Arrays.equals(before, harbor.getContents().readAllBytes()));
		assertEquals(ApprovalState.APPROVED, ModelService.get().read(harbor, Strategy.class).root().getContentPlan().getCalendarEntries().get(0)
				.getApproval());
	}

	@Test
	public void theFileMenuOffersBothCommandsAndSendSaysWhatItNeeds() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command send = commands.getCommand("org.playbook.review.ui.send");
		Command receive = commands.getCommand("org.playbook.review.ui.import");
		assertTrue(send.isDefined() && receive.isDefined());
		assertTrue(send.isHandled() && receive.isHandled());
		boolean[] told = { false };
		UiTestSupport.whenDialogOpens("Send for Review", shell -> {
			told[0] = true;
			UiTestSupport.pressButton(shell, "OK");
		});
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.playbook.review.ui.send", null);
		assertTrue(told[0], "with no strategy open or selected, it says so");
	}

	/** The client's decisions, signed as the pack's page signs them. */
	private Path decisions(String html, String packId, List<CalendarEntry> entries) throws Exception {
		Matcher data = PACK_DATA.matcher(html);
		assertTrue(data.find());
		JsonObject pack = JsonParser.parseString(data.group(1)).getAsJsonObject();
		assertEquals(packId, pack.get("pack").getAsString());
		String first = ReviewFilesIds.of(entries.get(0)), second = ReviewFilesIds.of(entries.get(1));
		String payload = "{\"format\":\"playbook-review-decisions/1\",\"pack\":\"" + packId + "\",\"strategy\":\"" + pack.get("strategy").getAsString()
				+ "\",\"reviewer\":\"Inês Carvalho\",\"decidedAt\":\"2026-12-04T09:00:00Z\",\"decisions\":[{\"entry\":\"" + first
				+ "\",\"decision\":\"approved\",\"comment\":\"\"},{\"entry\":\"" + second
				+ "\",\"decision\":\"changesRequested\",\"comment\":\"Warmer, please\"}]}";
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(HexFormat.of().parseHex(pack.get("secret").getAsString()), "HmacSHA256"));
		JsonObject file = new JsonObject();
		file.addProperty("payload", payload);
		file.addProperty("signature", HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))));
		Path decisions = output.resolve("decisions.json");
		Files.writeString(decisions, file.toString());
		assertNotNull(decisions);
		return decisions;
	}

	/** An entry's id as its file gives it. */
	private static final class ReviewFilesIds {
		static String of(CalendarEntry entry) {
			return ((org.eclipse.emf.ecore.xmi.XMLResource) entry.eResource()).getID(entry);
		}
	}
}
