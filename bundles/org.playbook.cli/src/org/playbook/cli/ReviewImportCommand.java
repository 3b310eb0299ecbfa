package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.playbook.review.PackRecord;
import org.playbook.review.ReviewException;
import org.playbook.review.ReviewFiles;
import org.playbook.review.ReviewImport;
import org.playbook.review.ReviewPacks;

/** playbook review-import DECISIONS.json [--strategy FILE.playbook] | --pending */
final class ReviewImportCommand implements Command {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

	@Override
	public String name() {
		return "review-import";
	}

	@Override
	public String summary() {
		return "apply the decisions file a client saved from a review pack, or list the packs awaiting one";
	}

	@Override
	public String usage() {
		return "DECISIONS.json [--strategy FILE.playbook] | --pending";
	}

	@Override
	public String description() {
		return """
				Applies a client's decisions to the strategy their review pack was sent for: each
				post approved or with changes requested, with the reviewer, the date and the
				comment. The strategy is saved atomically (the previous version kept as .bak).

				The file is refused with the reason, and nothing changes, when it was not saved
				by a pack this workspace sent, was edited after it was saved, is for another
				strategy, decides on a post that is no longer in the strategy or was changed
				since it was sent, or was imported before.

				Options:
				  --strategy FILE  the strategy to apply them to (default: the one the pack was sent for)
				  --pending        list the packs sent and the decisions received, newest first
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("review-import --pending");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("pending"), Set.of("strategy"));
		if (arguments.flag("pending")) {
			return pending(arguments.workspaceFolder(workspace, name()), out);
		}
		if (arguments.words().size() != 1) {
			throw new Arguments.UsageException("name one decisions file: review-import DECISIONS.json");
		}
		Path file = Arguments.path(arguments.words().get(0));
		if (!Files.isRegularFile(file)) {
			throw new Arguments.UsageException("there is no file " + file);
		}
		Path strategy = arguments.option("strategy") == null ? null : Arguments.path(arguments.option("strategy"));
		if (strategy == null && (workspace == null || !Files.isDirectory(workspace))) {
			throw new Arguments.UsageException("there is no workspace to find the pack's strategy in; name it with --strategy FILE.playbook");
		}
		ReviewImport applied;
		try {
			applied = ReviewFiles.receive(file, strategy, workspace, Help.launcher() + " review-import");
		} catch (ReviewException e) {
			err.println(Help.launcher() + " review-import: " + file.getFileName() + " was refused: " + Terminal.safe(e.getMessage()) + ". Nothing was changed.");
			return FAILED;
		}
		out.println("Applied " + Terminal.safe(applied.summary()) + " to " + Terminal.safe(applied.pack().strategyName()) + " ("
				+ applied.pack().strategyFile() + ").");
		return OK;
	}

	private static int pending(Path workspace, PrintStream out) throws Exception {
		List<PackRecord> packs = new ReviewPacks(workspace).all();
		if (packs.isEmpty()) {
			out.println("No review pack was sent from " + workspace + " yet; '" + Help.launcher() + " review-pack FILE.playbook' writes one.");
			return OK;
		}
		for (PackRecord pack : packs) {
			String answered = pack.imports().isEmpty() ? "awaiting decisions"
					: "decisions from " + Terminal.safe(pack.imports().get(pack.imports().size() - 1).reviewer()) + " imported "
							+ WHEN.format(pack.imports().get(pack.imports().size() - 1).on().atZone(ZoneId.systemDefault()));
			out.println(WHEN.format(pack.sentOn().atZone(ZoneId.systemDefault())) + "  " + pack.strategyFile() + "  "
					+ Arguments.count(pack.entries().size(), "post", "posts") + "  " + answered);
		}
		return OK;
	}
}
