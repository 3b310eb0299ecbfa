package org.playbook.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.playbook.branding.Brands;
import org.playbook.model.Client;
import org.playbook.model.Strategy;
import org.playbook.workspace.AtomicFileWriter;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;
import org.playbook.workspace.PlaybookFiles;
import org.playbook.workspace.WorkspaceLock;

/**
 * The review loop on files, as the command line runs it: a strategy read, changed and saved
 * under the workspace's lock (so no other writer's save is lost), its pack written atomically.
 * The workbench does the same steps through the model service instead.
 */
public final class ReviewFiles {
	/** What sending produced. */
	public record Sent(PackRecord pack, int posts, Path page) {
	}

	private ReviewFiles() {
	}

	/** The client's name from the client file beside the strategy, else its folder's name. */
	public static String clientName(Path strategyFile) {
		Path folder = strategyFile.toAbsolutePath().normalize().getParent();
		LoadResult<Client> client = new ModelReader().read(folder.resolve(PlaybookFiles.CLIENT_FILE), Client.class);
		return client.isOk() && client.root().getName() != null ? client.root().getName() : folder.getFileName().toString();
	}

	/** The strategy's file as a pack record names it: relative to the workspace, '/' between folders. */
	public static String relative(Path workspace, Path strategyFile) {
		Path relative = workspace.toAbsolutePath().normalize().relativize(strategyFile.toAbsolutePath().normalize());
		return relative.toString().replace(java.io.File.separatorChar, '/');
	}

	/**
	 * Sends the strategy's posts not yet approved of those days (to may be null) for review: the
	 * pack's record kept, the page written to {@code page}, the posts marked in review.
	 */
	public static Sent send(Path strategyFile, LocalDate from, LocalDate to, Path page, String purpose) throws ReviewException, IOException {
		Path workspace = WorkspaceLock.workspaceOf(strategyFile);
		try (WorkspaceLock.Held lock = WorkspaceLock.acquire(workspace, purpose)) {
			Strategy strategy = read(strategyFile);
			SendForReview review = SendForReview.of(strategy, SendForReview.pending(strategy, from, to));
			PackRecord record = review.record(relative(workspace, strategyFile));
			review.keep(record, workspace);
			writePage(page, PackPage.render(strategy, clientName(strategyFile), review, record, Brands.of(strategyFile.toAbsolutePath().normalize().getParent())));
			review.applyTo(strategy);
			new ModelWriter().save(strategy.eResource(), strategyFile);
			return new Sent(record, review.entries().size(), page);
		}
	}

	/**
	 * Applies a decisions file to its strategy: the one named, or the one its pack was sent
	 * for in the workspace. Refused with the reason, and nothing changed, when it may not apply.
	 */
	public static ReviewImport receive(Path decisionsFile, Path strategyFile, Path workspace, String purpose) throws ReviewException, IOException {
		Decisions decisions = Decisions.read(decisionsFile);
		Path root = strategyFile != null ? WorkspaceLock.workspaceOf(strategyFile) : workspace;
		try (WorkspaceLock.Held lock = WorkspaceLock.acquire(root, purpose)) {
			Path file = strategyFile != null ? strategyFile : root.resolve(ReviewImport.packOf(decisions, root).strategyFile());
			if (!root.toAbsolutePath().normalize().equals(WorkspaceLock.workspaceOf(file))) {
				throw new ReviewException("the pack's strategy file is outside the workspace");
			}
			Strategy strategy = read(file);
			ReviewImport review = ReviewImport.check(decisions, root, strategy);
			review.applyTo(strategy);
			new ModelWriter().save(strategy.eResource(), file);
			review.keep(root);
			return review;
		}
	}

	/** Writes a pack's page atomically: a failed write leaves an earlier page as it was. */
	public static void writePage(Path page, String html) throws ReviewException {
		try {
			new AtomicFileWriter().replace(page, html.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new ReviewException("the review pack cannot be written to " + page + ": " + e.getMessage(), e);
		}
	}

	private static Strategy read(Path file) throws ReviewException {
		if (!Files.isRegularFile(file)) {
			throw new ReviewException("there is no strategy " + file);
		}
		LoadResult<Strategy> loaded = new ModelReader().read(file, Strategy.class);
		if (!loaded.isOk()) {
			throw new ReviewException(loaded.diagnostic().getMessage());
		}
		return loaded.root();
	}
}
