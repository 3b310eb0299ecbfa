package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.playbook.library.LibraryService;
import org.playbook.library.importer.ImportException;
import org.playbook.library.importer.ImportResult;
import org.playbook.library.importer.ProposalReview;
import org.playbook.model.Practice;

import com.google.gson.GsonBuilder;

/** playbook import FILE... [--accept] [--dry-run] [--json] */
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
		return "FILE... [--accept] [--dry-run] [--json]";
	}

	@Override
	public String description() {
		return """
				Reads each post (plain text or a saved web page, whose article is found and its
				navigation, adverts, share bars, newsletter and cookie boxes left out; plugins add
				other formats), finds its title, author, date, sections, lists and readers'
				comments, and proposes the sentences that give advice as practices, each quoting
				the post's exact words, with a short title, and a category and polarity learned
				from the library's accepted practices (with how sure it is, and the runner-up).
				A proposal that says what a practice of the library already says is marked "same
				as"; accepting it adds its quote to that practice. The whole post becomes
				searchable. Proposals are kept in the workspace's library for review in Playbook;
				with --accept they are accepted at once. Importing a post again with --accept
				accepts the proposals still pending from the first import. What a strategist
				dropped in Playbook's review teaches the next import: a proposal like those
				dropped, more than like those kept, is left out, and the count is shown.

				A file that cannot be imported (empty, binary, larger than 5 MB, not UTF-8 or
				UTF-16 text, no readable text, too complex to read within 10 s) is named with
				its problem, nothing of it is stored, and the other files are still imported.
				Control characters in a post are removed. The dry run applies the same checks.

				Options:
				  --accept     accept the proposed practices without review
				  --dry-run    show the proposals, store nothing (needs no workspace)
				  --json       machine-readable output: a result per file, in the order given
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("import docs/examples/reply-within-the-hour.html --dry-run",
				"import docs/examples/reply-within-the-hour.html docs/examples/weekly-habits.txt --accept",
				"import docs/examples/weekly-habits.txt --dry-run --json");
	}

	@Override
	public boolean createsWorkspace() {
		return true;
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("accept", "dry-run", "json"), Set.of());
		if (arguments.words().isEmpty()) {
			throw new Arguments.UsageException("which posts? e.g. " + Help.launcher() + " import post.html");
		}
		boolean dryRun = arguments.flag("dry-run");
		if (workspace == null && !dryRun) {
			throw new Arguments.UsageException("imported practices are kept in a workspace: give one with -data FOLDER, or use --dry-run");
		}
		List<FileResult> results = new ArrayList<>();
		try (LibrarySession session = LibrarySession.open(dryRun ? null : workspace, "import", err)) {
			for (String name : arguments.words()) {
				FileResult result = importOne(session.service(), Arguments.path(name), dryRun, arguments.flag("accept"));
				results.add(result);
				if (!arguments.flag("json")) {
					print(result, err, out);
				}
			}
		}
		if (arguments.flag("json")) {
			out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(Map.of("files", results)));
		}
		return results.stream().allMatch(result -> result.problem == null) ? OK : FAILED;
	}

	/** What became of one file: its status, and its post and proposals or its problem. */
	@SuppressWarnings("unused") // the fields are written out as JSON
	private static final class FileResult {
		String file;
		String status;
		String problem;
		String title;
		String author;
		List<Map<String, Object>> proposals = new ArrayList<>();
		int leftOutLikeDropped;
		int accepted;
		long millis;
	}

	private static FileResult importOne(LibraryService service, Path file, boolean dryRun, boolean accept) {
		long start = System.nanoTime();
		FileResult outcome = new FileResult();
		outcome.file = Terminal.safe(file.toString());
		try {
			ImportResult result = service.read(file);
			outcome.title = Terminal.safe(result.source().getTitle());
			outcome.author = Terminal.safe(result.source().getAuthor());
			for (Practice practice : result.proposals()) {
				outcome.proposals.add(proposal(practice, result.review(practice)));
			}
			outcome.leftOutLikeDropped = result.likeDropped();
			if (dryRun) {
				outcome.status = "proposed (dry run, nothing stored)";
			} else if (service.library().sources().containsKey(result.source().getId())) {
				outcome.accepted = service.store(result, accept);
				outcome.status = "imported before";
			} else {
				outcome.accepted = service.store(result, accept);
				outcome.status = accept ? "accepted" : "proposed for review";
			}
		} catch (ImportException e) {
			outcome.status = "refused";
			outcome.problem = Terminal.safe(e.getMessage());
		} catch (RuntimeException e) { // a fault of a reader (a plugin's, say) costs its file only
			outcome.status = "refused";
			outcome.problem = Terminal.safe(file + ": could not be read (" + e + "); nothing of it was stored");
		}
		outcome.millis = (System.nanoTime() - start) / 1_000_000;
		return outcome;
	}

	/** A proposal as the results show it: its title, category and polarity with their confidence, and what it says the same as. */
	private static Map<String, Object> proposal(Practice practice, ProposalReview review) {
		Map<String, Object> proposal = new LinkedHashMap<>();
		proposal.put("title", Terminal.safe(practice.getTitle()));
		proposal.put("category", practice.getCategory().getLiteral());
		proposal.put("polarity", practice.getPolarity().getLiteral());
		proposal.put("quote", Terminal.safe(practice.getSourceRefs().get(0).getQuote()));
		if (review != null && review.category() != null) {
			proposal.put("categoryConfidence", Math.round(review.category().confidence() * 100) / 100.0);
			if (review.category().runnerUp() != null) {
				proposal.put("runnerUp", review.category().runnerUp().getLiteral());
			}
			proposal.put("polarityConfidence", Math.round(review.polarity().confidence() * 100) / 100.0);
			proposal.put("lowConfidence", review.isLowConfidence());
		}
		if (review != null && review.sameAs() != null) {
			proposal.put("sameAs", review.sameAs().getId());
			proposal.put("sameAsTitle", Terminal.safe(review.sameAs().getTitle()));
		}
		return proposal;
	}

	private static void print(FileResult result, PrintStream err, PrintStream out) {
		String name = Path.of(result.file).getFileName().toString();
		if (result.problem != null) {
			err.println(Help.launcher() + " import: " + result.problem);
		} else if (result.status.equals("imported before")) {
			out.printf("%s: imported before; %d pending proposal%s accepted%n", name, result.accepted, result.accepted == 1 ? "" : "s");
		} else {
			out.printf("%s: \"%s\"%s — %d practice%s %s%n", name, result.title, result.author != null ? " by " + result.author : "",
					result.proposals.size(), result.proposals.size() == 1 ? "" : "s", result.status);
			if (result.leftOutLikeDropped > 0) {
				out.printf("  (%d more left out: like proposals dropped before in this library's review)%n", result.leftOutLikeDropped);
			}
			for (Map<String, Object> practice : result.proposals) {
				String confidence = practice.containsKey("categoryConfidence")
						? String.format(" %.0f%%%s", 100 * (Double) practice.get("categoryConfidence"),
								practice.containsKey("runnerUp") ? ", else " + EnumText.category(practice.get("runnerUp")) : "")
						: "";
				String sameAs = practice.containsKey("sameAs") ? "  (same as: " + practice.get("sameAsTitle") + ")" : "";
				String guess = Boolean.TRUE.equals(practice.get("lowConfidence")) ? "  (a guess: check the category)" : "";
				out.printf("  - [%s%s; %s] %s%s%s%n", EnumText.category(practice.get("category")), confidence,
						EnumText.polarity(practice.get("polarity")), practice.get("title"), sameAs, guess);
			}
		}
	}
}
