/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer profile: who the strategy is for, what they need and believe, and where they spend time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Persona#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.Persona#getDescription <em>Description</em>}</li>
 *   <li>{@link org.playbook.model.Persona#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.playbook.model.Persona#getValues <em>Values</em>}</li>
 *   <li>{@link org.playbook.model.Persona#getNetworks <em>Networks</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getPersona()
 * @model
 * @generated
 */
public interface Persona extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A name for the persona, e.g. 'Weekend commuter'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.playbook.model.PlaybookPackage#getPersona_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.playbook.model.Persona#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who they are: age, situation, job.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.playbook.model.PlaybookPackage#getPersona_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.playbook.model.Persona#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What they need or struggle with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Needs</em>' attribute.
	 * @see #setNeeds(String)
	 * @see org.playbook.model.PlaybookPackage#getPersona_Needs()
	 * @model
	 * @generated
	 */
	String getNeeds();

	/**
	 * Sets the value of the '{@link org.playbook.model.Persona#getNeeds <em>Needs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Needs</em>' attribute.
	 * @see #getNeeds()
	 * @generated
	 */
	void setNeeds(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What they believe; customers need to see themselves in the brand's cause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute.
	 * @see #setValues(String)
	 * @see org.playbook.model.PlaybookPackage#getPersona_Values()
	 * @model
	 * @generated
	 */
	String getValues();

	/**
	 * Sets the value of the '{@link org.playbook.model.Persona#getValues <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Values</em>' attribute.
	 * @see #getValues()
	 * @generated
	 */
	void setValues(String value);

	/**
	 * Returns the value of the '<em><b>Networks</b></em>' attribute list.
	 * The list contents are of type {@link org.playbook.model.Network}.
	 * The literals are from the enumeration {@link org.playbook.model.Network}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where they spend their time online.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Networks</em>' attribute list.
	 * @see org.playbook.model.Network
	 * @see org.playbook.model.PlaybookPackage#getPersona_Networks()
	 * @model
	 * @generated
	 */
	EList<Network> getNetworks();

} // Persona
