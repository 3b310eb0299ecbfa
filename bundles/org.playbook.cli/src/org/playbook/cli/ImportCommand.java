package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.playbook.library.LibraryService;
import org.playbook.library.importer.ImportException;
import org.playbook.library.importer.ImportResult;
import org.playbook.model.Practice;

/** playbook import FILE... [--accept] [--dry-run] */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import blog posts (text or HTML) and propose practices from them";
	}

	@Override
	public String usage() {
		return "FILE... [--accept] [--dry-run]";
	}

	@Override
	public String description() {
		return """
				Reads each post (plain text or HTML; plugins add other formats), finds its
				title, author, date, sections, lists and comments, and proposes practices,
				each quoting the post's exact words. Proposals are kept in the workspace's
				library for review in Playbook; with --accept they are accepted at once and
				become searchable. Importing a post again with --accept accepts the
				proposals still pending from the first import.

				A file that cannot be imported (empty, binary, too large, not UTF-8, no
				readable text) is named with its problem; the others are still imported,
				and the library and index stay as they were for the failed one.

				Options:
				  --accept     accept the proposed practices without review
				  --dry-run    show the proposals, store nothing (needs no workspace)
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("import docs/examples/reply-within-the-hour.html --dry-run", "import docs/examples/reply-within-the-hour.html docs/examples/weekly-habits.txt --accept");
	}

	@Override
	public boolean createsWorkspace() {
		return true;
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("accept", "dry-run"), Set.of());
		if (arguments.words().isEmpty()) {
			throw new Arguments.UsageException("which posts? e.g. " + Help.launcher() + " import post.html");
		}
		boolean dryRun = arguments.flag("dry-run");
		if (workspace == null && !dryRun) {
			throw new Arguments.UsageException("imported practices are kept in a workspace: give one with -data FOLDER, or use --dry-run");
		}
		int failures = 0;
		try (LibraryService service = LibraryService.open(dryRun ? null : workspace)) {
			for (String name : arguments.words()) {
				Path file = Arguments.path(name);
				try {
					ImportResult result = service.read(file);
					if (dryRun) {
						report(result, "proposed (dry run, nothing stored)", out);
					} else if (service.library().sources().containsKey(result.source().getId())) {
						int accepted = service.store(result, arguments.flag("accept"));
						out.printf("%s: imported before; %d pending proposal%s accepted%n", file.getFileName(), accepted, accepted == 1 ? "" : "s");
					} else {
						service.store(result, arguments.flag("accept"));
						report(result, arguments.flag("accept") ? "accepted" : "proposed for review", out);
					}
				} catch (ImportException e) {
					err.println(Help.launcher() + " import: " + Terminal.safe(e.getMessage()));
					failures++;
				}
			}
		}
		return failures == 0 ? OK : FAILED;
	}

	private static void report(ImportResult result, String what, PrintStream out) {
		out.printf("%s: \"%s\"%s — %d practice%s %s%n", Terminal.safe(result.file().getFileName().toString()),
				Terminal.safe(result.source().getTitle()), result.source().getAuthor() != null ? " by " + Terminal.safe(result.source().getAuthor()) : "",
				result.proposals().size(),
				result.proposals().size() == 1 ? "" : "s", what);
		for (Practice practice : result.proposals()) {
			out.printf("  - [%s, %s] %s%n", practice.getCategory().getLiteral(), practice.getPolarity().getLiteral(), Terminal.safe(practice.getTitle()));
		}
	}
}
