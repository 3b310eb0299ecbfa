/**
 */
package org.playbook.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person or role in the social-media team.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Role#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.Role#getTitle <em>Title</em>}</li>
 *   <li>{@link org.playbook.model.Role#getSeniority <em>Seniority</em>}</li>
 *   <li>{@link org.playbook.model.Role#getResponsibilities <em>Responsibilities</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getRole()
 * @model
 * @generated
 */
public interface Role extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's name or the role's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.playbook.model.PlaybookPackage#getRole_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.playbook.model.Role#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Job title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.playbook.model.PlaybookPackage#getRole_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.playbook.model.Role#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Seniority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.playbook.model.Seniority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How experienced the person is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seniority</em>' attribute.
	 * @see org.playbook.model.Seniority
	 * @see #setSeniority(Seniority)
	 * @see org.playbook.model.PlaybookPackage#getRole_Seniority()
	 * @model
	 * @generated
	 */
	Seniority getSeniority();

	/**
	 * Sets the value of the '{@link org.playbook.model.Role#getSeniority <em>Seniority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seniority</em>' attribute.
	 * @see org.playbook.model.Seniority
	 * @see #getSeniority()
	 * @generated
	 */
	void setSeniority(Seniority value);

	/**
	 * Returns the value of the '<em><b>Responsibilities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the role is responsible for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsibilities</em>' attribute.
	 * @see #setResponsibilities(String)
	 * @see org.playbook.model.PlaybookPackage#getRole_Responsibilities()
	 * @model
	 * @generated
	 */
	String getResponsibilities();

	/**
	 * Sets the value of the '{@link org.playbook.model.Role#getResponsibilities <em>Responsibilities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsibilities</em>' attribute.
	 * @see #getResponsibilities()
	 * @generated
	 */
	void setResponsibilities(String value);

} // Role
