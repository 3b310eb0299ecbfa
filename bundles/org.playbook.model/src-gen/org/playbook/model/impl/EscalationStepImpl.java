/**
 */
package org.playbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.playbook.model.EscalationStep;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Role;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Escalation Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.EscalationStepImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.playbook.model.impl.EscalationStepImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.playbook.model.impl.EscalationStepImpl#getWithinMinutes <em>Within Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EscalationStepImpl extends EObjectImpl implements EscalationStep {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected Role contact;

	/**
	 * The default value of the '{@link #getWithinMinutes() <em>Within Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithinMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WITHIN_MINUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWithinMinutes() <em>Within Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithinMinutes()
	 * @generated
	 * @ordered
	 */
	protected Integer withinMinutes = WITHIN_MINUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EscalationStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.ESCALATION_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ESCALATION_STEP__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getContact() {
		if (contact != null && contact.eIsProxy()) {
			InternalEObject oldContact = (InternalEObject)contact;
			contact = (Role)eResolveProxy(oldContact);
			if (contact != oldContact) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlaybookPackage.ESCALATION_STEP__CONTACT, oldContact, contact));
			}
		}
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(Role newContact) {
		Role oldContact = contact;
		contact = newContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ESCALATION_STEP__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWithinMinutes() {
		return withinMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithinMinutes(Integer newWithinMinutes) {
		Integer oldWithinMinutes = withinMinutes;
		withinMinutes = newWithinMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ESCALATION_STEP__WITHIN_MINUTES, oldWithinMinutes, withinMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.ESCALATION_STEP__DESCRIPTION:
				return getDescription();
			case PlaybookPackage.ESCALATION_STEP__CONTACT:
				if (resolve) return getContact();
				return basicGetContact();
			case PlaybookPackage.ESCALATION_STEP__WITHIN_MINUTES:
				return getWithinMinutes();
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
			case PlaybookPackage.ESCALATION_STEP__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PlaybookPackage.ESCALATION_STEP__CONTACT:
				setContact((Role)newValue);
				return;
			case PlaybookPackage.ESCALATION_STEP__WITHIN_MINUTES:
				setWithinMinutes((Integer)newValue);
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
			case PlaybookPackage.ESCALATION_STEP__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PlaybookPackage.ESCALATION_STEP__CONTACT:
				setContact((Role)null);
				return;
			case PlaybookPackage.ESCALATION_STEP__WITHIN_MINUTES:
				setWithinMinutes(WITHIN_MINUTES_EDEFAULT);
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
			case PlaybookPackage.ESCALATION_STEP__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PlaybookPackage.ESCALATION_STEP__CONTACT:
				return contact != null;
			case PlaybookPackage.ESCALATION_STEP__WITHIN_MINUTES:
				return WITHIN_MINUTES_EDEFAULT == null ? withinMinutes != null : !WITHIN_MINUTES_EDEFAULT.equals(withinMinutes);
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
		result.append(" (description: ");
		result.append(description);
		result.append(", withinMinutes: ");
		result.append(withinMinutes);
		result.append(')');
		return result.toString();
	}

} //EscalationStepImpl
