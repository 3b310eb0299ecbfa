package org.playbook.library.solr;

import org.apache.lucene.document.Document;
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
	private SolrDocuments() {
	}

	static SolrInputDocument of(Document fields) {
		SolrInputDocument doc = new SolrInputDocument();
		for (IndexableField field : fields) {
			if (field instanceof SortedSetDocValuesFacetField facet) {
				doc.addField(SolrConfigset.facetField(facet.dim), String.join("/", facet.path));
			} else if (field instanceof NumericDocValuesField number && Fields.GROUP.equals(field.name())) {
				doc.setField(Fields.GROUP, Long.toString(number.numericValue().longValue()));
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

	static String stamp(Document fields) {
		return fields.get(Fields.STAMP.fieldName());
	}
}
