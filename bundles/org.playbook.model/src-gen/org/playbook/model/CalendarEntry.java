/**
 */
package org.playbook.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calendar Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One planned post in the content calendar.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.CalendarEntry#getDate <em>Date</em>}</li>
 *   <li>{@link org.playbook.model.CalendarEntry#getTitle <em>Title</em>}</li>
 *   <li>{@link org.playbook.model.CalendarEntry#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.playbook.model.CalendarEntry#getIntent <em>Intent</em>}</li>
 *   <li>{@link org.playbook.model.CalendarEntry#getPillar <em>Pillar</em>}</li>
 *   <li>{@link org.playbook.model.CalendarEntry#getTactic <em>Tactic</em>}</li>
 *   <li>{@link org.playbook.model.CalendarEntry#getText <em>Text</em>}</li>
 *   <li>{@link org.playbook.model.CalendarEntry#getApproval <em>Approval</em>}</li>
 *   <li>{@link org.playbook.model.CalendarEntry#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.playbook.model.CalendarEntry#getReviewedOn <em>Reviewed On</em>}</li>
 *   <li>{@link org.playbook.model.CalendarEntry#getReviewComment <em>Review Comment</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getCalendarEntry()
 * @model
 * @generated
 */
public interface CalendarEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it is published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_Date()
	 * @model required="true"
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the post is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Network</b></em>' attribute.
	 * The literals are from the enumeration {@link org.playbook.model.Network}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it is published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network</em>' attribute.
	 * @see org.playbook.model.Network
	 * @see #setNetwork(Network)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_Network()
	 * @model
	 * @generated
	 */
	Network getNetwork();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getNetwork <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' attribute.
	 * @see org.playbook.model.Network
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(Network value);

	/**
	 * Returns the value of the '<em><b>Intent</b></em>' attribute.
	 * The literals are from the enumeration {@link org.playbook.model.ContentIntent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the post helps, starts a conversation or sells.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intent</em>' attribute.
	 * @see org.playbook.model.ContentIntent
	 * @see #setIntent(ContentIntent)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_Intent()
	 * @model
	 * @generated
	 */
	ContentIntent getIntent();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getIntent <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intent</em>' attribute.
	 * @see org.playbook.model.ContentIntent
	 * @see #getIntent()
	 * @generated
	 */
	void setIntent(ContentIntent value);

	/**
	 * Returns the value of the '<em><b>Pillar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pillar the post belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pillar</em>' reference.
	 * @see #setPillar(ContentPillar)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_Pillar()
	 * @model
	 * @generated
	 */
	ContentPillar getPillar();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getPillar <em>Pillar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pillar</em>' reference.
	 * @see #getPillar()
	 * @generated
	 */
	void setPillar(ContentPillar value);

	/**
	 * Returns the value of the '<em><b>Tactic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tactic the post carries out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tactic</em>' reference.
	 * @see #setTactic(Tactic)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_Tactic()
	 * @model
	 * @generated
	 */
	Tactic getTactic();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getTactic <em>Tactic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tactic</em>' reference.
	 * @see #getTactic()
	 * @generated
	 */
	void setTactic(Tactic value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The post as it will be published, when it is written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Approval</b></em>' attribute.
	 * The default value is <code>"draft"</code>.
	 * The literals are from the enumeration {@link org.playbook.model.ApprovalState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the post stands with the client.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approval</em>' attribute.
	 * @see org.playbook.model.ApprovalState
	 * @see #setApproval(ApprovalState)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_Approval()
	 * @model default="draft"
	 * @generated
	 */
	ApprovalState getApproval();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getApproval <em>Approval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval</em>' attribute.
	 * @see org.playbook.model.ApprovalState
	 * @see #getApproval()
	 * @generated
	 */
	void setApproval(ApprovalState value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who approved the post or asked for changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the reviewer decided.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewed On</em>' attribute.
	 * @see #setReviewedOn(Date)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_ReviewedOn()
	 * @model
	 * @generated
	 */
	Date getReviewedOn();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getReviewedOn <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed On</em>' attribute.
	 * @see #getReviewedOn()
	 * @generated
	 */
	void setReviewedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Review Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reviewer's comment: what to change, or a note with the approval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Comment</em>' attribute.
	 * @see #setReviewComment(String)
	 * @see org.playbook.model.PlaybookPackage#getCalendarEntry_ReviewComment()
	 * @model
	 * @generated
	 */
	String getReviewComment();

	/**
	 * Sets the value of the '{@link org.playbook.model.CalendarEntry#getReviewComment <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Comment</em>' attribute.
	 * @see #getReviewComment()
	 * @generated
	 */
	void setReviewComment(String value);

} // CalendarEntry
