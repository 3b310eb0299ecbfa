package org.playbook.workspace;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.playbook.model.Client;

/**
 * An agency workspace as loaded: its clients (each with the strategies that could be read)
 * and a diagnostic for every file that could not be.
 */
public final class Agency {
	private final Path root;
	private final ResourceSet resourceSet;
	private final List<Client> clients;
	private final List<Diagnostic> problems;

	Agency(Path root, ResourceSet resourceSet, List<Client> clients, List<Diagnostic> problems) {
		this.root = root;
		this.resourceSet = resourceSet;
		this.clients = Collections.unmodifiableList(clients);
		this.problems = Collections.unmodifiableList(problems);
	}

	public Path getRoot() {
		return root;
	}

	public ResourceSet getResourceSet() {
		return resourceSet;
	}

	public List<Client> getClients() {
		return clients;
	}

	public List<Diagnostic> getProblems() {
		return problems;
	}

	public Client findClient(String name) {
		return clients.stream().filter(c -> name.equals(c.getName())).findFirst().orElse(null);
	}

	/** The file an element of this agency is stored in (its workspace resource's file in the workbench), or null for an element not yet saved. */
	public static Path fileOf(EObject element) {
		Resource resource = element.eResource();
		URI uri = resource == null ? null : resource.getURI();
		if (uri != null && uri.isPlatformResource()) {
			uri = EcorePlugin.resolvePlatformResourcePath(uri.toPlatformString(true));
		}
		return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
	}
}
