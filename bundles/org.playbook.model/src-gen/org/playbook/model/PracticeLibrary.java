/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Practice Library</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A library of practices and the sources they are drawn from: the root of a *.practices file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.PracticeLibrary#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.PracticeLibrary#getSources <em>Sources</em>}</li>
 *   <li>{@link org.playbook.model.PracticeLibrary#getPractices <em>Practices</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getPracticeLibrary()
 * @model
 * @generated
 */
public interface PracticeLibrary extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The library's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.playbook.model.PlaybookPackage#getPracticeLibrary_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.playbook.model.PracticeLibrary#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The posts practices are drawn from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getPracticeLibrary_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Practices</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.Practice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The practices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Practices</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getPracticeLibrary_Practices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Practice> getPractices();

} // PracticeLibrary
