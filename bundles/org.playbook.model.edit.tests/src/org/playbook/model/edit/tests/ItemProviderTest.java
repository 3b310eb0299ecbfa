package org.playbook.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.playbook.model.Goal;
import org.playbook.model.Network;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.model.provider.PlaybookItemProviderAdapterFactory;

/** What a strategist sees of the model through the generated item providers. */
public class ItemProviderTest {
	private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(new PlaybookItemProviderAdapterFactory());

	@AfterEach
	public void dispose() {
		adapters.dispose();
	}

	@Test
	public void everyClassHasLabelAndIcon() {
		for (EClass eClass : classes()) {
			EObject object = EcoreUtil.create(eClass);
			IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(object, IItemLabelProvider.class);
			assertNotNull(labels, eClass.getName() + " has no item provider");
			assertFalse(labels.getText(object).isBlank(), eClass.getName());
			assertNotNull(labels.getImage(object), eClass.getName() + " has no icon");
		}
	}

	@Test
	public void labelsNameTheElement() {
		Goal goal = PlaybookFactory.eINSTANCE.createGoal();
		goal.setName("Grow online bean sales");
		assertEquals("Goal Grow online bean sales", label(goal));
	}

	@Test
	public void sectionsAreLabelledByWhatTheySay() {
		org.playbook.model.ContentPlan plan = PlaybookFactory.eINSTANCE.createContentPlan();
		plan.setPromotionalShare(80);
		plan.setHelpfulShare(10);
		assertEquals("Content Plan (80% promotional, 10% helpful)", label(plan));

		org.playbook.model.Listening listening = PlaybookFactory.eINSTANCE.createListening();
		assertEquals("Listening (no response time committed)", label(listening));
		listening.setResponseTimeHours(4.0);
		assertEquals("Listening (answers within 4 h)", label(listening));

		org.playbook.model.Metric visits = PlaybookFactory.eINSTANCE.createMetric();
		visits.setName("Shop visits");
		org.playbook.model.Measurement measurement = PlaybookFactory.eINSTANCE.createMeasurement();
		measurement.setMetric(visits);
		measurement.setValue(510);
		measurement.setPeriodStart(new java.util.GregorianCalendar(2026, java.util.Calendar.JANUARY, 1).getTime());
		assertEquals("Measurement Shop visits: 510 (2026-01-01)", label(measurement));
	}

	@Test
	public void propertiesReadWellAndAreGroupedByPart() {
		Tactic tactic = PlaybookFactory.eINSTANCE.createTactic();
		tactic.setNetwork(Network.X);
		IItemPropertySource properties = (IItemPropertySource) adapters.adapt(tactic, IItemPropertySource.class);
		IItemPropertyDescriptor network = properties.getPropertyDescriptor(tactic, PlaybookPackage.Literals.TACTIC__NETWORK);

		assertEquals("Network", network.getDisplayName(tactic));
		assertEquals("Tactic", network.getCategory(tactic));
		assertTrue(network.getDescription(tactic).startsWith("The network the tactic runs on"), network.getDescription(tactic));
		assertEquals("X (Twitter)", network.getLabelProvider(tactic).getText(Network.X));
		IItemPropertyDescriptor goals = properties.getPropertyDescriptor(tactic, PlaybookPackage.Literals.TACTIC__GOALS);
		assertTrue(goals.isMany(tactic), "goals are picked from the strategy's goals, several at once");
	}

	@Test
	public void aStrategyOffersItsSectionsAsNewChildren() {
		Strategy strategy = PlaybookFactory.eINSTANCE.createStrategy();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());
		Collection<?> children = domain.getNewChildDescriptors(strategy, null);
		List<EClass> offered = children.stream().map(c -> ((EObject) ((CommandParameter) c).getValue()).eClass()).toList();
		for (EClass section : List.of(PlaybookPackage.Literals.PURPOSE, PlaybookPackage.Literals.GOAL, PlaybookPackage.Literals.TACTIC,
				PlaybookPackage.Literals.CRISIS_PLAN, PlaybookPackage.Literals.REVIEW_CADENCE)) {
			assertTrue(offered.contains(section), section.getName() + " not offered: " + offered);
		}
	}

	private String label(EObject object) {
		return ((IItemLabelProvider) adapters.adapt(object, IItemLabelProvider.class)).getText(object);
	}

	private static List<EClass> classes() {
		return PlaybookPackage.eINSTANCE.getEClassifiers().stream().filter(c -> c instanceof EClass).map(c -> (EClass) c).toList();
	}
}
