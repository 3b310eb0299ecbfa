/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Positioning</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the brand wants to be perceived against its competitors.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Positioning#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.playbook.model.Positioning#getDifferentiators <em>Differentiators</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getPositioning()
 * @model
 * @generated
 */
public interface Positioning extends EObject {
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The positioning statement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.playbook.model.PlaybookPackage#getPositioning_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.playbook.model.Positioning#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Differentiators</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What sets the brand apart.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Differentiators</em>' attribute list.
	 * @see org.playbook.model.PlaybookPackage#getPositioning_Differentiators()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getDifferentiators();

} // Positioning
