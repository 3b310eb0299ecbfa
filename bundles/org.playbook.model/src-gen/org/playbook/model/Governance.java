/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Governance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who does what: the roles, who owns the brand voice, and how posts are approved.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Governance#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.playbook.model.Governance#getBrandVoiceOwner <em>Brand Voice Owner</em>}</li>
 *   <li>{@link org.playbook.model.Governance#getApprovalSteps <em>Approval Steps</em>}</li>
 *   <li>{@link org.playbook.model.Governance#getBrandVoice <em>Brand Voice</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getGovernance()
 * @model
 * @generated
 */
public interface Governance extends EObject {
	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people and roles involved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getGovernance_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Brand Voice Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role that owns the brand's voice online; it should be a seasoned person, not an intern.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Brand Voice Owner</em>' reference.
	 * @see #setBrandVoiceOwner(Role)
	 * @see org.playbook.model.PlaybookPackage#getGovernance_BrandVoiceOwner()
	 * @model
	 * @generated
	 */
	Role getBrandVoiceOwner();

	/**
	 * Sets the value of the '{@link org.playbook.model.Governance#getBrandVoiceOwner <em>Brand Voice Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand Voice Owner</em>' reference.
	 * @see #getBrandVoiceOwner()
	 * @generated
	 */
	void setBrandVoiceOwner(Role value);

	/**
	 * Returns the value of the '<em><b>Approval Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.ApprovalStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The approval flow a post goes through, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approval Steps</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getGovernance_ApprovalSteps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ApprovalStep> getApprovalSteps();

	/**
	 * Returns the value of the '<em><b>Brand Voice</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the brand sounds like: its tone, the words it uses and the words it never uses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Brand Voice</em>' containment reference.
	 * @see #setBrandVoice(BrandVoice)
	 * @see org.playbook.model.PlaybookPackage#getGovernance_BrandVoice()
	 * @model containment="true"
	 * @generated
	 */
	BrandVoice getBrandVoice();

	/**
	 * Sets the value of the '{@link org.playbook.model.Governance#getBrandVoice <em>Brand Voice</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand Voice</em>' containment reference.
	 * @see #getBrandVoice()
	 * @generated
	 */
	void setBrandVoice(BrandVoice value);

} // Governance
