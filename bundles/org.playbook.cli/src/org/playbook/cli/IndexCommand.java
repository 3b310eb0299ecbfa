package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.playbook.library.LibraryService;

/** playbook index [--rebuild] */
final class IndexCommand implements Command {

	@Override
	public String name() {
		return "index";
	}

	@Override
	public String summary() {
		return "check the search index, or rebuild it with --rebuild";
	}

	@Override
	public String usage() {
		return "[--rebuild]";
	}

	@Override
	public String description() {
		return """
				Opens the workspace's search index (in its state area) and says how many
				practices and strategy elements it holds. Practices and strategy files that
				changed since it was written are indexed again (every command does this).
				An index that is missing, damaged or of another version is rebuilt from the
				library and the strategies, and the reason is shown. --rebuild rebuilds it
				in any case. The graph of the practices' and passages' meanings, kept beside
				the index, is checked the same way on every open and built again only when
				it is missing or damaged: a rebuild of the words leaves it as it is.

				Options:
				  --rebuild    throw the index of words away and build it again
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("index", "index --rebuild");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("rebuild"), Set.of());
		if (!arguments.words().isEmpty()) {
			throw new Arguments.UsageException("index takes no words, only --rebuild");
		}
		long start = System.nanoTime();
		try (LibrarySession session = LibrarySession.open(workspace, "index", null)) {
			LibraryService service = session.service();
			if (service.index().notice() != null) {
				err.println("Note: " + service.index().notice() + ".");
				if (arguments.flag("rebuild")) {
					err.println(Help.launcher() + " index: the index was not rebuilt; close the workbench first");
					return FAILED;
				}
			}
			if (service.index().rebuildReason() != null) {
				out.println("Rebuilt the index: " + service.index().rebuildReason() + ".");
			} else if (arguments.flag("rebuild")) {
				service.index().rebuild();
				out.println("Rebuilt the index.");
			} else if (service.index().changesOnOpen() > 0) {
				out.println("Brought the index up to date: " + service.index().changesOnOpen() + " changed practices or strategy files.");
			}
			for (Diagnostic problem : service.problems()) {
				err.println("warning: " + problem.getMessage());
			}
			out.printf("%d practices and strategy elements indexed%s (%d ms).%n", service.index().size(),
					workspace == null ? " from the bundled library, in memory" : " in " + LibraryService.indexFolder(workspace),
					(System.nanoTime() - start) / 1_000_000);
		}
		return OK;
	}
}
