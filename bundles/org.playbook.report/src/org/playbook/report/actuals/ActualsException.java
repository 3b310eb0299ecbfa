package org.playbook.report.actuals;

/** A CSV export that cannot be imported: what is wrong and on which line. Nothing was imported. */
public class ActualsException extends Exception {
	private static final long serialVersionUID = 1L;
	private final int line;

	public ActualsException(String file, int line, String problem) {
		super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
		this.line = line;
	}

	/** The line of the file (1 is the header), or 0 when the problem is the whole file. */
	public int line() {
		return line;
	}
}
