package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.playbook.review.ReviewException;
import org.playbook.review.ReviewFiles;
import org.playbook.workspace.ReadableFile;

/** playbook review-pack FILE.playbook [--from DATE] [--to DATE] [--out PACK.html] */
final class ReviewPackCommand implements Command {

	@Override
	public String name() {
		return "review-pack";
	}

	@Override
	public String summary() {
		return "write the page a client approves or sends back planned posts on (no server, no account)";
	}

	@Override
	public String usage() {
		return "FILE.playbook [--from DATE] [--to DATE] [--out PACK.html]";
	}

	@Override
	public String description() {
		return """
				Writes one HTML page for the client: the strategy's why, goals and tactics, and
				each planned post not yet approved, with Approve / Request changes and a comment.
				It needs no server and no account and works offline in any current browser. The
				client's Save decisions downloads a small signed file; 'review-import' applies it.
				The posts sent are marked "in review" in the strategy (saved atomically, the
				previous version kept as .bak), and the pack's secret is kept in the workspace's
				state area: only this workspace can import its decisions.

				Options:
				  --from DATE  the first day of posts to send (default: today)
				  --to DATE    the last day (default: the strategy's last post)
				  --out FILE   the page to write (default: NAME-review.html in this folder)

				Exits 1 with the reason, writing nothing, when no post of those days waits for
				approval or the strategy does not read.
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("review-pack ~/playbook-workspace/harbor-roast/2026-social.playbook --from 2026-01-01 --out harbor-review.html");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of("from", "to", "out"));
		if (arguments.words().size() != 1) {
			throw new Arguments.UsageException("name one strategy: review-pack FILE.playbook");
		}
		LocalDate from = arguments.date("from");
		LocalDate to = arguments.date("to");
		if (from != null && to != null && to.isBefore(from)) {
			throw new Arguments.UsageException("--to " + to + " is before --from " + from);
		}
		Path strategy = Arguments.path(arguments.words().get(0));
		try {
			ReadableFile.check(strategy);
		} catch (ReadableFile.UnreadableException e) {
			throw new Arguments.UsageException("the strategy " + strategy + " cannot be used: " + e.getMessage());
		}
		String base = strategy.getFileName().toString().replaceFirst("\\.playbook$", "");
		Path page = arguments.option("out") != null ? Arguments.path(arguments.option("out")) : Arguments.path(base + "-review.html");
		ReviewFiles.Sent sent;
		try {
			sent = ReviewFiles.send(strategy, from != null ? from : LocalDate.now(), to, page, Help.launcher() + " review-pack");
		} catch (ReviewException e) {
			err.println(Help.launcher() + " review-pack: " + Terminal.safe(e.getMessage()) + ". Nothing was written.");
			return FAILED;
		}
		out.println("Wrote the review pack of " + Arguments.count(sent.posts(), "post", "posts") + " of "
				+ Terminal.safe(sent.pack().strategyName()) + " to " + page + " (sent " + DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.now())
				+ "); the posts are marked in review.");
		out.println("Send it to the client; import the decisions they save with: " + Help.launcher() + " review-import FILE");
		return OK;
	}
}
