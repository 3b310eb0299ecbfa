/**
 */
package org.playbook.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Cadence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How often results are reviewed and the strategy adjusted: social media is a commitment, not a campaign.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.ReviewCadence#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.playbook.model.ReviewCadence#getNextReview <em>Next Review</em>}</li>
 *   <li>{@link org.playbook.model.ReviewCadence#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.playbook.model.ReviewCadence#getAttendees <em>Attendees</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getReviewCadence()
 * @model
 * @generated
 */
public interface ReviewCadence extends EObject {
	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.playbook.model.ReviewFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the review happens.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.playbook.model.ReviewFrequency
	 * @see #isSetFrequency()
	 * @see #unsetFrequency()
	 * @see #setFrequency(ReviewFrequency)
	 * @see org.playbook.model.PlaybookPackage#getReviewCadence_Frequency()
	 * @model unsettable="true"
	 * @generated
	 */
	ReviewFrequency getFrequency();

	/**
	 * Sets the value of the '{@link org.playbook.model.ReviewCadence#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.playbook.model.ReviewFrequency
	 * @see #isSetFrequency()
	 * @see #unsetFrequency()
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(ReviewFrequency value);

	/**
	 * Unsets the value of the '{@link org.playbook.model.ReviewCadence#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFrequency()
	 * @see #getFrequency()
	 * @see #setFrequency(ReviewFrequency)
	 * @generated
	 */
	void unsetFrequency();

	/**
	 * Returns whether the value of the '{@link org.playbook.model.ReviewCadence#getFrequency <em>Frequency</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Frequency</em>' attribute is set.
	 * @see #unsetFrequency()
	 * @see #getFrequency()
	 * @see #setFrequency(ReviewFrequency)
	 * @generated
	 */
	boolean isSetFrequency();

	/**
	 * Returns the value of the '<em><b>Next Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the next review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next Review</em>' attribute.
	 * @see #setNextReview(Date)
	 * @see org.playbook.model.PlaybookPackage#getReviewCadence_NextReview()
	 * @model
	 * @generated
	 */
	Date getNextReview();

	/**
	 * Sets the value of the '{@link org.playbook.model.ReviewCadence#getNextReview <em>Next Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Review</em>' attribute.
	 * @see #getNextReview()
	 * @generated
	 */
	void setNextReview(Date value);

	/**
	 * Returns the value of the '<em><b>Agenda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the review covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agenda</em>' attribute.
	 * @see #setAgenda(String)
	 * @see org.playbook.model.PlaybookPackage#getReviewCadence_Agenda()
	 * @model
	 * @generated
	 */
	String getAgenda();

	/**
	 * Sets the value of the '{@link org.playbook.model.ReviewCadence#getAgenda <em>Agenda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agenda</em>' attribute.
	 * @see #getAgenda()
	 * @generated
	 */
	void setAgenda(String value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' reference list.
	 * The list contents are of type {@link org.playbook.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who takes part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attendees</em>' reference list.
	 * @see org.playbook.model.PlaybookPackage#getReviewCadence_Attendees()
	 * @model
	 * @generated
	 */
	EList<Role> getAttendees();

} // ReviewCadence
