package org.playbook.library.tests;

import org.playbook.library.importer.ParsedPost;
import org.playbook.library.importer.PostReader;

/** A broken plugin's reader (contributed by fragment.xml): it claims every "explode" file and then throws. */
public class ExplodingPostReader implements PostReader {
	static int reads;

	@Override
	public boolean canRead(String fileName, String text) {
		return fileName.contains("explode");
	}

	@Override
	public ParsedPost read(String fileName, String text) {
		reads++;
		throw new IllegalStateException("this reader is broken on purpose");
	}
}
