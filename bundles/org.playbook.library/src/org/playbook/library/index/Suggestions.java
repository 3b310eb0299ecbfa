package org.playbook.library.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Type-ahead for the search box (lucene-suggest's AnalyzingInfixSuggester): practice titles
 * and tags that contain the words typed so far, the last one as a prefix. Built in memory
 * from the index's stored fields whenever the index has changed.
 */
public final class Suggestions implements AutoCloseable {
	private IndexReader builtFrom;
	private AnalyzingInfixSuggester suggester;

	public synchronized List<String> suggest(IndexReader reader, String typed, int count) throws IOException {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		if (reader != builtFrom) {
			rebuild(reader);
		}
		List<String> suggestions = new ArrayList<>();
		for (Lookup.LookupResult result : suggester.lookup(typed, count, true, false)) {
			suggestions.add(result.key.toString());
		}
		return suggestions;
	}

	private void rebuild(IndexReader reader) throws IOException {
		close();
		Set<String> phrases = new LinkedHashSet<>();
		StoredFields stored = reader.storedFields();
		for (int doc = 0; doc < reader.maxDoc(); doc++) {
			Document document = stored.document(doc);
			if (LibraryDocuments.KIND_PRACTICE.equals(document.get(Fields.KIND.fieldName()))) {
				phrases.add(document.get(Fields.TITLE.fieldName()));
				for (String tag : document.getValues(Fields.TAGS.fieldName())) {
					phrases.add(tag);
				}
			}
		}
		phrases.remove(null);
		AnalyzingInfixSuggester built = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), LibraryAnalyzer.forSuggestions());
		built.build(new PhraseIterator(new ArrayList<>(phrases)));
		suggester = built;
		builtFrom = reader;
	}

	@Override
	public synchronized void close() throws IOException {
		if (suggester != null) {
			suggester.close();
			suggester = null;
			builtFrom = null;
		}
	}

	/** Shorter phrases weigh more: a tag or short title is the likelier completion. */
	private static final class PhraseIterator implements InputIterator {
		private final List<String> phrases;
		private int next;

		PhraseIterator(List<String> phrases) {
			this.phrases = phrases;
		}

		@Override
		public BytesRef next() {
			return next < phrases.size() ? new BytesRef(phrases.get(next++)) : null;
		}

		@Override
		public long weight() {
			return 1000 - Math.min(999, phrases.get(next - 1).length());
		}

		@Override
		public BytesRef payload() {
			return null;
		}

		@Override
		public boolean hasPayloads() {
			return false;
		}

		@Override
		public Set<BytesRef> contexts() {
			return null;
		}

		@Override
		public boolean hasContexts() {
			return false;
		}
	}
}
