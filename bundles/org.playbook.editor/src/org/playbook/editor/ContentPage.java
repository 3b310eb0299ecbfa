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
		super(editor, "content", Messages.ContentPage_contentAndCalendar);
	}

	@Override
	protected void createSections(Strategy strategy) {
		ContentPlan plan = strategy.getContentPlan();
		Composite mix = fields(Messages.ContentPage_contentMix, Messages.ContentPage_whenEveryStatusUpdate);
		binder().text(mix, Messages.ContentPage_helpful, plan, Literals.CONTENT_PLAN__HELPFUL_SHARE, false);
		binder().text(mix, Messages.ContentPage_promotional, plan, Literals.CONTENT_PLAN__PROMOTIONAL_SHARE, false);
		table(Messages.ContentPage_pillars, Messages.ContentPage_theFewThemesEvery, plan, Literals.CONTENT_PLAN__PILLARS, () -> {
			ContentPillar pillar = PlaybookFactory.eINSTANCE.createContentPillar();
			pillar.setName(Messages.ContentPage_newPillar);
			return pillar;
		}, Messages.ContentPage_addPillar).column(Messages.ContentPage_pillar, 180, Literals.CONTENT_PILLAR__NAME).column(Messages.ContentPage_description, 400, Literals.CONTENT_PILLAR__DESCRIPTION)
				.show();
		table(Messages.ContentPage_calendar, Messages.ContentPage_plannedPostsWhenWhere, plan, Literals.CONTENT_PLAN__CALENDAR_ENTRIES, () -> {
			CalendarEntry entry = PlaybookFactory.eINSTANCE.createCalendarEntry();
			entry.setTitle(Messages.ContentPage_newPost);
			entry.setDate(new java.util.Date());
			return entry;
		}, Messages.ContentPage_addPost)
				.column(Messages.ContentPage_title, 200, Literals.CALENDAR_ENTRY__TITLE)
				.column(Messages.ContentPage_date, 100, Literals.CALENDAR_ENTRY__DATE)
				.column(Messages.ContentPage_network, 110, Literals.CALENDAR_ENTRY__NETWORK)
				.column(Messages.ContentPage_intent, 110, Literals.CALENDAR_ENTRY__INTENT)
				.column(Messages.ContentPage_pillar, 130, Literals.CALENDAR_ENTRY__PILLAR)
				.column(Messages.ContentPage_tactic, 150, Literals.CALENDAR_ENTRY__TACTIC)
				.column(Messages.ContentPage_text, 250, Literals.CALENDAR_ENTRY__TEXT)
				.column(Messages.ContentPage_approval, 120, Literals.CALENDAR_ENTRY__APPROVAL)
				.column(Messages.ContentPage_reviewer, 120, Literals.CALENDAR_ENTRY__REVIEWER)
				.column(Messages.ContentPage_reviewComment, 220, Literals.CALENDAR_ENTRY__REVIEW_COMMENT).show();
	}
}
