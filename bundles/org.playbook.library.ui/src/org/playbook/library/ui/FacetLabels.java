package org.playbook.library.ui;

import org.playbook.library.index.Fields;
import org.playbook.library.search.Hit;
import org.playbook.model.Polarity;
import org.playbook.model.PracticeCategory;
import org.playbook.model.labels.Labels;

/** The facets as the Search view shows them: "Category", "Failure pattern", not the index's keys. */
final class FacetLabels {
	private FacetLabels() {
	}

	static String dimension(String dimension) {
		return switch (dimension) {
			case Fields.FACET_CATEGORY -> Messages.FacetLabels_category;
			case Fields.FACET_POLARITY -> Messages.FacetLabels_polarity;
			case Fields.FACET_SOURCE -> Messages.FacetLabels_source;
			case Fields.FACET_TAG -> Messages.FacetLabels_tag;
			case Fields.FACET_KIND -> Messages.FacetLabels_kind;
			case Fields.FACET_CLIENT -> Messages.FacetLabels_client;
			default -> dimension;
		};
	}

	static String value(String dimension, String value) {
		if (Fields.FACET_CATEGORY.equals(dimension)) {
			PracticeCategory category = PracticeCategory.get(value);
			return category == null ? value : Labels.of(category);
		}
		if (Fields.FACET_POLARITY.equals(dimension)) {
			Polarity polarity = Hit.polarityOf(value);
			return polarity == null ? value : Labels.of(polarity);
		}
		return value;
	}
}
