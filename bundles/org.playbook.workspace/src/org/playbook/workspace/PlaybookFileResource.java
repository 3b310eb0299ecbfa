package org.playbook.workspace;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.playbook.model.util.PlaybookResourceImpl;

/**
 * A Playbook file as the workbench and the commands read and write it. With
 * {@link #OPTION_OMIT_EMPTY_SECTIONS} (on by default) a single section that holds nothing (a
 * crisis plan the editor offered but nobody filled in) is not written, so the file says
 * only what the strategist gave and the audit still sees the section missing. The model is
 * not touched for it: the serialisation passes the section over.
 */
public class PlaybookFileResource extends PlaybookResourceImpl {
	/** Save option: Boolean.TRUE leaves empty single-valued sections out of the file. */
	public static final String OPTION_OMIT_EMPTY_SECTIONS = "org.playbook.omitEmptySections";

	public PlaybookFileResource(URI uri) {
		super(uri);
		getDefaultSaveOptions().put(OPTION_OMIT_EMPTY_SECTIONS, Boolean.TRUE);
	}

	@Override
	protected XMLSave createXMLSave(Map<?, ?> options) {
		if (!Boolean.TRUE.equals(options == null ? null : options.get(OPTION_OMIT_EMPTY_SECTIONS))) {
			return super.createXMLSave(options);
		}
		return new XMISaveImpl(createXMLHelper()) {
			@Override
			protected boolean shouldSaveFeature(EObject owner, EStructuralFeature feature) {
				return super.shouldSaveFeature(owner, feature) && !isEmptySection(owner, feature);
			}
		};
	}

	/** Whether the feature holds one contained element with nothing set in it. */
	public static boolean isEmptySection(EObject owner, EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment() && !reference.isMany()
				&& owner.eGet(reference) instanceof EObject section && isEmpty(section);
	}

	/** An element with none of its features set, but for sections of its own that are empty too (a governance with an empty brand voice). */
	public static boolean isEmpty(EObject element) {
		return element.eClass().getEAllStructuralFeatures().stream().noneMatch(f -> element.eIsSet(f) && !isEmptySection(element, f));
	}
}
