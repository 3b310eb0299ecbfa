package org.playbook.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.playbook.model.PlaybookPackage;
import org.xml.sax.SAXParseException;

/**
 * Reads Playbook files into a resource set without ever writing to them. Whatever is wrong
 * with a file (empty, binary, cut short, written by a newer Playbook, not a Playbook file at
 * all) comes back as one diagnostic naming the file and line; the resource is dropped from
 * the set so that no half-read model can be edited and saved over the original.
 */
public class ModelReader {
	/** Every version of the model shares this prefix; the rest of the nsURI is the version. */
	static final String NS_URI_PREFIX = "http://www.playbook.org/model/";
	private static final int BINARY_SNIFF_BYTES = 8192;
	/** A 10,000-element strategy is 2 MB; a file this large is not a model. */
	private static final long MAX_BYTES = 512L * 1024 * 1024;

	private final ResourceSet resourceSet;

	public ModelReader(ResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	public ModelReader() {
		this(PlaybookFiles.newResourceSet());
	}

	public ResourceSet getResourceSet() {
		return resourceSet;
	}

	public <T extends EObject> LoadResult<T> read(Path file, Class<T> expected) {
		return read(file, URI.createFileURI(file.toAbsolutePath().toString()), expected);
	}

	/** Reads the file into a resource of the given URI (a {@code platform:/resource} one in the workbench). */
	public <T extends EObject> LoadResult<T> read(Path file, URI uri, Class<T> expected) {
		byte[] bytes;
		try {
			bytes = ReadableFile.read(file, MAX_BYTES);
		} catch (ReadableFile.UnreadableException e) {
			return LoadResult.failed(file, FileProblems.error(FileProblems.UNREADABLE, file, 0, "the file cannot be read: " + e.getMessage() + "."));
		}
		return read(file, uri, bytes, expected);
	}

	/**
	 * Reads a model from bytes already in memory, e.g. a file shipped inside a bundle.
	 * @param file names the model in diagnostics
	 * @param uri the resource's URI, against which relative references resolve
	 */
	public <T extends EObject> LoadResult<T> read(Path file, URI uri, byte[] bytes, Class<T> expected) {
		if (bytes.length == 0) {
			return LoadResult.failed(file, FileProblems.error(FileProblems.EMPTY, file, 0, "the file is empty." + backupHint(file)));
		}
		if (looksBinary(bytes)) {
			return LoadResult.failed(file, FileProblems.error(FileProblems.NOT_XML, file, 0,
					"the file holds binary data, not a Playbook model." + backupHint(file)));
		}
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(bytes), null);
		} catch (IOException | RuntimeException e) {
			Diagnostic problem = classify(file, resource, e);
			discard(resource);
			return LoadResult.failed(file, problem);
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!expected.isInstance(root)) {
			discard(resource);
			String found = root == null ? "nothing" : "a " + root.eClass().getName();
			return LoadResult.failed(file, FileProblems.error(FileProblems.WRONG_CONTENT, file, 0,
					"expected a " + expected.getSimpleName() + " but the file holds " + found + "."));
		}
		return LoadResult.loaded(file, expected.cast(root));
	}

	private Diagnostic classify(Path file, Resource resource, Exception failure) {
		Resource.Diagnostic first = resource.getErrors().isEmpty() ? null : resource.getErrors().get(0);
		if (first instanceof PackageNotFoundException missing) {
			String uri = missing.uri();
			if (uri != null && uri.startsWith(NS_URI_PREFIX)) {
				return FileProblems.error(FileProblems.NEWER_VERSION, file, missing.getLine(),
						"the file was written by another version of Playbook (model "
								+ uri.substring(NS_URI_PREFIX.length()) + "); this version reads model "
								+ PlaybookPackage.eNS_URI.substring(NS_URI_PREFIX.length())
								+ ". The file was left as it is.");
			}
			return FileProblems.error(FileProblems.NOT_PLAYBOOK, file, missing.getLine(),
					"this is not a Playbook file (its model is '" + uri + "').");
		}
		if (first instanceof FeatureNotFoundException || first instanceof ClassNotFoundException
				|| first instanceof UnresolvedReferenceException) {
			return FileProblems.error(FileProblems.MALFORMED, file, first.getLine(),
					first.getMessage() + ". Was it edited by hand or written by a newer Playbook?" + backupHint(file));
		}
		SAXParseException parse = find(failure, SAXParseException.class);
		if (parse != null && String.valueOf(parse.getMessage()).contains("DOCTYPE")) {
			return FileProblems.error(FileProblems.NOT_XML, file, parse.getLineNumber(),
					"refused: files with a DOCTYPE are not read, for safety (Playbook never writes one)." + backupHint(file));
		}
		if (parse != null) {
			return FileProblems.error(FileProblems.NOT_XML, file, parse.getLineNumber(),
					"the file is cut short or is not well-formed XML (" + parse.getMessage() + ")." + backupHint(file));
		}
		if (first != null) {
			return FileProblems.error(FileProblems.MALFORMED, file, first.getLine(), first.getMessage() + backupHint(file));
		}
		return FileProblems.error(FileProblems.MALFORMED, file, 0, describe(failure) + backupHint(file));
	}

	private void discard(Resource resource) {
		resource.unload();
		resourceSet.getResources().remove(resource);
	}

	/** NUL bytes mean binary, unless the file is UTF-16 or UTF-32 text with its byte order mark (XML reads those). */
	private static boolean looksBinary(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
			return false;
		}
		for (int i = 0, n = Math.min(bytes.length, BINARY_SNIFF_BYTES); i < n; i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static String backupHint(Path file) {
		Path backup = PlaybookFiles.backupOf(file);
		return Files.isRegularFile(backup) ? " The previous version is kept in " + backup.getFileName() + "." : "";
	}

	private static <X extends Throwable> X find(Throwable failure, Class<X> type) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static String describe(Throwable e) {
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}
