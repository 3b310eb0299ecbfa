package org.playbook.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.playbook.audit.Auditor;
import org.playbook.audit.Finding;
import org.playbook.model.Network;
import org.playbook.model.Strategy;
import org.playbook.report.actuals.ActualsException;
import org.playbook.report.actuals.ActualsImport;
import org.playbook.report.actuals.ActualsReader;
import org.playbook.report.actuals.ColumnMapping;
import org.playbook.report.actuals.PostRow;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;
import org.playbook.workspace.ReadableFile;
import org.playbook.workspace.WorkspaceLock;

/** playbook actuals EXPORT.csv --strategy FILE [--map column=HEADER,...] [--network NAME] */
final class ActualsCommand implements Command {

	@Override
	public String name() {
		return "actuals";
	}

	@Override
	public String summary() {
		return "import a social tool's CSV export of posts into a strategy's measurements";
	}

	@Override
	public String usage() {
		return "EXPORT.csv --strategy FILE.playbook [--map column=HEADER,...] [--network NAME]";
	}

	@Override
	public String description() {
		return """
				Reads the per-post CSV export of a social tool (date, network, text, impressions,
				engagements, clicks, link) and adds to the strategy, per network and month, the
				posts published, how many were promotional, impressions, engagements and clicks.
				The strategy is saved atomically (the previous version kept as .bak), then the
				audit compares what was posted with the plan.

				Columns are found by their usual names; map others with --map, e.g.
				--map "date=Publish Time,network=Account,engagements=Total Engagements".
				Columns: date, network, text, impressions, engagements, clicks, link.
				--network NAME gives the network of every row (an export of one account).

				Importing the same export again replaces what it added the first time. Counts must
				be whole numbers of 0 or more. A file that is not UTF-8 (or UTF-16 with its byte
				order mark), is larger than 20 MB, lacks the date (or network) column, or has a
				row that cannot be read (a date, a network or a count, a cell too few, a quote
				not closed) is refused with its line, and nothing is imported.
				""";
	}

	@Override
	public List<String> examples() {
		return List.of("actuals docs/examples/harbor-roast-posts.csv --strategy ~/playbook-workspace/harbor-roast/2026-social.playbook", "actuals docs/examples/instagram-export.csv --network instagram --map \"date=Publish Time,engagements=Total Engagements\" --strategy ~/playbook-workspace/kestrel-bikes/2026-plan.playbook");
	}

	@Override
	public int run(List<String> args, Path workspace, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of("strategy", "map", "network"));
		if (arguments.words().size() != 1 || arguments.option("strategy") == null) {
			throw new Arguments.UsageException("name one CSV export and the strategy: actuals EXPORT.csv --strategy FILE.playbook");
		}
		Network network = null;
		if (arguments.option("network") != null) {
			network = Network.VALUES.stream().filter(n -> n.getLiteral().equalsIgnoreCase(arguments.option("network"))).findFirst()
					.orElseThrow(() -> new Arguments.UsageException("unknown network '" + arguments.option("network") + "'"));
		}
		ColumnMapping mapping;
		try {
			mapping = ColumnMapping.parse(arguments.option("map"));
		} catch (IllegalArgumentException e) {
			throw new Arguments.UsageException(e.getMessage());
		}
		Path strategyFile = Arguments.path(arguments.option("strategy"));
		try {
			ReadableFile.check(strategyFile);
		} catch (ReadableFile.UnreadableException e) {
			throw new Arguments.UsageException("the strategy " + strategyFile + " cannot be used: " + e.getMessage());
		}
		Path csv = Arguments.path(arguments.words().get(0));
		List<PostRow> posts;
		try {
			posts = new ActualsReader(mapping, network).read(csv); // before the lock: a large export takes a while
		} catch (ActualsException e) {
			err.println(Help.launcher() + " actuals: " + Terminal.safe(e.getMessage()) + ". Nothing was imported.");
			return FAILED;
		}
		// read, change and save under the workspace's lock, so that no other writer's save is lost
		ActualsImport actuals;
		Strategy strategy;
		try (WorkspaceLock.Held lock = WorkspaceLock.acquire(WorkspaceLock.workspaceOf(strategyFile), Help.launcher() + " actuals")) {
			LoadResult<Strategy> loaded = new ModelReader().read(strategyFile, Strategy.class);
			if (!loaded.isOk()) {
				err.println(Help.launcher() + " actuals: " + Terminal.safe(loaded.diagnostic().getMessage()) + " Nothing was imported.");
				return FAILED;
			}
			strategy = loaded.root();
			actuals = ActualsImport.of(strategy, posts, "import: " + csv.getFileName());
			actuals.applyTo(strategy);
			new ModelWriter().save(strategy.eResource(), strategyFile);
		}
		out.println("Imported " + actuals.summary() + " into " + strategyFile.getFileName() + ".");
		actuals.offVoice().forEach(line -> out.println("  warning: " + Terminal.safe(line)));
		for (Finding finding : new Auditor().audit(strategy).findings()) {
			if (finding.ruleId().equals("actuals.off-plan")) {
				out.println("  " + finding.severity().label() + ": " + finding.message());
			}
		}
		return OK;
	}
}
