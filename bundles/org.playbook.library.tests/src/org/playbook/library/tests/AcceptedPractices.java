package org.playbook.library.tests;

import org.playbook.model.PlaybookFactory;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.model.PracticeStatus;

/** Practices made in a test, as a library holds them once a strategist accepted them. */
public final class AcceptedPractices {
	private AcceptedPractices() {
	}

	/** An accepted practice whose summary is its title. */
	public static Practice of(String id, String title, PracticeCategory category) {
		Practice practice = PlaybookFactory.eINSTANCE.createPractice();
		practice.setId(id);
		practice.setTitle(title);
		practice.setSummary(title + ".");
		practice.setCategory(category);
		practice.setStatus(PracticeStatus.ACCEPTED);
		return practice;
	}
}
