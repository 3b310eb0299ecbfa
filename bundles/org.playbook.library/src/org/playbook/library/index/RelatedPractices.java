package org.playbook.library.index;

import java.io.IOException;
import java.io.StringReader;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** "Related practices" with Lucene's MoreLikeThis, for a practice in the index or for any text. */
public final class RelatedPractices {
	private static final String[] FIELDS = { Fields.TITLE.fieldName(), Fields.SUMMARY.fieldName(), Fields.BODY.fieldName(),
			Fields.QUOTES.fieldName(), Fields.TAGS.fieldName() };

	/** Practices like the one with this id (itself excluded); none when the id is unknown. */
	public TopDocs likePractice(IndexSearcher searcher, String practiceId, int count) throws IOException {
		Term id = new Term(Fields.ID.fieldName(), LibraryAnalyzer.keyword(practiceId));
		TopDocs self = searcher.search(new TermQuery(id), 1);
		if (self.scoreDocs.length == 0) {
			return self;
		}
		Query like = moreLikeThis(searcher.getIndexReader()).like(self.scoreDocs[0].doc);
		return searcher.search(practicesOnly(like, id), count);
	}

	/** Practices like a piece of text, e.g. a tactic's name and description. */
	public TopDocs likeText(IndexSearcher searcher, String text, int count) throws IOException {
		MoreLikeThis mlt = moreLikeThis(searcher.getIndexReader());
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String field : FIELDS) {
			any.add(mlt.like(field, new StringReader(text)), BooleanClause.Occur.SHOULD);
		}
		return searcher.search(practicesOnly(any.build(), null), count);
	}

	private static MoreLikeThis moreLikeThis(IndexReader reader) throws IOException {
		MoreLikeThis mlt = new MoreLikeThis(reader);
		mlt.setAnalyzer(LibraryAnalyzer.forIndexing());
		mlt.setFieldNames(FIELDS);
		// a library of tens of practices: a word seen once is already telling
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(1);
		mlt.setMaxQueryTerms(25); // stop words are already dropped by the analyzer
		return mlt;
	}

	private static Query practicesOnly(Query like, Term exclude) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
				.add(new TermQuery(new Term(Fields.KIND.fieldName(), LibraryDocuments.KIND_PRACTICE)), BooleanClause.Occur.FILTER);
		if (exclude != null) {
			query.add(new TermQuery(exclude), BooleanClause.Occur.MUST_NOT);
		}
		return query.build();
	}
}
