package org.playbook.team.merge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.playbook.workspace.PlaybookFiles;

/**
 * One version of a model file, read from bytes, with its elements by xmi:id. Features are
 * compared as values: attributes as they are, references as the ids they point to, so two
 * versions read into different resources compare element by element.
 */
final class ModelVersion {
	private final XMLResource resource;
	private final Map<String, EObject> elements = new LinkedHashMap<>();

	private ModelVersion(XMLResource resource) {
		this.resource = resource;
		reindex();
	}

	/** Reads the file's bytes; null or empty bytes are a file that did not exist (no elements). */
	static ModelVersion read(String path, byte[] bytes) throws IOException {
		String name = path.substring(path.lastIndexOf('/') + 1);
		XMLResource resource = (XMLResource) PlaybookFiles.newResourceSet().createResource(URI.createURI("version:/" + System.identityHashCode(bytes) + "/" + name));
		if (bytes != null && bytes.length > 0) {
			try {
				resource.load(new ByteArrayInputStream(bytes), null);
			} catch (IOException | RuntimeException e) {
				throw new IOException(path + " does not read as a Playbook model: " + e.getMessage(), e);
			}
		}
		return new ModelVersion(resource);
	}

	XMLResource resource() {
		return resource;
	}

	Map<String, EObject> elements() {
		return elements;
	}

	EObject get(String id) {
		return id == null ? null : elements.get(id);
	}

	String idOf(EObject element) {
		return element == null ? null : resource.getID(element);
	}

	/** Reads the index of elements by id (again, after elements were added or removed). */
	void reindex() {
		elements.clear();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			String id = resource.getID(element);
			if (id != null) {
				elements.put(id, element);
			}
		}
	}

	byte[] bytes() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		resource.save(out, null);
		return out.toByteArray();
	}

	/** The features a merge and a difference look at: stored, not containment (elements are matched by id instead). */
	static List<EStructuralFeature> compared(EObject element) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || feature.isVolatile()) {
				continue;
			}
			if (feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
				continue;
			}
			features.add(feature);
		}
		return features;
	}

	/** The feature's value in comparable form: references as ids. */
	Object value(EObject element, EStructuralFeature feature) {
		if (element == null) {
			return null;
		}
		if (!element.eIsSet(feature)) {
			return feature.isMany() ? List.of() : (feature instanceof EAttribute ? feature.getDefaultValue() : null);
		}
		Object value = element.eGet(feature);
		if (feature instanceof EReference) {
			if (feature.isMany()) {
				List<String> ids = new ArrayList<>();
				for (Object target : (List<?>) value) {
					ids.add(idOf((EObject) target));
				}
				return ids;
			}
			return idOf((EObject) value);
		}
		return feature.isMany() ? List.copyOf((List<?>) value) : value;
	}

	static boolean same(Object a, Object b) {
		return Objects.equals(a, b);
	}

	/** Whether the element's own compared features are the same in both versions. */
	boolean sameFeatures(EObject element, ModelVersion other, EObject otherElement) {
		for (EStructuralFeature feature : compared(element)) {
			if (!same(value(element, feature), other.value(otherElement, feature))) {
				return false;
			}
		}
		return true;
	}

	/** Whether the element and everything in it are the same in both versions (no feature changed, nothing added or removed). */
	boolean sameSubtree(EObject element, ModelVersion other) {
		EObject otherElement = other.get(idOf(element));
		if (otherElement == null || !sameFeatures(element, other, otherElement)) {
			return false;
		}
		List<String> mine = new ArrayList<>();
		element.eAllContents().forEachRemaining(child -> mine.add(idOf(child)));
		List<String> theirs = new ArrayList<>();
		otherElement.eAllContents().forEachRemaining(child -> theirs.add(other.idOf(child)));
		if (!new java.util.HashSet<>(mine).equals(new java.util.HashSet<>(theirs))) {
			return false;
		}
		for (var children = element.eAllContents(); children.hasNext();) {
			EObject child = children.next();
			if (!sameFeatures(child, other, other.get(idOf(child)))) {
				return false;
			}
		}
		return true;
	}
}
