/**
 */
package org.playbook.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Practice Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The part of a strategy a practice speaks to; it is also the facet a researcher filters the library by.
 * <!-- end-model-doc -->
 * @see org.playbook.model.PlaybookPackage#getPracticeCategory()
 * @model
 * @generated
 */
public enum PracticeCategory implements Enumerator {
	/**
	 * The '<em><b>PURPOSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURPOSE_VALUE
	 * @generated
	 * @ordered
	 */
	PURPOSE(0, "PURPOSE", "purpose"),

	/**
	 * The '<em><b>STRATEGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGY_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGY(1, "STRATEGY", "strategy"),

	/**
	 * The '<em><b>AUDIENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUDIENCE_VALUE
	 * @generated
	 * @ordered
	 */
	AUDIENCE(2, "AUDIENCE", "audience"),

	/**
	 * The '<em><b>CONTENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTENT_VALUE
	 * @generated
	 * @ordered
	 */
	CONTENT(3, "CONTENT", "content"),

	/**
	 * The '<em><b>ENGAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENGAGEMENT(4, "ENGAGEMENT", "engagement"),

	/**
	 * The '<em><b>CHANNELS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNELS_VALUE
	 * @generated
	 * @ordered
	 */
	CHANNELS(5, "CHANNELS", "channels"),

	/**
	 * The '<em><b>MEASUREMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEASUREMENT_VALUE
	 * @generated
	 * @ordered
	 */
	MEASUREMENT(6, "MEASUREMENT", "measurement"),

	/**
	 * The '<em><b>GOVERNANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNANCE(7, "GOVERNANCE", "governance"),

	/**
	 * The '<em><b>CRISIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRISIS_VALUE
	 * @generated
	 * @ordered
	 */
	CRISIS(8, "CRISIS", "crisis"),

	/**
	 * The '<em><b>COMMITMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITMENT_VALUE
	 * @generated
	 * @ordered
	 */
	COMMITMENT(9, "COMMITMENT", "commitment"),

	/**
	 * The '<em><b>INTEGRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATION_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGRATION(10, "INTEGRATION", "integration"),

	/**
	 * The '<em><b>MINDSET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINDSET_VALUE
	 * @generated
	 * @ordered
	 */
	MINDSET(11, "MINDSET", "mindset");

	/**
	 * The '<em><b>PURPOSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURPOSE
	 * @model literal="purpose"
	 * @generated
	 * @ordered
	 */
	public static final int PURPOSE_VALUE = 0;

	/**
	 * The '<em><b>STRATEGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGY
	 * @model literal="strategy"
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGY_VALUE = 1;

	/**
	 * The '<em><b>AUDIENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUDIENCE
	 * @model literal="audience"
	 * @generated
	 * @ordered
	 */
	public static final int AUDIENCE_VALUE = 2;

	/**
	 * The '<em><b>CONTENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTENT
	 * @model literal="content"
	 * @generated
	 * @ordered
	 */
	public static final int CONTENT_VALUE = 3;

	/**
	 * The '<em><b>ENGAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGAGEMENT
	 * @model literal="engagement"
	 * @generated
	 * @ordered
	 */
	public static final int ENGAGEMENT_VALUE = 4;

	/**
	 * The '<em><b>CHANNELS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNELS
	 * @model literal="channels"
	 * @generated
	 * @ordered
	 */
	public static final int CHANNELS_VALUE = 5;

	/**
	 * The '<em><b>MEASUREMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEASUREMENT
	 * @model literal="measurement"
	 * @generated
	 * @ordered
	 */
	public static final int MEASUREMENT_VALUE = 6;

	/**
	 * The '<em><b>GOVERNANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE
	 * @model literal="governance"
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNANCE_VALUE = 7;

	/**
	 * The '<em><b>CRISIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRISIS
	 * @model literal="crisis"
	 * @generated
	 * @ordered
	 */
	public static final int CRISIS_VALUE = 8;

	/**
	 * The '<em><b>COMMITMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITMENT
	 * @model literal="commitment"
	 * @generated
	 * @ordered
	 */
	public static final int COMMITMENT_VALUE = 9;

	/**
	 * The '<em><b>INTEGRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATION
	 * @model literal="integration"
	 * @generated
	 * @ordered
	 */
	public static final int INTEGRATION_VALUE = 10;

	/**
	 * The '<em><b>MINDSET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINDSET
	 * @model literal="mindset"
	 * @generated
	 * @ordered
	 */
	public static final int MINDSET_VALUE = 11;

	/**
	 * An array of all the '<em><b>Practice Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PracticeCategory[] VALUES_ARRAY =
		new PracticeCategory[] {
			PURPOSE,
			STRATEGY,
			AUDIENCE,
			CONTENT,
			ENGAGEMENT,
			CHANNELS,
			MEASUREMENT,
			GOVERNANCE,
			CRISIS,
			COMMITMENT,
			INTEGRATION,
			MINDSET,
		};

	/**
	 * A public read-only list of all the '<em><b>Practice Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PracticeCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Practice Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PracticeCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PracticeCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Practice Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PracticeCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PracticeCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Practice Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PracticeCategory get(int value) {
		switch (value) {
			case PURPOSE_VALUE: return PURPOSE;
			case STRATEGY_VALUE: return STRATEGY;
			case AUDIENCE_VALUE: return AUDIENCE;
			case CONTENT_VALUE: return CONTENT;
			case ENGAGEMENT_VALUE: return ENGAGEMENT;
			case CHANNELS_VALUE: return CHANNELS;
			case MEASUREMENT_VALUE: return MEASUREMENT;
			case GOVERNANCE_VALUE: return GOVERNANCE;
			case CRISIS_VALUE: return CRISIS;
			case COMMITMENT_VALUE: return COMMITMENT;
			case INTEGRATION_VALUE: return INTEGRATION;
			case MINDSET_VALUE: return MINDSET;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PracticeCategory(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PracticeCategory
