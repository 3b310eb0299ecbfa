/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listening</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Social listening: what the brand monitors and how quickly it responds. Listen as much as, or more than, you talk.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Listening#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.playbook.model.Listening#getNetworks <em>Networks</em>}</li>
 *   <li>{@link org.playbook.model.Listening#getResponseTimeHours <em>Response Time Hours</em>}</li>
 *   <li>{@link org.playbook.model.Listening#getTool <em>Tool</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getListening()
 * @model
 * @generated
 */
public interface Listening extends EObject {
	/**
	 * Returns the value of the '<em><b>Keywords</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keywords, names and hashtags monitored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keywords</em>' attribute list.
	 * @see org.playbook.model.PlaybookPackage#getListening_Keywords()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getKeywords();

	/**
	 * Returns the value of the '<em><b>Networks</b></em>' attribute list.
	 * The list contents are of type {@link org.playbook.model.Network}.
	 * The literals are from the enumeration {@link org.playbook.model.Network}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Networks monitored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Networks</em>' attribute list.
	 * @see org.playbook.model.Network
	 * @see org.playbook.model.PlaybookPackage#getListening_Networks()
	 * @model
	 * @generated
	 */
	EList<Network> getNetworks();

	/**
	 * Returns the value of the '<em><b>Response Time Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The committed maximum time to answer a mention, in hours; empty when no commitment is made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Response Time Hours</em>' attribute.
	 * @see #setResponseTimeHours(Double)
	 * @see org.playbook.model.PlaybookPackage#getListening_ResponseTimeHours()
	 * @model
	 * @generated
	 */
	Double getResponseTimeHours();

	/**
	 * Sets the value of the '{@link org.playbook.model.Listening#getResponseTimeHours <em>Response Time Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response Time Hours</em>' attribute.
	 * @see #getResponseTimeHours()
	 * @generated
	 */
	void setResponseTimeHours(Double value);

	/**
	 * Returns the value of the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The listening tool used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tool</em>' attribute.
	 * @see #setTool(String)
	 * @see org.playbook.model.PlaybookPackage#getListening_Tool()
	 * @model
	 * @generated
	 */
	String getTool();

	/**
	 * Sets the value of the '{@link org.playbook.model.Listening#getTool <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool</em>' attribute.
	 * @see #getTool()
	 * @generated
	 */
	void setTool(String value);

} // Listening
