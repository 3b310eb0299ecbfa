/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the strategy costs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Budget#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.playbook.model.Budget#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getBudget()
 * @model
 * @generated
 */
public interface Budget extends EObject {
	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"EUR"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO currency code, e.g. 'EUR'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.playbook.model.PlaybookPackage#getBudget_Currency()
	 * @model default="EUR"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.playbook.model.Budget#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Budget lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getBudget_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getLines();

} // Budget
