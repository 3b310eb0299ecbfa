/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Practice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of advice from practitioners, traceable to the exact words it came from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Practice#getId <em>Id</em>}</li>
 *   <li>{@link org.playbook.model.Practice#getTitle <em>Title</em>}</li>
 *   <li>{@link org.playbook.model.Practice#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.playbook.model.Practice#getBody <em>Body</em>}</li>
 *   <li>{@link org.playbook.model.Practice#getCategory <em>Category</em>}</li>
 *   <li>{@link org.playbook.model.Practice#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.playbook.model.Practice#getStatus <em>Status</em>}</li>
 *   <li>{@link org.playbook.model.Practice#getTags <em>Tags</em>}</li>
 *   <li>{@link org.playbook.model.Practice#getRelated <em>Related</em>}</li>
 *   <li>{@link org.playbook.model.Practice#getSourceRefs <em>Source Refs</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getPractice()
 * @model
 * @generated
 */
public interface Practice extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stable identifier, e.g. 'purpose.start-with-why'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.playbook.model.PlaybookPackage#getPractice_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.playbook.model.Practice#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short imperative title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.playbook.model.PlaybookPackage#getPractice_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.playbook.model.Practice#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One or two sentences a strategist can act on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.playbook.model.PlaybookPackage#getPractice_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.playbook.model.Practice#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The longer explanation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.playbook.model.PlaybookPackage#getPractice_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.playbook.model.Practice#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.playbook.model.PracticeCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The part of a strategy the practice speaks to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.playbook.model.PracticeCategory
	 * @see #setCategory(PracticeCategory)
	 * @see org.playbook.model.PlaybookPackage#getPractice_Category()
	 * @model
	 * @generated
	 */
	PracticeCategory getCategory();

	/**
	 * Sets the value of the '{@link org.playbook.model.Practice#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.playbook.model.PracticeCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(PracticeCategory value);

	/**
	 * Returns the value of the '<em><b>Polarity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.playbook.model.Polarity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Principle, success pattern or failure pattern.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Polarity</em>' attribute.
	 * @see org.playbook.model.Polarity
	 * @see #setPolarity(Polarity)
	 * @see org.playbook.model.PlaybookPackage#getPractice_Polarity()
	 * @model
	 * @generated
	 */
	Polarity getPolarity();

	/**
	 * Sets the value of the '{@link org.playbook.model.Practice#getPolarity <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Polarity</em>' attribute.
	 * @see org.playbook.model.Polarity
	 * @see #getPolarity()
	 * @generated
	 */
	void setPolarity(Polarity value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"accepted"</code>.
	 * The literals are from the enumeration {@link org.playbook.model.PracticeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the practice has been reviewed by a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.playbook.model.PracticeStatus
	 * @see #setStatus(PracticeStatus)
	 * @see org.playbook.model.PlaybookPackage#getPractice_Status()
	 * @model default="accepted"
	 * @generated
	 */
	PracticeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.playbook.model.Practice#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.playbook.model.PracticeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PracticeStatus value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free keywords.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.playbook.model.PlaybookPackage#getPractice_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Related</b></em>' reference list.
	 * The list contents are of type {@link org.playbook.model.Practice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Practices that go with this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Related</em>' reference list.
	 * @see org.playbook.model.PlaybookPackage#getPractice_Related()
	 * @model
	 * @generated
	 */
	EList<Practice> getRelated();

	/**
	 * Returns the value of the '<em><b>Source Refs</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.SourceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the practice comes from: at least one verbatim quote.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Refs</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getPractice_SourceRefs()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceRef> getSourceRefs();

} // Practice
