/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client of the agency. Stored as client.pbclient in the client's folder; its strategies are the *.playbook files beside it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Client#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.Client#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.playbook.model.Client#getStatus <em>Status</em>}</li>
 *   <li>{@link org.playbook.model.Client#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.playbook.model.Client#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.playbook.model.Client#getStrategies <em>Strategies</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getClient()
 * @model
 * @generated
 */
public interface Client extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The client's display name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.playbook.model.PlaybookPackage#getClient_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.playbook.model.Client#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The client's industry, e.g. 'Food & beverage'; used to filter the Clients navigator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Industry</em>' attribute.
	 * @see #setIndustry(String)
	 * @see org.playbook.model.PlaybookPackage#getClient_Industry()
	 * @model
	 * @generated
	 */
	String getIndustry();

	/**
	 * Sets the value of the '{@link org.playbook.model.Client#getIndustry <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry</em>' attribute.
	 * @see #getIndustry()
	 * @generated
	 */
	void setIndustry(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"active"</code>.
	 * The literals are from the enumeration {@link org.playbook.model.ClientStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the client stands with the agency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.playbook.model.ClientStatus
	 * @see #setStatus(ClientStatus)
	 * @see org.playbook.model.PlaybookPackage#getClient_Status()
	 * @model default="active"
	 * @generated
	 */
	ClientStatus getStatus();

	/**
	 * Sets the value of the '{@link org.playbook.model.Client#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.playbook.model.ClientStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ClientStatus value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free notes about the account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.playbook.model.PlaybookPackage#getClient_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.playbook.model.Client#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People at the client the agency works with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getClient_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' reference list.
	 * The list contents are of type {@link org.playbook.model.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The strategies loaded from the client's folder. Not stored in the client file: each strategy is its own file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategies</em>' reference list.
	 * @see org.playbook.model.PlaybookPackage#getClient_Strategies()
	 * @model transient="true"
	 * @generated
	 */
	EList<Strategy> getStrategies();

} // Client
