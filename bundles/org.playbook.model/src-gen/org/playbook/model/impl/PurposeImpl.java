/**
 */
package org.playbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.playbook.model.PlaybookPackage;
import org.playbook.model.Purpose;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Purpose</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.PurposeImpl#getWhy <em>Why</em>}</li>
 *   <li>{@link org.playbook.model.impl.PurposeImpl#getBelief <em>Belief</em>}</li>
 *   <li>{@link org.playbook.model.impl.PurposeImpl#getCause <em>Cause</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PurposeImpl extends EObjectImpl implements Purpose {
	/**
	 * The default value of the '{@link #getWhy() <em>Why</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhy()
	 * @generated
	 * @ordered
	 */
	protected static final String WHY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhy() <em>Why</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhy()
	 * @generated
	 * @ordered
	 */
	protected String why = WHY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBelief() <em>Belief</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBelief()
	 * @generated
	 * @ordered
	 */
	protected static final String BELIEF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBelief() <em>Belief</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBelief()
	 * @generated
	 * @ordered
	 */
	protected String belief = BELIEF_EDEFAULT;

	/**
	 * The default value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected String cause = CAUSE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PurposeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.PURPOSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhy() {
		return why;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhy(String newWhy) {
		String oldWhy = why;
		why = newWhy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PURPOSE__WHY, oldWhy, why));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBelief() {
		return belief;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBelief(String newBelief) {
		String oldBelief = belief;
		belief = newBelief;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PURPOSE__BELIEF, oldBelief, belief));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCause() {
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCause(String newCause) {
		String oldCause = cause;
		cause = newCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PURPOSE__CAUSE, oldCause, cause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.PURPOSE__WHY:
				return getWhy();
			case PlaybookPackage.PURPOSE__BELIEF:
				return getBelief();
			case PlaybookPackage.PURPOSE__CAUSE:
				return getCause();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlaybookPackage.PURPOSE__WHY:
				setWhy((String)newValue);
				return;
			case PlaybookPackage.PURPOSE__BELIEF:
				setBelief((String)newValue);
				return;
			case PlaybookPackage.PURPOSE__CAUSE:
				setCause((String)newValue);
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
			case PlaybookPackage.PURPOSE__WHY:
				setWhy(WHY_EDEFAULT);
				return;
			case PlaybookPackage.PURPOSE__BELIEF:
				setBelief(BELIEF_EDEFAULT);
				return;
			case PlaybookPackage.PURPOSE__CAUSE:
				setCause(CAUSE_EDEFAULT);
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
			case PlaybookPackage.PURPOSE__WHY:
				return WHY_EDEFAULT == null ? why != null : !WHY_EDEFAULT.equals(why);
			case PlaybookPackage.PURPOSE__BELIEF:
				return BELIEF_EDEFAULT == null ? belief != null : !BELIEF_EDEFAULT.equals(belief);
			case PlaybookPackage.PURPOSE__CAUSE:
				return CAUSE_EDEFAULT == null ? cause != null : !CAUSE_EDEFAULT.equals(cause);
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
		result.append(" (why: ");
		result.append(why);
		result.append(", belief: ");
		result.append(belief);
		result.append(", cause: ");
		result.append(cause);
		result.append(')');
		return result.toString();
	}

} //PurposeImpl
