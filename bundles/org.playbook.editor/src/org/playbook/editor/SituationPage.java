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
		super(editor, "situation", Messages.SituationPage_situation);
	}

	@Override
	protected void createSections(Strategy strategy) {
		Situation situation = strategy.getSituation();
		Composite summary = fields(Messages.SituationPage_summary, Messages.SituationPage_whereTheClientStands);
		binder().text(summary, Messages.SituationPage_summary, situation, Literals.SITUATION__SUMMARY, true);
		table(Messages.SituationPage_swot, Messages.SituationPage_strengthsWeaknessesOpportunitiesAnd, situation, Literals.SITUATION__SWOT_ITEMS, () -> {
			SwotItem item = PlaybookFactory.eINSTANCE.createSwotItem();
			item.setText(Messages.SituationPage_newItem);
			return item;
		}, Messages.SituationPage_addItem).column(Messages.SituationPage_kind, 110, Literals.SWOT_ITEM__KIND).column(Messages.SituationPage_what, 480, Literals.SWOT_ITEM__TEXT).show();
		table(Messages.SituationPage_competitors, Messages.SituationPage_whoElseTheAudience, situation, Literals.SITUATION__COMPETITORS, () -> {
			Competitor competitor = PlaybookFactory.eINSTANCE.createCompetitor();
			competitor.setName(Messages.SituationPage_newCompetitor);
			return competitor;
		}, Messages.SituationPage_addCompetitor)
				.column(Messages.SituationPage_competitor, 160, Literals.COMPETITOR__NAME)
				.column(Messages.SituationPage_networks, 160, Literals.COMPETITOR__NETWORKS)
				.column(Messages.SituationPage_strengths, 200, Literals.COMPETITOR__STRENGTHS)
				.column(Messages.SituationPage_weaknesses, 200, Literals.COMPETITOR__WEAKNESSES).show();
		table(Messages.SituationPage_marketTrends, null, situation, Literals.SITUATION__MARKET_TRENDS, () -> {
			MarketTrend trend = PlaybookFactory.eINSTANCE.createMarketTrend();
			trend.setName(Messages.SituationPage_newTrend);
			return trend;
		}, Messages.SituationPage_addTrend).column(Messages.SituationPage_trend, 200, Literals.MARKET_TREND__NAME).column(Messages.SituationPage_description, 400, Literals.MARKET_TREND__DESCRIPTION).show();
	}
}
