/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Content Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The content pillars, the planned mix of helpful, conversational and promotional content, and the content calendar.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.ContentPlan#getPromotionalShare <em>Promotional Share</em>}</li>
 *   <li>{@link org.playbook.model.ContentPlan#getHelpfulShare <em>Helpful Share</em>}</li>
 *   <li>{@link org.playbook.model.ContentPlan#getPillars <em>Pillars</em>}</li>
 *   <li>{@link org.playbook.model.ContentPlan#getCalendarEntries <em>Calendar Entries</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getContentPlan()
 * @model
 * @generated
 */
public interface ContentPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Promotional Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned share of promotional posts, in percent (0-100). Above about 20% the plan risks making every update a sales pitch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Promotional Share</em>' attribute.
	 * @see #setPromotionalShare(int)
	 * @see org.playbook.model.PlaybookPackage#getContentPlan_PromotionalShare()
	 * @model
	 * @generated
	 */
	int getPromotionalShare();

	/**
	 * Sets the value of the '{@link org.playbook.model.ContentPlan#getPromotionalShare <em>Promotional Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promotional Share</em>' attribute.
	 * @see #getPromotionalShare()
	 * @generated
	 */
	void setPromotionalShare(int value);

	/**
	 * Returns the value of the '<em><b>Helpful Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned share of helpful posts, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Helpful Share</em>' attribute.
	 * @see #setHelpfulShare(int)
	 * @see org.playbook.model.PlaybookPackage#getContentPlan_HelpfulShare()
	 * @model
	 * @generated
	 */
	int getHelpfulShare();

	/**
	 * Sets the value of the '{@link org.playbook.model.ContentPlan#getHelpfulShare <em>Helpful Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Helpful Share</em>' attribute.
	 * @see #getHelpfulShare()
	 * @generated
	 */
	void setHelpfulShare(int value);

	/**
	 * Returns the value of the '<em><b>Pillars</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.ContentPillar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The themes content is built around.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pillars</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getContentPlan_Pillars()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContentPillar> getPillars();

	/**
	 * Returns the value of the '<em><b>Calendar Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.CalendarEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned posts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar Entries</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getContentPlan_CalendarEntries()
	 * @model containment="true"
	 * @generated
	 */
	EList<CalendarEntry> getCalendarEntries();

} // ContentPlan
