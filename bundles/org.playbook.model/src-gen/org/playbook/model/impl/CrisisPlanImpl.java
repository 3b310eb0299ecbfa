/**
 */
package org.playbook.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.playbook.model.CrisisPlan;
import org.playbook.model.EscalationStep;
import org.playbook.model.HoldingStatement;
import org.playbook.model.PlaybookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Crisis Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.CrisisPlanImpl#getTriggers <em>Triggers</em>}</li>
 *   <li>{@link org.playbook.model.impl.CrisisPlanImpl#getEscalationSteps <em>Escalation Steps</em>}</li>
 *   <li>{@link org.playbook.model.impl.CrisisPlanImpl#getHoldingStatements <em>Holding Statements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrisisPlanImpl extends EObjectImpl implements CrisisPlan {
	/**
	 * The cached value of the '{@link #getTriggers() <em>Triggers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> triggers;

	/**
	 * The cached value of the '{@link #getEscalationSteps() <em>Escalation Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<EscalationStep> escalationSteps;

	/**
	 * The cached value of the '{@link #getHoldingStatements() <em>Holding Statements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoldingStatements()
	 * @generated
	 * @ordered
	 */
	protected EList<HoldingStatement> holdingStatements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrisisPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.CRISIS_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTriggers() {
		if (triggers == null) {
			triggers = new EDataTypeEList<String>(String.class, this, PlaybookPackage.CRISIS_PLAN__TRIGGERS);
		}
		return triggers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EscalationStep> getEscalationSteps() {
		if (escalationSteps == null) {
			escalationSteps = new EObjectContainmentEList<EscalationStep>(EscalationStep.class, this, PlaybookPackage.CRISIS_PLAN__ESCALATION_STEPS);
		}
		return escalationSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HoldingStatement> getHoldingStatements() {
		if (holdingStatements == null) {
			holdingStatements = new EObjectContainmentEList<HoldingStatement>(HoldingStatement.class, this, PlaybookPackage.CRISIS_PLAN__HOLDING_STATEMENTS);
		}
		return holdingStatements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlaybookPackage.CRISIS_PLAN__ESCALATION_STEPS:
				return ((InternalEList<?>)getEscalationSteps()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.CRISIS_PLAN__HOLDING_STATEMENTS:
				return ((InternalEList<?>)getHoldingStatements()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.CRISIS_PLAN__TRIGGERS:
				return getTriggers();
			case PlaybookPackage.CRISIS_PLAN__ESCALATION_STEPS:
				return getEscalationSteps();
			case PlaybookPackage.CRISIS_PLAN__HOLDING_STATEMENTS:
				return getHoldingStatements();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlaybookPackage.CRISIS_PLAN__TRIGGERS:
				getTriggers().clear();
				getTriggers().addAll((Collection<? extends String>)newValue);
				return;
			case PlaybookPackage.CRISIS_PLAN__ESCALATION_STEPS:
				getEscalationSteps().clear();
				getEscalationSteps().addAll((Collection<? extends EscalationStep>)newValue);
				return;
			case PlaybookPackage.CRISIS_PLAN__HOLDING_STATEMENTS:
				getHoldingStatements().clear();
				getHoldingStatements().addAll((Collection<? extends HoldingStatement>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlaybookPackage.CRISIS_PLAN__TRIGGERS:
				getTriggers().clear();
				return;
			case PlaybookPackage.CRISIS_PLAN__ESCALATION_STEPS:
				getEscalationSteps().clear();
				return;
			case PlaybookPackage.CRISIS_PLAN__HOLDING_STATEMENTS:
				getHoldingStatements().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlaybookPackage.CRISIS_PLAN__TRIGGERS:
				return triggers != null && !triggers.isEmpty();
			case PlaybookPackage.CRISIS_PLAN__ESCALATION_STEPS:
				return escalationSteps != null && !escalationSteps.isEmpty();
			case PlaybookPackage.CRISIS_PLAN__HOLDING_STATEMENTS:
				return holdingStatements != null && !holdingStatements.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (triggers: ");
		result.append(triggers);
		result.append(')');
		return result.toString();
	}

} //CrisisPlanImpl
