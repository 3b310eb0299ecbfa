package org.playbook.editor;

import org.eclipse.swt.widgets.Composite;
import org.playbook.model.Competitor;
import org.playbook.model.MarketTrend;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Situation;
import org.playbook.model.Strategy;
import org.playbook.model.SwotItem;

/** Where the client stands: a summary, SWOT, competitors and the market's trends. */
final class SituationPage extends StrategyPage {

	SituationPage(StrategyEditor editor) {
		super(editor, "situation", "Situation");
	}

	@Override
	protected void createSections(Strategy strategy) {
		Situation situation = strategy.getSituation();
		Composite summary = fields("Summary", "Where the client stands before any tactic is chosen.");
		binder().text(summary, "Summary", situation, Literals.SITUATION__SUMMARY, true);
		table("SWOT", "Strengths, weaknesses, opportunities and threats.", situation, Literals.SITUATION__SWOT_ITEMS, () -> {
			SwotItem item = PlaybookFactory.eINSTANCE.createSwotItem();
			item.setText("New item");
			return item;
		}, "Add item").column("Kind", 110, Literals.SWOT_ITEM__KIND).column("What", 480, Literals.SWOT_ITEM__TEXT).show();
		table("Competitors", "Who else the audience listens to, and where.", situation, Literals.SITUATION__COMPETITORS, () -> {
			Competitor competitor = PlaybookFactory.eINSTANCE.createCompetitor();
			competitor.setName("New competitor");
			return competitor;
		}, "Add competitor")
				.column("Competitor", 160, Literals.COMPETITOR__NAME)
				.column("Networks", 160, Literals.COMPETITOR__NETWORKS)
				.column("Strengths", 200, Literals.COMPETITOR__STRENGTHS)
				.column("Weaknesses", 200, Literals.COMPETITOR__WEAKNESSES).show();
		table("Market trends", null, situation, Literals.SITUATION__MARKET_TRENDS, () -> {
			MarketTrend trend = PlaybookFactory.eINSTANCE.createMarketTrend();
			trend.setName("New trend");
			return trend;
		}, "Add trend").column("Trend", 200, Literals.MARKET_TREND__NAME).column("Description", 400, Literals.MARKET_TREND__DESCRIPTION).show();
	}
}
