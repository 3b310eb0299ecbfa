package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.playbook.library.search.Hit;
import org.playbook.library.search.SearchRequest;
import org.playbook.library.search.SearchResult;
import org.playbook.library.solr.FallbackSearch;
import org.playbook.library.solr.LibraryServer;
import org.playbook.library.solr.SolrLibrary;

import com.google.gson.GsonBuilder;

/** playbook search QUERY [--limit N] [--json] [--strategies] */
final class SearchCommand implements Command {

	@Override
	public String name() {
		return "search";
	}

	@Override
	public String summary() {
		return "search the practice library (and, with --strategies, every client's strategy)";
	}

	@Override
	public String usage() {
		return "QUERY [--limit N] [--json] [--strategies] [--words] [--server URLS [--collection NAME]]";
	}

	@Override
	public String description() {
		return """
				Ranked practices and passages of the library's posts for QUERY: a practice with a
				highlighted snippet, its category and polarity, and the verbatim quote and post it
				comes from; a passage with its post, author and date, a highlighted snippet and the
				practices drawn from it. At most two of the best results come from one post, unless
				the query names the post (or filters by source:).

				A question in plain words, three or more of them, is answered by its words and by
				its meaning (practices and passages that say it in other words are found too).
				QUERY also takes Lucene's classic syntax, searched by its exact words: "exact
				phrases", AND / OR / NOT, field:value (category:measurement, polarity:failure,
				tag:roi, source:commitment), and wildcards (measur*). A query that is not valid
				syntax is searched as plain words, and the output says so.

				Options:
				  --limit N       how many results (default 10, at most 1000)
				  --json          machine-readable output
				  --strategies    search the clients' strategies as well as the practices
				  --words         search by the words alone, not their meaning
				""" + SharedLibraryOptions.HELP + """

				With --server the shared library on SolrCloud answers (see library --help); when
				it cannot be reached, the embedded library does, and the output says so.
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("search \"listen more than talk\" --limit 3", "search \"category:measurement AND roi\" --json", "search \"crisis plan\" --strategies --limit 5",
				"search \"how do we know the money spent on social pays off\" --limit 5");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of("json", "strategies", "words"), Set.of("limit", SharedLibraryOptions.SERVER, SharedLibraryOptions.COLLECTION));
		LibraryServer server = SharedLibraryOptions.of(arguments);
		if (arguments.words().isEmpty()) {
			throw new Arguments.UsageException("what should be searched for? e.g. " + Help.launcher() + " search \"listen more than talk\"");
		}
		String query = String.join(" ", arguments.words());
		SearchRequest request = SearchRequest.practices(query).withLimit(arguments.integer("limit", 10, 1, 1000))
				.withStrategies(true, arguments.flag("strategies"));
		if (arguments.flag("words")) {
			request = request.byWordsAlone();
		}
		try (LibrarySession session = LibrarySession.open(workspace, "search", err)) {
			SearchResult result;
			String library = null;
			if (server == null) {
				result = session.service().index().search(request);
			} else {
				try (SolrLibrary shared = new SolrLibrary(server)) {
					FallbackSearch search = new FallbackSearch(shared, session.service().index());
					result = search.search(request);
					library = search.answeredBy();
				}
			}
			if (arguments.flag("json")) {
				out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(result, library)));
			} else {
				print(result, library, out);
			}
		}
		return OK;
	}

	private static Map<String, Object> json(SearchResult result, String library) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (library != null) {
			json.put("library", library);
		}
		json.put("query", result.query());
		json.put("totalHits", result.totalHits());
		if (result.notice() != null) {
			json.put("notice", result.notice());
		}
		json.put("hits", result.hits());
		json.put("facets", result.facets());
		return json;
	}

	private static void print(SearchResult result, String library, PrintStream out) {
		if (library != null) {
			out.println("Library: " + library);
		}
		if (result.notice() != null) {
			out.println("Note: " + result.notice());
		}
		out.printf("%d match%s for \"%s\"%n", result.totalHits(), result.totalHits() == 1 ? "" : "es", result.query());
		int rank = 1;
		for (Hit hit : result.hits()) {
			out.println();
			if (hit.isPractice()) {
				out.printf("%2d. %s  [%s, %s]  (%s)%n", rank++, safe(hit.title()), EnumText.of(hit.categoryValue(), hit.category()),
						EnumText.of(hit.polarityValue(), hit.polarity()), hit.id());
				out.println("    " + emphasis(hit));
				if (hit.quote() != null) {
					out.println("    “" + safe(hit.quote()) + "”");
					out.println("      — " + safe(hit.source()));
				}
			} else if (hit.isPassage()) {
				Hit.Passage passage = hit.passage();
				out.printf("%2d. %s  [from the post “%s”%s%s]%n", rank++, safe(hit.title()), safe(hit.source()),
						passage.author() != null ? " by " + safe(passage.author()) : "", passage.published() != null ? ", " + passage.published() : "");
				out.println("    " + emphasis(hit));
				if (!passage.practices().isEmpty()) {
					out.println("      practices drawn from it: "
							+ String.join("; ", passage.practices().stream().map(p -> safe(p.title()) + " (" + p.id() + ")").toList()));
				}
			} else {
				out.printf("%2d. %s  [%s / %s]%n", rank++, hit.title(), hit.client(), hit.strategy());
				out.println("    " + emphasis(hit));
			}
		}
	}

	/** The snippet's marks as the *emphasis* a terminal can show. */
	private static String emphasis(Hit hit) {
		return safe(hit.marked().marked("*", "*"));
	}

	private static String safe(String text) {
		return Terminal.safe(text);
	}
}
