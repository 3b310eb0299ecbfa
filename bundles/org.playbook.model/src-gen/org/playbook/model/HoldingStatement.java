/**
 */
package org.playbook.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Holding Statement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A statement prepared in advance for a kind of crisis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.HoldingStatement#getSituation <em>Situation</em>}</li>
 *   <li>{@link org.playbook.model.HoldingStatement#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getHoldingStatement()
 * @model
 * @generated
 */
public interface HoldingStatement extends EObject {
	/**
	 * Returns the value of the '<em><b>Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of crisis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Situation</em>' attribute.
	 * @see #setSituation(String)
	 * @see org.playbook.model.PlaybookPackage#getHoldingStatement_Situation()
	 * @model required="true"
	 * @generated
	 */
	String getSituation();

	/**
	 * Sets the value of the '{@link org.playbook.model.HoldingStatement#getSituation <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Situation</em>' attribute.
	 * @see #getSituation()
	 * @generated
	 */
	void setSituation(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The statement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.playbook.model.PlaybookPackage#getHoldingStatement_Text()
	 * @model required="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.playbook.model.HoldingStatement#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // HoldingStatement
