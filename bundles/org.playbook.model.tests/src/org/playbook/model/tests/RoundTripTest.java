package org.playbook.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.playbook.model.Goal;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.model.util.PlaybookResourceImpl;

public class RoundTripTest {

	@Test
	public void everyClassAndFeatureSurvivesSaveAndLoad() throws IOException {
		Set<EClass> covered = new HashSet<>();
		for (EClass rootClass : new EClass[] { PlaybookPackage.Literals.CLIENT, PlaybookPackage.Literals.STRATEGY,
				PlaybookPackage.Literals.PRACTICE_LIBRARY }) {
			ModelFiller filler = new ModelFiller();
			EObject original = filler.fill(rootClass);
			covered.addAll(filler.instantiated());

			EObject reloaded = reload(original);

			assertTrue(EcoreUtil.equals(original, reloaded), () -> rootClass.getName() + " changed in a save and load");
		}
		Set<String> missing = PlaybookPackage.eINSTANCE.getEClassifiers().stream()
				.filter(c -> c instanceof EClass eClass && !eClass.isAbstract() && !covered.contains(eClass))
				.map(c -> c.getName()).collect(Collectors.toSet());
		assertEquals(Set.of(), missing, "classes no root reaches, so not round-tripped");
	}

	@Test
	public void referencesSurviveReordering() throws IOException {
		Strategy strategy = PlaybookFactory.eINSTANCE.createStrategy();
		strategy.setName("s");
		Goal first = goal(strategy, "first");
		Goal second = goal(strategy, "second");
		Tactic tactic = PlaybookFactory.eINSTANCE.createTactic();
		tactic.setName("t");
		tactic.getGoals().add(second);
		strategy.getTactics().add(tactic);
		Resource resource = new PlaybookResourceImpl(URI.createURI("memory:/s.playbook"));
		resource.getContents().add(strategy);
		String saved = save(resource);

		// a person moves the second goal to the top in a text editor: references are ids, not positions
		String reordered = saved.replaceFirst("(?s)(<goals [^>]*name=\"first\"[^>]*/>)(\\s*)(<goals [^>]*name=\"second\"[^>]*/>)", "$3$2$1");
		Strategy reloaded = (Strategy) load(reordered).getContents().get(0);

		assertEquals("second", reloaded.getGoals().get(0).getName(), "the test did not reorder the goals");
		assertEquals("second", reloaded.getTactics().get(0).getGoals().get(0).getName());
		assertTrue(first != second);
	}

	private static Goal goal(Strategy strategy, String name) {
		Goal goal = PlaybookFactory.eINSTANCE.createGoal();
		goal.setName(name);
		strategy.getGoals().add(goal);
		return goal;
	}

	private static EObject reload(EObject root) throws IOException {
		Resource resource = new PlaybookResourceImpl(URI.createURI("memory:/test.playbook"));
		resource.getContents().add(root);
		return load(save(resource)).getContents().get(0);
	}

	private static String save(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static Resource load(String xml) throws IOException {
		Resource resource = new PlaybookResourceImpl(URI.createURI("memory:/copy.playbook"));
		resource.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}
}
