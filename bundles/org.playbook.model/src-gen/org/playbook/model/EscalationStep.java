/**
 */
package org.playbook.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Escalation Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of crisis escalation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.EscalationStep#getDescription <em>Description</em>}</li>
 *   <li>{@link org.playbook.model.EscalationStep#getContact <em>Contact</em>}</li>
 *   <li>{@link org.playbook.model.EscalationStep#getWithinMinutes <em>Within Minutes</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getEscalationStep()
 * @model
 * @generated
 */
public interface EscalationStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens at this step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.playbook.model.PlaybookPackage#getEscalationStep_Description()
	 * @model required="true"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.playbook.model.EscalationStep#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is contacted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact</em>' reference.
	 * @see #setContact(Role)
	 * @see org.playbook.model.PlaybookPackage#getEscalationStep_Contact()
	 * @model
	 * @generated
	 */
	Role getContact();

	/**
	 * Sets the value of the '{@link org.playbook.model.EscalationStep#getContact <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Role value);

	/**
	 * Returns the value of the '<em><b>Within Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How soon, in minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Within Minutes</em>' attribute.
	 * @see #setWithinMinutes(Integer)
	 * @see org.playbook.model.PlaybookPackage#getEscalationStep_WithinMinutes()
	 * @model
	 * @generated
	 */
	Integer getWithinMinutes();

	/**
	 * Sets the value of the '{@link org.playbook.model.EscalationStep#getWithinMinutes <em>Within Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Within Minutes</em>' attribute.
	 * @see #getWithinMinutes()
	 * @generated
	 */
	void setWithinMinutes(Integer value);

} // EscalationStep
