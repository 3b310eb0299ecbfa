/**
 */
package org.playbook.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Purpose</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The 'why' of the brand (after Simon Sinek's 'Start with Why'): not making money, which is a result, but the reason the organisation exists.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Purpose#getWhy <em>Why</em>}</li>
 *   <li>{@link org.playbook.model.Purpose#getBelief <em>Belief</em>}</li>
 *   <li>{@link org.playbook.model.Purpose#getCause <em>Cause</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getPurpose()
 * @model
 * @generated
 */
public interface Purpose extends EObject {
	/**
	 * Returns the value of the '<em><b>Why</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the organisation exists, in one or two sentences.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Why</em>' attribute.
	 * @see #setWhy(String)
	 * @see org.playbook.model.PlaybookPackage#getPurpose_Why()
	 * @model
	 * @generated
	 */
	String getWhy();

	/**
	 * Sets the value of the '{@link org.playbook.model.Purpose#getWhy <em>Why</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Why</em>' attribute.
	 * @see #getWhy()
	 * @generated
	 */
	void setWhy(String value);

	/**
	 * Returns the value of the '<em><b>Belief</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the brand believes, that its audience can believe too.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Belief</em>' attribute.
	 * @see #setBelief(String)
	 * @see org.playbook.model.PlaybookPackage#getPurpose_Belief()
	 * @model
	 * @generated
	 */
	String getBelief();

	/**
	 * Sets the value of the '{@link org.playbook.model.Purpose#getBelief <em>Belief</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Belief</em>' attribute.
	 * @see #getBelief()
	 * @generated
	 */
	void setBelief(String value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cause or mission the brand invites its audience to join.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause</em>' attribute.
	 * @see #setCause(String)
	 * @see org.playbook.model.PlaybookPackage#getPurpose_Cause()
	 * @model
	 * @generated
	 */
	String getCause();

	/**
	 * Sets the value of the '{@link org.playbook.model.Purpose#getCause <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' attribute.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(String value);

} // Purpose
