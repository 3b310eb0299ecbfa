/**
 */
package org.playbook.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Content Intent</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Why a piece of content is published: to help, to start a conversation, or to sell. The seed posts warn against plans where every update is a sales pitch.
 * <!-- end-model-doc -->
 * @see org.playbook.model.PlaybookPackage#getContentIntent()
 * @model
 * @generated
 */
public enum ContentIntent implements Enumerator {
	/**
	 * The '<em><b>HELPFUL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HELPFUL_VALUE
	 * @generated
	 * @ordered
	 */
	HELPFUL(0, "HELPFUL", "helpful"),

	/**
	 * The '<em><b>CONVERSATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSATION_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERSATION(1, "CONVERSATION", "conversation"),

	/**
	 * The '<em><b>PROMOTIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROMOTIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	PROMOTIONAL(2, "PROMOTIONAL", "promotional");

	/**
	 * The '<em><b>HELPFUL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HELPFUL
	 * @model literal="helpful"
	 * @generated
	 * @ordered
	 */
	public static final int HELPFUL_VALUE = 0;

	/**
	 * The '<em><b>CONVERSATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSATION
	 * @model literal="conversation"
	 * @generated
	 * @ordered
	 */
	public static final int CONVERSATION_VALUE = 1;

	/**
	 * The '<em><b>PROMOTIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROMOTIONAL
	 * @model literal="promotional"
	 * @generated
	 * @ordered
	 */
	public static final int PROMOTIONAL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Content Intent</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContentIntent[] VALUES_ARRAY =
		new ContentIntent[] {
			HELPFUL,
			CONVERSATION,
			PROMOTIONAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Content Intent</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContentIntent> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Content Intent</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentIntent get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContentIntent result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Content Intent</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentIntent getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContentIntent result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Content Intent</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentIntent get(int value) {
		switch (value) {
			case HELPFUL_VALUE: return HELPFUL;
			case CONVERSATION_VALUE: return CONVERSATION;
			case PROMOTIONAL_VALUE: return PROMOTIONAL;
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
	private ContentIntent(int value, String name, String literal) {
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
	
} //ContentIntent
