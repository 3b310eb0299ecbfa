/**
 */
package org.playbook.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Applied Practice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A library practice the strategist has applied to this strategy. It names the practice by id so that the link survives the library being rebuilt or moved.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.AppliedPractice#getPracticeId <em>Practice Id</em>}</li>
 *   <li>{@link org.playbook.model.AppliedPractice#getNote <em>Note</em>}</li>
 *   <li>{@link org.playbook.model.AppliedPractice#getElement <em>Element</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getAppliedPractice()
 * @model
 * @generated
 */
public interface AppliedPractice extends EObject {
	/**
	 * Returns the value of the '<em><b>Practice Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the practice in the library.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Practice Id</em>' attribute.
	 * @see #setPracticeId(String)
	 * @see org.playbook.model.PlaybookPackage#getAppliedPractice_PracticeId()
	 * @model required="true"
	 * @generated
	 */
	String getPracticeId();

	/**
	 * Sets the value of the '{@link org.playbook.model.AppliedPractice#getPracticeId <em>Practice Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Practice Id</em>' attribute.
	 * @see #getPracticeId()
	 * @generated
	 */
	void setPracticeId(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the practice is applied here.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.playbook.model.PlaybookPackage#getAppliedPractice_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.playbook.model.AppliedPractice#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The part of the strategy the practice is applied to, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(EObject)
	 * @see org.playbook.model.PlaybookPackage#getAppliedPractice_Element()
	 * @model
	 * @generated
	 */
	EObject getElement();

	/**
	 * Sets the value of the '{@link org.playbook.model.AppliedPractice#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(EObject value);

} // AppliedPractice
