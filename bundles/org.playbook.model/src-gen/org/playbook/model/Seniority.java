/**
 */
package org.playbook.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Seniority</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How experienced the person in a role is; the seed posts warn against handing the brand voice to an intern.
 * <!-- end-model-doc -->
 * @see org.playbook.model.PlaybookPackage#getSeniority()
 * @model
 * @generated
 */
public enum Seniority implements Enumerator {
	/**
	 * The '<em><b>INTERN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERN_VALUE
	 * @generated
	 * @ordered
	 */
	INTERN(0, "INTERN", "intern"),

	/**
	 * The '<em><b>JUNIOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR_VALUE
	 * @generated
	 * @ordered
	 */
	JUNIOR(1, "JUNIOR", "junior"),

	/**
	 * The '<em><b>MID LEVEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MID_LEVEL_VALUE
	 * @generated
	 * @ordered
	 */
	MID_LEVEL(2, "MID_LEVEL", "midLevel"),

	/**
	 * The '<em><b>SENIOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_VALUE
	 * @generated
	 * @ordered
	 */
	SENIOR(3, "SENIOR", "senior"),

	/**
	 * The '<em><b>EXECUTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXECUTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	EXECUTIVE(4, "EXECUTIVE", "executive");

	/**
	 * The '<em><b>INTERN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERN
	 * @model literal="intern"
	 * @generated
	 * @ordered
	 */
	public static final int INTERN_VALUE = 0;

	/**
	 * The '<em><b>JUNIOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUNIOR
	 * @model literal="junior"
	 * @generated
	 * @ordered
	 */
	public static final int JUNIOR_VALUE = 1;

	/**
	 * The '<em><b>MID LEVEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MID_LEVEL
	 * @model literal="midLevel"
	 * @generated
	 * @ordered
	 */
	public static final int MID_LEVEL_VALUE = 2;

	/**
	 * The '<em><b>SENIOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR
	 * @model literal="senior"
	 * @generated
	 * @ordered
	 */
	public static final int SENIOR_VALUE = 3;

	/**
	 * The '<em><b>EXECUTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXECUTIVE
	 * @model literal="executive"
	 * @generated
	 * @ordered
	 */
	public static final int EXECUTIVE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Seniority</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Seniority[] VALUES_ARRAY =
		new Seniority[] {
			INTERN,
			JUNIOR,
			MID_LEVEL,
			SENIOR,
			EXECUTIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Seniority</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Seniority> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Seniority</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Seniority get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Seniority result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Seniority</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Seniority getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Seniority result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Seniority</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Seniority get(int value) {
		switch (value) {
			case INTERN_VALUE: return INTERN;
			case JUNIOR_VALUE: return JUNIOR;
			case MID_LEVEL_VALUE: return MID_LEVEL;
			case SENIOR_VALUE: return SENIOR;
			case EXECUTIVE_VALUE: return EXECUTIVE;
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
	private Seniority(int value, String name, String literal) {
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
	
} //Seniority
