package org.playbook.library.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.playbook.library.index.LibraryDocuments;
import org.playbook.library.search.IndexContent;
import org.playbook.model.Practice;

/**
 * Sends the library's accepted practices and its posts' passages to the shared collection.
 * Each document carries the stamp of what it was made from; what the collection already
 * holds with the same stamp is not sent again, so pushing twice sends nothing, and a push
 * cut short is finished by the next. Nothing is deleted: the collection is shared with other
 * strategists and agencies.
 */
public final class LibraryPush {
	/** Documents sent in one update request. */
	public static final int BATCH = Integer.getInteger("playbook.solr.batch", 500);
	private static final int COMMIT_WITHIN_MS = Integer.getInteger("playbook.solr.commitWithin", 2_000);

	/** What a push did: documents sent, and those the collection already had as they are. */
	public record Result(int sent, int unchanged) {
		@Override
		public String toString() {
			return sent + " document" + (sent == 1 ? "" : "s") + " sent, " + unchanged + " already there as they are";
		}
	}

	private LibraryPush() {
	}

	public static Result push(SolrLibrary library, IndexContent content) throws IOException {
		Map<String, String> present = library.stamps();
		List<SolrInputDocument> batch = new ArrayList<>();
		int[] counts = new int[2];
		IOException[] failure = new IOException[1];
		java.util.function.Consumer<Document> offer = fields -> {
			if (failure[0] != null) {
				return;
			}
			if (Objects.equals(present.get(SolrDocuments.id(fields)), SolrDocuments.stamp(fields))) {
				counts[1]++;
				return;
			}
			batch.add(SolrDocuments.of(fields));
			counts[0]++;
			if (batch.size() >= BATCH) {
				failure[0] = send(library, batch);
			}
		};
		for (Practice practice : content.practices()) {
			offer.accept(LibraryDocuments.practiceFields(practice));
		}
		content.forEachPost(post -> LibraryDocuments.passageFields(post).forEach(offer));
		if (failure[0] == null && !batch.isEmpty()) {
			failure[0] = send(library, batch);
		}
		if (failure[0] != null) {
			throw failure[0];
		}
		if (counts[0] > 0) {
			UpdateRequest commit = new UpdateRequest();
			commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
			library.send(commit, true);
		}
		library.changed();
		return new Result(counts[0], counts[1]);
	}

	private static IOException send(SolrLibrary library, List<SolrInputDocument> batch) {
		try {
			UpdateRequest update = new UpdateRequest();
			update.add(batch);
			// what is sent becomes searchable within seconds: a push cut short leaves it there, and the next skips it
			update.setCommitWithin(COMMIT_WITHIN_MS);
			library.send(update, true);
			batch.clear();
			return null;
		} catch (IOException e) {
			return e;
		}
	}
}
