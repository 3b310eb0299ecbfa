package org.playbook.library.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.playbook.library.embedding.StoredEmbeddings;
import org.playbook.library.index.DocumentMeanings;
import org.playbook.library.index.LibraryDocuments;
import org.playbook.library.index.IndexContent;
import org.playbook.model.Practice;

/**
 * Sends the library's accepted practices and its posts' passages to the shared collection.
 * Each document carries the stamp of what it was made from; what the collection already
 * holds with the same stamp is not sent again, so pushing twice sends nothing, and a push
 * cut short is finished by the next. Nothing is deleted: the collection is shared with other
 * strategists and agencies. A few batches are in flight at once, so that the shards' leaders
 * index in parallel.
 */
public final class LibraryPush {
	/** Documents sent in one update request. */
	public static final int BATCH = Integer.getInteger("playbook.solr.batch", 1_000);
	/** Update requests in flight at once. */
	public static final int SENDERS = Integer.getInteger("playbook.solr.senders", 4);
	/** What is sent becomes searchable within this time: a push cut short leaves it there, and the next skips it. */
	private static final int COMMIT_WITHIN_MS = Integer.getInteger("playbook.solr.commitWithin", 15_000);

	/** What a push did: documents sent, and those the collection already had as they are. */
	public record Result(int sent, int unchanged) {
		@Override
		public String toString() {
			return sent + " document" + (sent == 1 ? "" : "s") + " sent, " + unchanged + " already there as they are";
		}
	}

	private LibraryPush() {
	}

	/**
	 * Sends what changed of the content, each practice and passage with its meaning vector
	 * (read from {@code meanings}, or computed and kept there); with null, without vectors
	 * (a benchmark of the words alone).
	 */
	public static Result push(SolrLibrary library, IndexContent content, StoredEmbeddings meanings) throws IOException {
		Map<String, String> present = library.stamps();
		Sender sender = new Sender(library);
		DocumentMeanings vectors = meanings == null ? null : new DocumentMeanings(meanings);
		int[] counts = new int[2];
		List<Document> batch = new ArrayList<>();
		java.util.function.Consumer<Document> offer = fields -> {
			if (Objects.equals(present.get(SolrDocuments.id(fields)), SolrDocuments.stamp(fields))) {
				counts[1]++;
				return;
			}
			batch.add(fields);
			counts[0]++;
			if (batch.size() >= BATCH) {
				sender.send(withMeanings(vectors, batch));
				batch.clear();
			}
		};
		try {
			for (Practice practice : content.practices()) {
				offer.accept(LibraryDocuments.practiceFields(practice));
			}
			content.forEachPost(post -> LibraryDocuments.passageFields(post).forEach(offer));
			if (!batch.isEmpty()) {
				sender.send(withMeanings(vectors, batch));
			}
		} finally {
			sender.finish();
		}
		if (counts[0] > 0) {
			UpdateRequest commit = new UpdateRequest();
			commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
			library.send(commit, true);
		}
		library.changed();
		return new Result(counts[0], counts[1]);
	}

	/** The batch as Solr documents, each practice and passage with its meaning (the model runs once for the batch). */
	private static List<SolrInputDocument> withMeanings(DocumentMeanings vectors, List<Document> batch) {
		if (vectors != null) {
			vectors.addTo(batch);
		}
		return batch.stream().map(SolrDocuments::of).toList();
	}

	/** Sends batches from a few threads, at most {@link #SENDERS} at once; the first failure ends the push. */
	private static final class Sender {
		private final SolrLibrary library;
		private final ExecutorService threads = Executors.newFixedThreadPool(SENDERS, runnable -> {
			Thread thread = new Thread(runnable, "Playbook library push");
			thread.setDaemon(true);
			return thread;
		});
		private final Semaphore inFlight = new Semaphore(SENDERS);
		private final AtomicReference<IOException> failure = new AtomicReference<>();

		Sender(SolrLibrary library) {
			this.library = library;
		}

		void send(List<SolrInputDocument> batch) {
			if (failure.get() != null) {
				return;
			}
			inFlight.acquireUninterruptibly();
			threads.execute(() -> {
				try {
					UpdateRequest update = new UpdateRequest();
					update.add(batch);
					update.setCommitWithin(COMMIT_WITHIN_MS);
					library.send(update, true);
				} catch (IOException e) {
					failure.compareAndSet(null, e);
				} finally {
					inFlight.release();
				}
			});
		}

		/** Waits for the batches in flight; throws the first failure. */
		void finish() throws IOException {
			threads.shutdown();
			try {
				if (!threads.awaitTermination(10, TimeUnit.MINUTES)) {
					throw new IOException("the library server took more than 10 minutes to take the last batches");
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while sending the library", e);
			}
			if (failure.get() != null) {
				throw failure.get();
			}
		}
	}
}
