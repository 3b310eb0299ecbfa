package org.playbook.editor;

import org.playbook.model.Persona;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** Who the strategy speaks to: personas with their needs, values and networks. */
final class AudiencePage extends StrategyPage {

	AudiencePage(StrategyEditor editor) {
		super(editor, "audience", "Audience");
	}

	@Override
	protected void createSections(Strategy strategy) {
		table("Personas", "Know the customer before choosing a network: what they need, what they value, where they are.", strategy,
				Literals.STRATEGY__PERSONAS, () -> {
					Persona persona = PlaybookFactory.eINSTANCE.createPersona();
					persona.setName("New persona");
					return persona;
				}, "Add persona")
				.column("Persona", 150, Literals.PERSONA__NAME)
				.column("Description", 220, Literals.PERSONA__DESCRIPTION)
				.column("Needs", 170, Literals.PERSONA__NEEDS)
				.column("Values", 170, Literals.PERSONA__VALUES)
				.column("Networks", 170, Literals.PERSONA__NETWORKS).show();
	}
}
