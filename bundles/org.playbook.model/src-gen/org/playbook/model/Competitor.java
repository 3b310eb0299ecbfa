/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Competitor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A competitor and its social-media presence.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Competitor#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.Competitor#getNetworks <em>Networks</em>}</li>
 *   <li>{@link org.playbook.model.Competitor#getStrengths <em>Strengths</em>}</li>
 *   <li>{@link org.playbook.model.Competitor#getWeaknesses <em>Weaknesses</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getCompetitor()
 * @model
 * @generated
 */
public interface Competitor extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Competitor name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.playbook.model.PlaybookPackage#getCompetitor_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.playbook.model.Competitor#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Networks</b></em>' attribute list.
	 * The list contents are of type {@link org.playbook.model.Network}.
	 * The literals are from the enumeration {@link org.playbook.model.Network}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Networks the competitor is active on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Networks</em>' attribute list.
	 * @see org.playbook.model.Network
	 * @see org.playbook.model.PlaybookPackage#getCompetitor_Networks()
	 * @model
	 * @generated
	 */
	EList<Network> getNetworks();

	/**
	 * Returns the value of the '<em><b>Strengths</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the competitor does well on social media.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strengths</em>' attribute.
	 * @see #setStrengths(String)
	 * @see org.playbook.model.PlaybookPackage#getCompetitor_Strengths()
	 * @model
	 * @generated
	 */
	String getStrengths();

	/**
	 * Sets the value of the '{@link org.playbook.model.Competitor#getStrengths <em>Strengths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strengths</em>' attribute.
	 * @see #getStrengths()
	 * @generated
	 */
	void setStrengths(String value);

	/**
	 * Returns the value of the '<em><b>Weaknesses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the competitor is weak.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weaknesses</em>' attribute.
	 * @see #setWeaknesses(String)
	 * @see org.playbook.model.PlaybookPackage#getCompetitor_Weaknesses()
	 * @model
	 * @generated
	 */
	String getWeaknesses();

	/**
	 * Sets the value of the '{@link org.playbook.model.Competitor#getWeaknesses <em>Weaknesses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weaknesses</em>' attribute.
	 * @see #getWeaknesses()
	 * @generated
	 */
	void setWeaknesses(String value);

} // Competitor
