package org.playbook.model.tests;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.playbook.model.PlaybookPackage;

/**
 * Builds a model in which every class of the Playbook package occurs and every stored
 * feature holds a value, by walking the metamodel rather than by listing classes, so that a
 * class added to the .ecore is covered without touching the tests.
 */
final class ModelFiller {
	private final Set<EClass> instantiated = new LinkedHashSet<>();
	private final List<EObject> all = new ArrayList<>();
	private int counter;

	/** A root of the given class with its whole containment tree filled, references wired. */
	EObject fill(EClass rootClass) {
		EObject root = create(rootClass, 0);
		for (EObject object : all) {
			wireReferences(object);
		}
		return root;
	}

	Set<EClass> instantiated() {
		return instantiated;
	}

	private EObject create(EClass eClass, int depth) {
		EObject object = EcoreUtil.create(eClass);
		instantiated.add(eClass);
		all.add(object);
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (isStored(attribute)) {
				setValue(object, attribute, sampleValue(attribute.getEAttributeType()));
			}
		}
		for (EReference containment : eClass.getEAllContainments()) {
			if (isStored(containment) && depth < 4) {
				setValue(object, containment, create(containment.getEReferenceType(), depth + 1));
			}
		}
		return object;
	}

	private void wireReferences(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || !isStored(reference)) {
				continue;
			}
			all.stream().filter(candidate -> candidate != object && reference.getEReferenceType().isInstance(candidate))
					.reduce((first, second) -> second) // the last one: not simply the first element in the file
					.ifPresent(target -> setValue(object, reference, target));
		}
	}

	@SuppressWarnings("unchecked")
	private static void setValue(EObject object, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			((EList<Object>) object.eGet(feature)).add(value);
		} else {
			object.eSet(feature, value);
		}
	}

	private static boolean isStored(EStructuralFeature feature) {
		return !feature.isTransient() && !feature.isDerived() && feature.isChangeable();
	}

	private Object sampleValue(EDataType type) {
		counter++;
		if (type instanceof EEnum eEnum) {
			// the last literal, so a value equal to the default cannot hide a lost attribute
			return eEnum.getELiterals().get(eEnum.getELiterals().size() - 1).getInstance();
		}
		EClassifier ecore = type;
		if (ecore == EcorePackage.Literals.ESTRING) {
			return "text " + counter + " <&> \"quoted\" 'ünïcødé' 社交";
		}
		if (ecore == EcorePackage.Literals.EINT || ecore == EcorePackage.Literals.EINTEGER_OBJECT) {
			return Integer.valueOf(counter);
		}
		if (ecore == EcorePackage.Literals.EDOUBLE || ecore == EcorePackage.Literals.EDOUBLE_OBJECT) {
			return Double.valueOf(counter + 0.25);
		}
		if (ecore == EcorePackage.Literals.EBOOLEAN) {
			return Boolean.TRUE;
		}
		if (ecore == EcorePackage.Literals.EDATE) {
			return new Date(1_767_225_600_000L + counter * 86_400_000L);
		}
		throw new IllegalStateException("no sample value for " + type.getName() + " in " + PlaybookPackage.eNAME);
	}
}
