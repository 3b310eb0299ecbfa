package org.playbook.audit.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.playbook.model.Client;
import org.playbook.model.Strategy;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.SampleAgency;

/** The sample agency, freshly read, for the audit's fixtures. */
final class Fixtures {
	private Fixtures() {
	}

	static Path sampleWorkspace() throws IOException {
		Path folder = Files.createTempDirectory("playbook-audit-test");
		SampleAgency.install(folder);
		return folder;
	}

	/** A fresh copy of a sample client's first strategy (changing it changes no other test's). */
	static Strategy sample(String clientPrefix) throws IOException {
		Agency agency = new AgencyLoader().load(sampleWorkspace());
		Client client = agency.getClients().stream().filter(c -> c.getName().startsWith(clientPrefix)).findFirst().orElseThrow();
		return client.getStrategies().get(0);
	}
}
