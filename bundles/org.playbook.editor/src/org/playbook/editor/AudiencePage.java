package org.playbook.editor;

import org.playbook.model.Persona;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;

/** Who the strategy speaks to: personas with their needs, values and networks. */
final class AudiencePage extends StrategyPage {

	AudiencePage(StrategyEditor editor) {
		super(editor, "audience", Messages.AudiencePage_audience);
	}

	@Override
	protected void createSections(Strategy strategy) {
		table(Messages.AudiencePage_personas, Messages.AudiencePage_knowTheCustomerBefore, strategy,
				Literals.STRATEGY__PERSONAS, () -> {
					Persona persona = PlaybookFactory.eINSTANCE.createPersona();
					persona.setName(Messages.AudiencePage_newPersona);
					return persona;
				}, Messages.AudiencePage_addPersona)
				.column(Messages.AudiencePage_persona, 150, Literals.PERSONA__NAME)
				.column(Messages.AudiencePage_description, 220, Literals.PERSONA__DESCRIPTION)
				.column(Messages.AudiencePage_needs, 170, Literals.PERSONA__NEEDS)
				.column(Messages.AudiencePage_values, 170, Literals.PERSONA__VALUES)
				.column(Messages.AudiencePage_networks, 170, Literals.PERSONA__NETWORKS).show();
	}
}
