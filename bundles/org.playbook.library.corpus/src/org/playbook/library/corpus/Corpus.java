package org.playbook.library.corpus;

import java.net.URL;

/**
 * The data Playbook ships: the blog posts the practice library is drawn from (posts/, file
 * names kept as collected) and the curated seed library citing them (library/seed.practices).
 * Found through this class's loader, so it works inside OSGi and on a plain class path.
 */
public final class Corpus {
	/** The seed library; its sources' document paths are relative to this bundle's root. */
	public static final String SEED_LIBRARY = "library/seed.practices";

	private Corpus() {
	}

	/** A file of the corpus by its path in this bundle, e.g. "posts/000_aed9b37b8e09812b.txt", or null. */
	public static URL entry(String path) {
		return Corpus.class.getResource("/" + path);
	}

	public static URL seedLibrary() {
		return entry(SEED_LIBRARY);
	}
}
