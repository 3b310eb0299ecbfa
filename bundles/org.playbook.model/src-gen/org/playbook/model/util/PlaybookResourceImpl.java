/**
 */
package org.playbook.model.util;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.playbook.model.util.PlaybookResourceFactoryImpl
 * @generated
 */
public class PlaybookResourceImpl extends XMIResourceImpl {
	/**
	 * Parsers are reused across loads; the pool is thread-safe.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();


	/**
	 * Creates an instance of the resource, with Playbook's default load and save options:
	 * no DOCTYPE or external entities (a strategy file must never reach out to the network
	 * or the disk), UTF-8, and EMF's options for fast loading of large strategies.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated NOT
	 */
	public PlaybookResourceImpl(URI uri) {
		super(uri);
		Map<String, Boolean> parserFeatures = new HashMap<String, Boolean>();
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		getDefaultLoadOptions().put(OPTION_PARSER_FEATURES, parserFeatures);
		getDefaultLoadOptions().put(OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		getDefaultLoadOptions().put(OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		getDefaultLoadOptions().put(OPTION_USE_PARSER_POOL, PARSER_POOL);
		getDefaultLoadOptions().put(OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<Object, Object>());
		getDefaultSaveOptions().put(OPTION_ENCODING, "UTF-8");
		getDefaultSaveOptions().put(OPTION_LINE_WIDTH, Integer.valueOf(120));
		getDefaultSaveOptions().put(OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<Object>());
	}

	/**
	 * Every element gets an xmi:id, so that references between elements (a tactic's goals,
	 * a goal's metric) survive reordering and merging, unlike positional paths.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected boolean useUUIDs() {
		return true;
	}

} //PlaybookResourceImpl
