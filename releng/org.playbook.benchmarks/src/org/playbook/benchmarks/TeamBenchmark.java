package org.playbook.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.PersonIdent;
import org.playbook.model.Goal;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.playbook.team.AgencyRepository;
import org.playbook.team.RemoteAccess;
import org.playbook.team.SyncResult;
import org.playbook.team.merge.ModelDiff;
import org.playbook.tests.gitservers.HttpGitServer;
import org.playbook.workspace.PlaybookFiles;

/**
 * Sharing at an agency's size. {@code sync}: a workspace of 2,000 clients (the sample
 * agency's strategies, copied), where a colleague pushed 20 changed strategies and this
 * workspace changed 20 (10 of them the same files, other elements), synced by
 * {@link AgencyRepository#sync} against JGit's own commit, pull (its text merge) and push of
 * the same changes on a twin repository, in the same run. {@code diff}: the model-level
 * difference of two versions of a 10,000-element strategy against JGit's histogram text
 * diff of the same two files.
 * With {@code --http}, both agency repositories are on a git server on loopback (JGit's
 * HTTP server on Jetty, basic authentication) and every fetch and push logs in.
 *   releng/org.playbook.benchmarks/run.sh TeamBenchmark [clients] [--http]
 */
public final class TeamBenchmark {
	private static final PersonIdent ANA = new PersonIdent("Ana", "ana@agency.example");
	private static final PersonIdent BEN = new PersonIdent("Ben", "ben@agency.example");
	/** One round: a second would start from histories the first made different on the two repositories. */
	private static final int ROUNDS = 1;
	private static int lastTextConflicts;

	public static void main(String[] args) throws Exception {
		List<String> words = List.of(args);
		boolean http = words.contains("--http");
		int clients = words.stream().filter(word -> word.matches("\\d+")).map(Integer::valueOf).findFirst().orElse(2_000);
		Path temp = Files.createTempDirectory("team-bench");
		System.out.printf("team benchmark, %d clients, %s, JDK %s, %d cores%n", clients, http ? "over HTTP with basic authentication" : "a bare repository on disk",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
		if (http) {
			try (HttpGitServer server = HttpGitServer.start(Files.createDirectories(temp.resolve("server")), "agency", TOKEN)) {
				server.create("agency.git");
				Remotes remotes = new Remotes(server.url("agency.git"), server.url("twin.git"), temp.resolve("server/agency.git"),
						temp.resolve("server/twin.git"), RemoteAccess.headless().withLogin("agency", TOKEN.toCharArray()),
						new UsernamePasswordCredentialsProvider("agency", TOKEN));
				sync(temp, clients, remotes);
			}
		} else {
			sync(temp, clients, new Remotes(temp.resolve("agency.git").toString(), temp.resolve("twin.git").toUri().toString(), temp.resolve("agency.git"),
					temp.resolve("twin.git"), RemoteAccess.headless(), null));
			diff();
		}
	}

	private static final String TOKEN = "benchmark-token";

	/** The agency repository and its twin: their addresses, their folders (to copy one into the other), and the login. */
	private record Remotes(String agency, String twin, Path agencyFolder, Path twinFolder, RemoteAccess access, CredentialsProvider login) {
	}

	private static void sync(Path temp, int clients, Remotes remotes) throws Exception {
		Path ana = Files.createDirectories(temp.resolve("ana"));
		Path sample = Path.of("bundles/org.playbook.workspace/sample");
		if (!Files.isDirectory(sample)) {
			throw new IllegalStateException("run from the project root: the sample agency is read from " + sample);
		}
		List<Path> samples = new ArrayList<>();
		try (var files = Files.walk(sample)) {
			files.filter(PlaybookFiles::isStrategy).sorted().forEach(samples::add);
		}
		for (int i = 0; i < clients; i++) {
			Path folder = Files.createDirectories(ana.resolve(String.format("client-%04d", i)));
			Path strategy = samples.get(i % samples.size());
			Files.copy(strategy, folder.resolve("strategy.playbook"));
			Files.copy(strategy.resolveSibling(PlaybookFiles.CLIENT_FILE), folder.resolve(PlaybookFiles.CLIENT_FILE));
		}
		long start = System.nanoTime();
		AgencyRepository.share(ana, remotes.agency(), ANA, remotes.access()).close();
		System.out.printf("shared %d clients in %.1f s (once)%n", clients, (System.nanoTime() - start) / 1e9);
		// the twin: the same history on a second agency repository, for JGit's own pull and push
		copyFolder(remotes.agencyFolder(), remotes.twinFolder());
		AgencyRepository.cloneFrom(remotes.agency(), temp.resolve("ben"), remotes.access()).close();
		Path ben = temp.resolve("ben");
		try (Git clone = Git.cloneRepository().setURI(remotes.twin()).setCredentialsProvider(remotes.login()).setDirectory(temp.resolve("carl").toFile())
				.call()) {
			// Carl's repository is Ben's twin: same files, same history, its own agency repository
		}
		Path carl = temp.resolve("carl");
		try (Git anaGit = Git.open(ana.toFile())) {
			anaGit.remoteAdd().setName("twin").setUri(new org.eclipse.jgit.transport.URIish(remotes.twin())).call();
		}

		Timings ours = new Timings("playbook sync (model merge)", ROUNDS);
		Timings plain = new Timings("JGit commit, pull, push (text)", ROUNDS);
		for (int round = 0; round < ROUNDS; round++) {
			for (int i = 0; i < 20; i++) { // Ana's 20 strategies: 0..19 of this round's range
				int n = i;
				change(ana.resolve(client(round, i)), s -> s.getGoals().add(goal("Goal added by Ana " + n)));
			}
			try (AgencyRepository repository = AgencyRepository.open(ana).using(remotes.access()); Git git = Git.open(ana.toFile())) {
				repository.sync(ANA, null);
				git.push().setRemote("twin").add("main").setCredentialsProvider(remotes.login()).call();
			}
			for (Path workspace : List.of(ben, carl)) {
				for (int i = 10; i < 30; i++) { // 10..19 changed by both (another element), 20..29 here only
					change(workspace.resolve(client(round, i)), s -> s.setName(s.getName() + " (reviewed)"));
				}
			}
			long[] synced = { 0 };
			int[] textConflicts = { 0 };
			ours.time(() -> {
				try (AgencyRepository repository = AgencyRepository.open(ben).using(remotes.access())) {
					SyncResult result = repository.sync(BEN, null);
					if (result.needsAPerson() || !result.pushed() || result.merged().size() != 10) {
						throw new AssertionError("the sync did not merge the 10 files changed on both sides: " + result);
					}
					synced[0] = result.received();
				}
			});
			Runnable remember = () -> lastTextConflicts = textConflicts[0];
			plain.time(() -> {
				try (Git git = Git.open(carl.toFile())) {
					git.add().addFilepattern(".").call();
					git.commit().setMessage("Changes by Carl").setAuthor(BEN).setCommitter(BEN).call();
					var pull = git.pull().setCredentialsProvider(remotes.login()).call();
					if (pull.isSuccessful()) {
						git.push().setCredentialsProvider(remotes.login()).call();
					} else { // the text merge stops where the XMI lines of both sides touch: it cannot push
						textConflicts[0] = pull.getMergeResult().getConflicts() == null ? 0 : pull.getMergeResult().getConflicts().size();
					}
				}
			});
			remember.run();
		}
		System.out.println(ours);
		System.out.println(plain);
		System.out.printf("files JGit's text merge left in conflict (the model merge merged all 10): %d%n", lastTextConflicts);
		System.out.printf("sync of %d clients, 20 changed here and 20 there (10 both): p50 %.0f ms (goal <= 5000); ratio to JGit's plain pull %.2f%n",
				clients, ours.percentileMillis(50), ours.percentileMillis(50) / plain.percentileMillis(50));
	}

	private static void diff() throws Exception {
		Strategy large = ModelBenchmark.build(10_000);
		Resource resource = PlaybookFiles.newResourceSet().createResource(URI.createURI("bench:/large.playbook"));
		resource.getContents().add(large);
		byte[] before = bytes(resource);
		for (int i = 0; i < 100 && i < large.getGoals().size(); i++) {
			Goal goal = large.getGoals().get(i);
			goal.setTarget(goal.getTarget() == null ? 1.0 : goal.getTarget() + 1);
		}
		for (int i = 0; i < 50; i++) {
			Goal goal = PlaybookFactory.eINSTANCE.createGoal();
			goal.setName("New goal " + i);
			large.getGoals().add(goal);
		}
		for (int i = 0; i < 50 && !large.getTactics().isEmpty(); i++) {
			EcoreUtil.delete(large.getTactics().get(large.getTactics().size() - 1), true);
		}
		byte[] after = bytes(resource);
		int elements = ModelBenchmark.count(large);
		Timings model = new Timings("model-level diff", 8);
		Timings text = new Timings("JGit histogram text diff", 8);
		int[] changes = { 0 };
		for (int run = 0; run < 8; run++) {
			model.time(() -> changes[0] = ModelDiff.between("large.playbook", before, after).size());
			text.time(() -> new HistogramDiff().diff(RawTextComparator.DEFAULT, new RawText(before), new RawText(after)));
		}
		System.out.println(model);
		System.out.println(text);
		System.out.printf("diff of a %d-element strategy (%d changes, %,d bytes): p50 %.0f ms (goal <= 1000); ratio to the text diff %.1f%n", elements,
				changes[0], after.length, model.percentileMillis(50), model.percentileMillis(50) / text.percentileMillis(50));
	}

	private static Goal goal(String name) {
		Goal goal = PlaybookFactory.eINSTANCE.createGoal();
		goal.setName(name);
		return goal;
	}

	private static String client(int round, int i) {
		return String.format("client-%04d/strategy.playbook", round * 40 + i);
	}

	private static void change(Path file, Consumer<Strategy> change) throws Exception {
		Resource resource = PlaybookFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.load(new ByteArrayInputStream(Files.readAllBytes(file)), null);
		change.accept((Strategy) resource.getContents().get(0));
		Files.write(file, bytes(resource));
	}

	private static byte[] bytes(Resource resource) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toByteArray();
	}

	private static void copyFolder(Path from, Path to) throws Exception {
		try (var files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
	}
}
