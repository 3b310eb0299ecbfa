package org.playbook.library.solr;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.playbook.library.index.Fields;

/**
 * A library document as the embedded index makes it (LibraryDocuments), as a Solr document
 * of the generated schema: stored and text values under their field's name, facet labels in
 * the dimension's facet field, the diversifying group as a number.
 */
final class SolrDocuments {
	private static final String MEANING_MARK = "+meaning";

	private SolrDocuments() {
	}

	static SolrInputDocument of(Document fields) {
		SolrInputDocument doc = new SolrInputDocument();
		for (IndexableField field : fields) {
			if (field instanceof SortedSetDocValuesFacetField facet) {
				doc.addField(SolrConfigset.facetField(facet.dim), String.join("/", facet.path));
			} else if (field instanceof NumericDocValuesField number && Fields.GROUP.equals(field.name())) {
				doc.setField(Fields.GROUP, Long.toString(number.numericValue().longValue()));
			} else if (field instanceof KnnFloatVectorField vector) {
				List<Float> values = new ArrayList<>(vector.vectorValue().length);
				for (float value : vector.vectorValue()) {
					values.add(value);
				}
				doc.setField(field.name(), values);
			} else if (Fields.STAMP.fieldName().equals(field.name())) {
				doc.setField(field.name(), stamp(fields));
			} else if (field instanceof StringField) {
				// the lower-cased twin of a keyword's stored value: the schema's keyword type lower-cases it itself
			} else if (field.stringValue() != null) {
				doc.addField(field.name(), field.stringValue());
			}
		}
		return doc;
	}

	/** The document's id, as the embedded index stores it. */
	static String id(Document fields) {
		return fields.get(Fields.ID.fieldName());
	}

	/**
	 * What the collection compares to know whether a document changed: the embedded index's
	 * stamp, marked as sent with its meaning vector, so that documents pushed before the
	 * library searched meanings are sent again once, with their vectors.
	 */
	static String stamp(Document fields) {
		return fields.get(Fields.STAMP.fieldName()) + MEANING_MARK;
	}
}
