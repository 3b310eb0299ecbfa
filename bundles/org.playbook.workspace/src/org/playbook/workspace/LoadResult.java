package org.playbook.workspace;

import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * What reading one file gave: its root object, or a diagnostic that says what went wrong
 * and where ({@link FileProblems#fileOf(Diagnostic)}, {@link FileProblems#lineOf(Diagnostic)}).
 * Never both: a file that did not load whole is not handed out half-read, so nobody can
 * save the half over the original.
 */
public record LoadResult<T extends EObject>(Path file, T root, Diagnostic diagnostic) {

	public boolean isOk() {
		return root != null;
	}

	static <T extends EObject> LoadResult<T> loaded(Path file, T root) {
		return new LoadResult<>(file, root, Diagnostic.OK_INSTANCE);
	}

	static <T extends EObject> LoadResult<T> failed(Path file, Diagnostic problem) {
		return new LoadResult<>(file, null, problem);
	}
}
