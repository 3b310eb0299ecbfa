/**
 */
package org.playbook.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Approval Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step in the approval flow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.ApprovalStep#getDescription <em>Description</em>}</li>
 *   <li>{@link org.playbook.model.ApprovalStep#getApprover <em>Approver</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getApprovalStep()
 * @model
 * @generated
 */
public interface ApprovalStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is checked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.playbook.model.PlaybookPackage#getApprovalStep_Description()
	 * @model required="true"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.playbook.model.ApprovalStep#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Approver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who approves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approver</em>' reference.
	 * @see #setApprover(Role)
	 * @see org.playbook.model.PlaybookPackage#getApprovalStep_Approver()
	 * @model
	 * @generated
	 */
	Role getApprover();

	/**
	 * Sets the value of the '{@link org.playbook.model.ApprovalStep#getApprover <em>Approver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approver</em>' reference.
	 * @see #getApprover()
	 * @generated
	 */
	void setApprover(Role value);

} // ApprovalStep
