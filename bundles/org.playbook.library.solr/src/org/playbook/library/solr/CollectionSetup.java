package org.playbook.library.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.NamedList;

/**
 * Makes the shared library's collection: uploads the generated configset under the
 * collection's name and creates the collection from it, or, when it exists, reloads it
 * with the configset as this Playbook generates it.
 */
public final class CollectionSetup {
	private CollectionSetup() {
	}

	/**
	 * How a shard's copies keep up: NRT replicas each index every document (any of them can
	 * lead, searches see a document on all at once); TLOG replicas only log it and copy the
	 * leader's segments, so a document is indexed once per shard however many copies it has.
	 */
	public enum ReplicaType {
		NRT, TLOG
	}

	/** What setting up did, in words. */
	public static String create(SolrLibrary library, int shards, int replicas) throws IOException {
		return create(library, shards, replicas, ReplicaType.NRT);
	}

	public static String create(SolrLibrary library, int shards, int replicas, ReplicaType type) throws IOException {
		String collection = library.server().collection();
		Path zip = Files.createTempFile("playbook-configset", ".zip");
		try {
			Files.write(zip, SolrConfigset.zip());
			ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setConfigSetName(collection).setOverwrite(true)
					.setCleanup(true).setUploadFile(zip.toFile(), "application/zip");
			library.send(upload, false);
		} finally {
			Files.deleteIfExists(zip);
		}
		if (collections(library).contains(collection)) {
			library.send(CollectionAdminRequest.reloadCollection(collection), false);
			return "the collection " + collection + " exists: its configset was replaced with this Playbook's and it was reloaded";
		}
		CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, collection, shards,
				type == ReplicaType.NRT ? replicas : 0, type == ReplicaType.TLOG ? replicas : 0, 0);
		NamedList<Object> response = library.send(create, false);
		CollectionAdminResponse created = new CollectionAdminResponse();
		created.setResponse(response);
		if (!created.isSuccess()) {
			throw new IOException("the collection " + collection + " was not created: " + created.getErrorMessages());
		}
		awaitSearchable(library);
		return "created the collection " + collection + " (" + shards + " shard" + (shards == 1 ? "" : "s") + " × " + replicas
				+ (type == ReplicaType.TLOG ? " TLOG" : "") + " replica" + (replicas == 1 ? "" : "s") + ") from the generated configset";
	}

	/** A new collection answers once a replica of every shard is up: the command after create can push at once. */
	private static void awaitSearchable(SolrLibrary library) throws IOException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		while (true) {
			try {
				library.size();
				return;
			} catch (IOException notYet) {
				if (System.nanoTime() > deadline) {
					throw new IOException("the collection was created but does not answer yet: " + notYet.getMessage(), notYet);
				}
				try {
					Thread.sleep(250);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IOException("interrupted while waiting for the new collection", e);
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> collections(SolrLibrary library) throws IOException {
		NamedList<Object> response = library.send(new CollectionAdminRequest.List(), false);
		Object names = response.get("collections");
		return names instanceof List<?> list ? (List<String>) list : List.of();
	}
}
