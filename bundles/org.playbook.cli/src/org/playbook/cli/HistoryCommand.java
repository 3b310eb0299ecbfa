package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.playbook.team.AgencyRepository;
import org.playbook.team.Revision;
import org.playbook.team.TeamException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** playbook history FILE [--limit N] [--json] */
final class HistoryCommand implements Command {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	@Override
	public String name() {
		return "history";
	}

	@Override
	public String summary() {
		return "who changed a strategy or client, when, and why (its commits)";
	}

	@Override
	public String usage() {
		return "FILE [--limit N] [--json]";
	}

	@Override
	public String description() {
		return """
				Lists the commits that changed the file, newest first: date, revision, author
				and message. The revision is what playbook diff takes. The file must be in a
				shared workspace (playbook share).

				Options:
				  --limit N   at most N commits (20 if left out)
				  --json      one JSON object: the file and its revisions
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("history ~/playbook-workspace/harbor-roast/2026-social.playbook");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("json"), Set.of("limit"));
		if (arguments.words().size() != 1) {
			throw new Arguments.UsageException("name one file: history FILE");
		}
		int limit = arguments.integer("limit", 20, 1, 100_000);
		Path file = Arguments.path(arguments.words().get(0));
		try (AgencyRepository repository = AgencyRepository.open(file.getParent() == null ? file : file.getParent())) {
			List<Revision> revisions = repository.history(file, limit);
			if (arguments.flag("json")) {
				JsonObject json = new JsonObject();
				json.addProperty("file", repository.pathOf(file));
				JsonArray list = new JsonArray();
				for (Revision revision : revisions) {
					JsonObject entry = new JsonObject();
					entry.addProperty("revision", revision.id());
					entry.addProperty("author", revision.author());
					entry.addProperty("email", revision.email());
					entry.addProperty("when", revision.when().toString());
					entry.addProperty("message", revision.message());
					list.add(entry);
				}
				json.add("revisions", list);
				TeamCommands.print(json, out);
				return OK;
			}
			if (revisions.isEmpty()) {
				out.println(repository.pathOf(file) + " has no commits yet.");
				return OK;
			}
			for (Revision revision : revisions) {
				out.println(WHEN.format(revision.when()) + "  " + revision.shortId() + "  " + Terminal.safe(revision.author()) + "  "
						+ Terminal.safe(revision.message()));
			}
			return OK;
		} catch (TeamException e) {
			return TeamCommands.failed(name(), e, err);
		}
	}
}
