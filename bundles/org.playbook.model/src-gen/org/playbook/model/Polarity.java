/**
 */
package org.playbook.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Polarity</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether a practice states a principle, describes what successful teams do, or describes what failing teams do.
 * <!-- end-model-doc -->
 * @see org.playbook.model.PlaybookPackage#getPolarity()
 * @model
 * @generated
 */
public enum Polarity implements Enumerator {
	/**
	 * The '<em><b>PRINCIPLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRINCIPLE_VALUE
	 * @generated
	 * @ordered
	 */
	PRINCIPLE(0, "PRINCIPLE", "principle"),

	/**
	 * The '<em><b>SUCCESS PATTERN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCCESS_PATTERN_VALUE
	 * @generated
	 * @ordered
	 */
	SUCCESS_PATTERN(1, "SUCCESS_PATTERN", "successPattern"),

	/**
	 * The '<em><b>FAILURE PATTERN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAILURE_PATTERN_VALUE
	 * @generated
	 * @ordered
	 */
	FAILURE_PATTERN(2, "FAILURE_PATTERN", "failurePattern");

	/**
	 * The '<em><b>PRINCIPLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRINCIPLE
	 * @model literal="principle"
	 * @generated
	 * @ordered
	 */
	public static final int PRINCIPLE_VALUE = 0;

	/**
	 * The '<em><b>SUCCESS PATTERN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUCCESS_PATTERN
	 * @model literal="successPattern"
	 * @generated
	 * @ordered
	 */
	public static final int SUCCESS_PATTERN_VALUE = 1;

	/**
	 * The '<em><b>FAILURE PATTERN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAILURE_PATTERN
	 * @model literal="failurePattern"
	 * @generated
	 * @ordered
	 */
	public static final int FAILURE_PATTERN_VALUE = 2;

	/**
	 * An array of all the '<em><b>Polarity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Polarity[] VALUES_ARRAY =
		new Polarity[] {
			PRINCIPLE,
			SUCCESS_PATTERN,
			FAILURE_PATTERN,
		};

	/**
	 * A public read-only list of all the '<em><b>Polarity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Polarity> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Polarity</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Polarity get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Polarity result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Polarity</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Polarity getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Polarity result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Polarity</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Polarity get(int value) {
		switch (value) {
			case PRINCIPLE_VALUE: return PRINCIPLE;
			case SUCCESS_PATTERN_VALUE: return SUCCESS_PATTERN;
			case FAILURE_PATTERN_VALUE: return FAILURE_PATTERN;
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
	private Polarity(int value, String name, String literal) {
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
	
} //Polarity
