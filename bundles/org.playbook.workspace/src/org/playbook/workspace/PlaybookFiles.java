package org.playbook.workspace;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.common.util.URI;
import org.playbook.model.PlaybookPackage;

/**
 * The files Playbook keeps: a client is a folder holding one {@value #CLIENT_FILE} and its
 * strategies as {@code *.}{@value #STRATEGY_EXTENSION} files; libraries are
 * {@code *.}{@value #LIBRARY_EXTENSION} files. Each save keeps the previous version beside
 * the file with the suffix {@value #BACKUP_SUFFIX}.
 */
public final class PlaybookFiles {
	public static final String STRATEGY_EXTENSION = "playbook";
	public static final String CLIENT_EXTENSION = "pbclient";
	public static final String LIBRARY_EXTENSION = "practices";
	public static final String CLIENT_FILE = "client." + CLIENT_EXTENSION;
	public static final String BACKUP_SUFFIX = ".bak";

	private PlaybookFiles() {
	}

	/**
	 * A resource set that reads and writes Playbook files with the model's own resource
	 * factory, inside OSGi or out (the CLI's batch runs and the benchmarks use it too).
	 */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		Resource.Factory factory = new ResourceFactoryImpl() {
			@Override
			public Resource createResource(URI uri) {
				return new PlaybookFileResource(uri);
			}
		};
		for (String extension : new String[] { STRATEGY_EXTENSION, CLIENT_EXTENSION, LIBRARY_EXTENSION }) {
			resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(extension, factory);
		}
		resourceSet.getPackageRegistry().put(PlaybookPackage.eNS_URI, PlaybookPackage.eINSTANCE);
		return resourceSet;
	}

	public static boolean isStrategy(Path file) {
		return file.getFileName().toString().endsWith("." + STRATEGY_EXTENSION);
	}

	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}
}
