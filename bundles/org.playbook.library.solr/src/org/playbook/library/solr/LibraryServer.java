package org.playbook.library.solr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the shared library lives: the base URLs of one or more nodes of a SolrCloud cluster
 * ("http://solr1:8983/solr,http://solr2:8983/solr"; any node answers for the whole
 * collection, the next is tried when one is down) and the collection's name.
 */
public record LibraryServer(List<String> urls, String collection) {
	public static final String DEFAULT_COLLECTION = "playbook";

	public LibraryServer {
		urls = List.copyOf(urls);
		if (urls.isEmpty()) {
			throw new IllegalArgumentException("no library server named");
		}
		collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection.strip();
	}

	/**
	 * Reads a server as typed: comma-separated Solr base URLs.
	 * @throws IllegalArgumentException saying what is wrong with the text
	 */
	public static LibraryServer parse(String typed, String collection) {
		if (typed == null || typed.isBlank()) {
			throw new IllegalArgumentException("no library server named");
		}
		List<String> urls = new ArrayList<>();
		for (String part : typed.split(",")) {
			String url = part.strip();
			if (url.isEmpty()) {
				continue;
			}
			URI uri;
			try {
				uri = URI.create(url);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("\"" + url + "\" is not a URL (" + e.getMessage() + ")");
			}
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
				throw new IllegalArgumentException("\"" + url + "\" is not the http(s) URL of a Solr node, e.g. http://localhost:8983/solr"
						+ (url.contains(":2181") ? " (ZooKeeper addresses are not taken: name a Solr node)" : ""));
			}
			urls.add(url.replaceAll("/+$", ""));
		}
		return new LibraryServer(urls, collection);
	}

	@Override
	public String toString() {
		return "SolrCloud collection " + collection + " at " + String.join(", ", urls);
	}
}
