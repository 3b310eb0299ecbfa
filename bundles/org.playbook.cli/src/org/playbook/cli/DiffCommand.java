package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.playbook.team.AgencyRepository;
import org.playbook.team.TeamException;
import org.playbook.team.merge.Change;
import org.playbook.team.merge.ModelDiff;
import org.playbook.workspace.ReadableFile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** playbook diff FILE [REV [REV]] [--json] */
final class DiffCommand implements Command {

	@Override
	public String name() {
		return "diff";
	}

	@Override
	public String summary() {
		return "what changed in a strategy, element by element, between two versions";
	}

	@Override
	public String usage() {
		return "FILE [REV [REV]] [--json]";
	}

	@Override
	public String description() {
		return """
				Compares two versions of a strategy or client file element by element:
				elements added and removed, and changed ones feature by feature, e.g.
				  Goal 'Grow online bean sales': target 1200 -> 1500
				With no revision it compares the last commit with the file as it is now;
				with one, that revision with the file as it is now; with two, the first with
				the second. A revision is what playbook history shows, or HEAD, HEAD~1 (the
				one before), a branch.

				Options:
				  --json   one JSON object: the file, the two versions and the changes
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("diff ~/playbook-workspace/harbor-roast/2026-social.playbook", "diff ~/playbook-workspace/harbor-roast/2026-social.playbook HEAD --json");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("json"), Set.of());
		if (arguments.words().isEmpty() || arguments.words().size() > 3) {
			throw new Arguments.UsageException("name the file and at most two revisions: diff FILE [REV [REV]]");
		}
		Path file = Arguments.path(arguments.words().get(0));
		String from = arguments.words().size() > 1 ? arguments.words().get(1) : "HEAD";
		String to = arguments.words().size() > 2 ? arguments.words().get(2) : null;
		try (AgencyRepository repository = AgencyRepository.open(file.getParent() == null ? file : file.getParent())) {
			byte[] before = repository.contentAt(from, file);
			byte[] after = to != null ? repository.contentAt(to, file) : Files.exists(file) ? ReadableFile.read(file, 512L * 1024 * 1024) : null;
			List<Change> changes = ModelDiff.between(repository.pathOf(file), before, after);
			String toName = to == null ? "the file now" : to;
			if (arguments.flag("json")) {
				JsonObject json = new JsonObject();
				json.addProperty("file", repository.pathOf(file));
				json.addProperty("from", from);
				json.addProperty("to", toName);
				JsonArray list = new JsonArray();
				for (Change change : changes) {
					JsonObject entry = new JsonObject();
					entry.addProperty("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT));
					entry.addProperty("id", change.elementId());
					entry.addProperty("element", change.element());
					if (change.kind() == Change.Kind.CHANGED) {
						entry.addProperty("feature", change.feature());
						entry.addProperty("before", change.before());
						entry.addProperty("after", change.after());
					}
					entry.addProperty("text", change.describe());
					list.add(entry);
				}
				json.add("changes", list);
				TeamCommands.print(json, out);
				return OK;
			}
			if (changes.isEmpty()) {
				out.println("No changes in " + repository.pathOf(file) + " between " + from + " and " + toName + ".");
				return OK;
			}
			out.println(repository.pathOf(file) + ": " + Arguments.count(changes.size(), "change", "changes") + " from " + from + " to " + toName);
			for (Change change : changes) {
				out.println("  " + Terminal.safe(change.describe()));
			}
			return OK;
		} catch (TeamException e) {
			return TeamCommands.failed(name(), e, err);
		} catch (ReadableFile.UnreadableException e) {
			err.println(Help.launcher() + " diff: " + file + " cannot be read: " + Terminal.safe(e.getMessage()));
			return FAILED;
		}
	}
}
