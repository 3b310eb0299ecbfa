/**
 */
package org.playbook.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Swot Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One item of a SWOT analysis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.SwotItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.playbook.model.SwotItem#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getSwotItem()
 * @model
 * @generated
 */
public interface SwotItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.playbook.model.SwotKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quadrant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.playbook.model.SwotKind
	 * @see #setKind(SwotKind)
	 * @see org.playbook.model.PlaybookPackage#getSwotItem_Kind()
	 * @model
	 * @generated
	 */
	SwotKind getKind();

	/**
	 * Sets the value of the '{@link org.playbook.model.SwotItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.playbook.model.SwotKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SwotKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.playbook.model.PlaybookPackage#getSwotItem_Text()
	 * @model required="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.playbook.model.SwotItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // SwotItem
