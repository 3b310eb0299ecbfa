package org.playbook.workspace;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Diagnostics about files, in one shape everywhere (editor error page, markers, CLI):
 * the message names the file and line, and the data carries them as {@code [Path, Integer]}.
 */
public final class FileProblems {
	public static final String SOURCE = "org.playbook.workspace";
	/** Codes, so callers can react to a kind of problem without parsing messages. */
	public static final int UNREADABLE = 1, EMPTY = 2, NOT_XML = 3, NEWER_VERSION = 4, NOT_PLAYBOOK = 5,
			WRONG_CONTENT = 6, MALFORMED = 7, SAVE_FAILED = 8;

	private FileProblems() {
	}

	public static Diagnostic error(int code, Path file, int line, String problem) {
		String where = line > 0 ? file + ", line " + line : file.toString();
		return new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code, where + ": " + problem,
				new Object[] { file, Integer.valueOf(line), problem });
	}

	public static Path fileOf(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		return !data.isEmpty() && data.get(0) instanceof Path path ? path : null;
	}

	/** "line 3: the file is cut short...": the problem where the file is already named (a row of the navigator). */
	public static String withinFile(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		if (data.size() < 3 || !(data.get(2) instanceof String problem)) {
			return diagnostic.getMessage();
		}
		return lineOf(diagnostic) > 0 ? "line " + lineOf(diagnostic) + ": " + problem : problem;
	}

	/** The 1-based line the problem is on, or 0 when it is about the file as a whole. */
	public static int lineOf(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		return data.size() > 1 && data.get(1) instanceof Integer line ? line.intValue() : 0;
	}
}
