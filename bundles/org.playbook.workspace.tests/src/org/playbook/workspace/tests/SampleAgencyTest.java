package org.playbook.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.playbook.model.Client;
import org.playbook.model.Seniority;
import org.playbook.model.Strategy;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.SampleAgency;

public class SampleAgencyTest {
	@TempDir
	Path workspace;

	@Test
	public void sampleLoadsWithoutAnyDiagnostic() throws IOException {
		assertTrue(SampleAgency.installIfEmpty(workspace));

		Agency agency = new AgencyLoader().load(workspace);

		assertEquals(List.of(), agency.getProblems().stream().map(Diagnostic::getMessage).toList());
		assertEquals(Set.of("Harbor Roast Coffee", "Northwind Dental Group", "Kestrel Bikes", "Lumen Analytics"),
				agency.getClients().stream().map(Client::getName).collect(Collectors.toSet()));
		assertEquals(4, agency.getClients().stream().mapToInt(c -> c.getStrategies().size()).sum());
		assertTrue(agency.getClients().stream().map(Client::getIndustry).distinct().count() >= 3, "industries differ");
		for (Client client : agency.getClients()) {
			for (Strategy strategy : client.getStrategies()) {
				// multiplicities and data values as the metamodel declares them
				Diagnostic validity = Diagnostician.INSTANCE.validate(strategy);
				assertEquals(Diagnostic.OK, validity.getSeverity(), () -> strategy.getName() + ": " + validity.getChildren());
			}
		}
	}

	@Test
	public void sampleHasStrongAndWeakStrategies() throws IOException {
		SampleAgency.install(workspace);
		Agency agency = new AgencyLoader().load(workspace);

		Strategy strong = agency.findClient("Harbor Roast Coffee").getStrategies().get(0);
		assertNotNull(strong.getPurpose());
		assertNotNull(strong.getReviewCadence());
		assertTrue(strong.getTactics().stream().allMatch(t -> !t.getGoals().isEmpty()), "every tactic serves a goal");

		Strategy weak = agency.findClient("Northwind Dental Group").getStrategies().get(0);
		assertNull(weak.getPurpose(), "the weak sample has no why");
		assertEquals(Seniority.INTERN, weak.getGovernance().getBrandVoiceOwner().getSeniority());
		assertTrue(weak.getContentPlan().getPromotionalShare() > 50);
		assertTrue(weak.getTactics().stream().anyMatch(t -> t.getGoals().isEmpty()));
	}

	@Test
	public void installingTwiceKeepsWhatTheUserChanged() throws IOException {
		SampleAgency.install(workspace);
		Path client = workspace.resolve("kestrel-bikes/client.pbclient");
		String edited = Files.readString(client).replace("Kestrel Bikes", "Kestrel Cycles");
		Files.writeString(client, edited);

		assertFalse(SampleAgency.installIfEmpty(workspace));
		SampleAgency.install(workspace);

		assertEquals(edited, Files.readString(client));
	}
}
