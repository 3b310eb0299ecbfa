package org.playbook.editor;

import org.eclipse.swt.widgets.Composite;
import org.playbook.model.CalendarEntry;
import org.playbook.model.ContentPillar;
import org.playbook.model.ContentPlan;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** What is published: the mix of helpful and promotional posts, the pillars, the calendar. */
final class ContentPage extends StrategyPage {

	ContentPage(StrategyEditor editor) {
		super(editor, "content", "Content and Calendar");
	}

	@Override
	protected void createSections(Strategy strategy) {
		ContentPlan plan = strategy.getContentPlan();
		Composite mix = fields("Content mix", "When every status update is a sales pitch, people stop listening. Shares are percentages.");
		binder().text(mix, "Helpful (%)", plan, Literals.CONTENT_PLAN__HELPFUL_SHARE, false);
		binder().text(mix, "Promotional (%)", plan, Literals.CONTENT_PLAN__PROMOTIONAL_SHARE, false);
		table("Pillars", "The few themes every post belongs to.", plan, Literals.CONTENT_PLAN__PILLARS, () -> {
			ContentPillar pillar = PlaybookFactory.eINSTANCE.createContentPillar();
			pillar.setName("New pillar");
			return pillar;
		}, "Add pillar").column("Pillar", 180, Literals.CONTENT_PILLAR__NAME).column("Description", 400, Literals.CONTENT_PILLAR__DESCRIPTION)
				.show();
		table("Calendar", "Planned posts: when, where, why.", plan, Literals.CONTENT_PLAN__CALENDAR_ENTRIES, () -> {
			CalendarEntry entry = PlaybookFactory.eINSTANCE.createCalendarEntry();
			entry.setTitle("New post");
			entry.setDate(new java.util.Date());
			return entry;
		}, "Add post")
				.column("Title", 200, Literals.CALENDAR_ENTRY__TITLE)
				.column("Date", 100, Literals.CALENDAR_ENTRY__DATE)
				.column("Network", 110, Literals.CALENDAR_ENTRY__NETWORK)
				.column("Intent", 110, Literals.CALENDAR_ENTRY__INTENT)
				.column("Pillar", 130, Literals.CALENDAR_ENTRY__PILLAR)
				.column("Tactic", 150, Literals.CALENDAR_ENTRY__TACTIC).show();
	}
}
