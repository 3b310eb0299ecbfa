/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Crisis Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What happens when things go wrong in public: social media is the first place the press goes in times of crisis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.CrisisPlan#getTriggers <em>Triggers</em>}</li>
 *   <li>{@link org.playbook.model.CrisisPlan#getEscalationSteps <em>Escalation Steps</em>}</li>
 *   <li>{@link org.playbook.model.CrisisPlan#getHoldingStatements <em>Holding Statements</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getCrisisPlan()
 * @model
 * @generated
 */
public interface CrisisPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Triggers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Situations that put the plan in motion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Triggers</em>' attribute list.
	 * @see org.playbook.model.PlaybookPackage#getCrisisPlan_Triggers()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTriggers();

	/**
	 * Returns the value of the '<em><b>Escalation Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.EscalationStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is told, in order, and how fast.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escalation Steps</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getCrisisPlan_EscalationSteps()
	 * @model containment="true"
	 * @generated
	 */
	EList<EscalationStep> getEscalationSteps();

	/**
	 * Returns the value of the '<em><b>Holding Statements</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.HoldingStatement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Statements prepared in advance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holding Statements</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getCrisisPlan_HoldingStatements()
	 * @model containment="true"
	 * @generated
	 */
	EList<HoldingStatement> getHoldingStatements();

} // CrisisPlan
