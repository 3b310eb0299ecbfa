package org.playbook.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.playbook.model.Client;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;

/**
 * Loads an agency workspace: every folder below the root that holds a client file or a
 * strategy is a client. Each file is read on its own, so one broken file costs only itself;
 * its problem is listed and the rest of the agency loads.
 */
public class AgencyLoader {

	public Agency load(Path root) {
		ModelReader reader = new ModelReader();
		List<Client> clients = new ArrayList<>();
		List<Diagnostic> problems = new ArrayList<>();
		for (Path folder : folders(root, problems)) {
			// each folder is listed once: the same listing says whether it is a client and holds its strategies
			List<Path> strategies = strategyFiles(folder, problems);
			if (strategies.isEmpty() && !Files.isRegularFile(folder.resolve(PlaybookFiles.CLIENT_FILE))) {
				continue;
			}
			Client client = readClient(reader, folder, problems);
			for (Path file : strategies) {
				LoadResult<Strategy> strategy = reader.read(file, Strategy.class);
				if (strategy.isOk()) {
					client.getStrategies().add(strategy.root());
				} else {
					problems.add(strategy.diagnostic());
				}
			}
			clients.add(client);
		}
		return new Agency(root, reader.getResourceSet(), clients, problems);
	}

	/** A client whose own file is missing or broken is still listed, by its folder's name, so its strategies stay reachable. */
	private static Client readClient(ModelReader reader, Path folder, List<Diagnostic> problems) {
		Path file = folder.resolve(PlaybookFiles.CLIENT_FILE);
		if (Files.isRegularFile(file)) {
			LoadResult<Client> result = reader.read(file, Client.class);
			if (result.isOk()) {
				return result.root();
			}
			problems.add(result.diagnostic());
		}
		Client client = PlaybookFactory.eINSTANCE.createClient();
		// a stand-in in no resource: saving it can never overwrite the broken file
		client.setName(folder.getFileName().toString());
		return client;
	}

	/** The visible folders below the root, in name order; which are clients is decided by their content. */
	private static List<Path> folders(Path root, List<Diagnostic> problems) {
		try (Stream<Path> children = Files.list(root)) {
			return children.filter(Files::isDirectory)
					.filter(folder -> !folder.getFileName().toString().startsWith("."))
					.sorted().toList();
		} catch (IOException e) {
			problems.add(FileProblems.error(FileProblems.UNREADABLE, root, 0, "the workspace folder cannot be listed (" + e.getMessage() + ")."));
			return List.of();
		}
	}

	private static List<Path> strategyFiles(Path folder, List<Diagnostic> problems) {
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter(Files::isRegularFile).filter(PlaybookFiles::isStrategy).sorted().toList();
		} catch (IOException e) {
			problems.add(FileProblems.error(FileProblems.UNREADABLE, folder, 0, "the client folder cannot be listed (" + e.getMessage() + ")."));
			return List.of();
		}
	}
}
