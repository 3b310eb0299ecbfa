package org.playbook.library.ui;

import org.playbook.library.search.Hit;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Practice;
import org.playbook.model.PracticeStatus;
import org.playbook.model.Source;
import org.playbook.model.SourceRef;

/**
 * A practice the shared library found that this workspace's library does not hold (another
 * strategist's or agency's), as the views show it: made from the hit, in no resource, so it
 * is read, not edited.
 */
final class ForeignPractice {
	private ForeignPractice() {
	}

	static Practice of(Hit hit) {
		Practice practice = PlaybookFactory.eINSTANCE.createPractice();
		practice.setId(hit.id());
		practice.setTitle(hit.title());
		practice.setSummary(hit.snippet());
		if (hit.categoryValue() != null) {
			practice.setCategory(hit.categoryValue());
		}
		if (hit.polarityValue() != null) {
			practice.setPolarity(hit.polarityValue());
		}
		practice.setStatus(PracticeStatus.ACCEPTED);
		if (hit.quote() != null) {
			SourceRef ref = PlaybookFactory.eINSTANCE.createSourceRef();
			ref.setQuote(hit.quote());
			if (hit.source() != null) {
				Source source = PlaybookFactory.eINSTANCE.createSource();
				source.setTitle(hit.source());
				ref.setSource(source);
			}
			practice.getSourceRefs().add(ref);
		}
		return practice;
	}
}
