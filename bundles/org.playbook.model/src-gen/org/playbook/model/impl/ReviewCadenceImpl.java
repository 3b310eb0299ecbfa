/**
 */
package org.playbook.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.playbook.model.PlaybookPackage;
import org.playbook.model.ReviewCadence;
import org.playbook.model.ReviewFrequency;
import org.playbook.model.Role;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Cadence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.ReviewCadenceImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.playbook.model.impl.ReviewCadenceImpl#getNextReview <em>Next Review</em>}</li>
 *   <li>{@link org.playbook.model.impl.ReviewCadenceImpl#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.playbook.model.impl.ReviewCadenceImpl#getAttendees <em>Attendees</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewCadenceImpl extends EObjectImpl implements ReviewCadence {
	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewFrequency FREQUENCY_EDEFAULT = ReviewFrequency.WEEKLY;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected ReviewFrequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * This is true if the Frequency attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean frequencyESet;

	/**
	 * The default value of the '{@link #getNextReview() <em>Next Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextReview()
	 * @generated
	 * @ordered
	 */
	protected static final Date NEXT_REVIEW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextReview() <em>Next Review</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextReview()
	 * @generated
	 * @ordered
	 */
	protected Date nextReview = NEXT_REVIEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgenda() <em>Agenda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgenda()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENDA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgenda() <em>Agenda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgenda()
	 * @generated
	 * @ordered
	 */
	protected String agenda = AGENDA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> attendees;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewCadenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.REVIEW_CADENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewFrequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(ReviewFrequency newFrequency) {
		ReviewFrequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		boolean oldFrequencyESet = frequencyESet;
		frequencyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.REVIEW_CADENCE__FREQUENCY, oldFrequency, frequency, !oldFrequencyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFrequency() {
		ReviewFrequency oldFrequency = frequency;
		boolean oldFrequencyESet = frequencyESet;
		frequency = FREQUENCY_EDEFAULT;
		frequencyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PlaybookPackage.REVIEW_CADENCE__FREQUENCY, oldFrequency, FREQUENCY_EDEFAULT, oldFrequencyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFrequency() {
		return frequencyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getNextReview() {
		return nextReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextReview(Date newNextReview) {
		Date oldNextReview = nextReview;
		nextReview = newNextReview;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.REVIEW_CADENCE__NEXT_REVIEW, oldNextReview, nextReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgenda() {
		return agenda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgenda(String newAgenda) {
		String oldAgenda = agenda;
		agenda = newAgenda;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.REVIEW_CADENCE__AGENDA, oldAgenda, agenda));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getAttendees() {
		if (attendees == null) {
			attendees = new EObjectResolvingEList<Role>(Role.class, this, PlaybookPackage.REVIEW_CADENCE__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.REVIEW_CADENCE__FREQUENCY:
				return getFrequency();
			case PlaybookPackage.REVIEW_CADENCE__NEXT_REVIEW:
				return getNextReview();
			case PlaybookPackage.REVIEW_CADENCE__AGENDA:
				return getAgenda();
			case PlaybookPackage.REVIEW_CADENCE__ATTENDEES:
				return getAttendees();
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
			case PlaybookPackage.REVIEW_CADENCE__FREQUENCY:
				setFrequency((ReviewFrequency)newValue);
				return;
			case PlaybookPackage.REVIEW_CADENCE__NEXT_REVIEW:
				setNextReview((Date)newValue);
				return;
			case PlaybookPackage.REVIEW_CADENCE__AGENDA:
				setAgenda((String)newValue);
				return;
			case PlaybookPackage.REVIEW_CADENCE__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends Role>)newValue);
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
			case PlaybookPackage.REVIEW_CADENCE__FREQUENCY:
				unsetFrequency();
				return;
			case PlaybookPackage.REVIEW_CADENCE__NEXT_REVIEW:
				setNextReview(NEXT_REVIEW_EDEFAULT);
				return;
			case PlaybookPackage.REVIEW_CADENCE__AGENDA:
				setAgenda(AGENDA_EDEFAULT);
				return;
			case PlaybookPackage.REVIEW_CADENCE__ATTENDEES:
				getAttendees().clear();
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
			case PlaybookPackage.REVIEW_CADENCE__FREQUENCY:
				return isSetFrequency();
			case PlaybookPackage.REVIEW_CADENCE__NEXT_REVIEW:
				return NEXT_REVIEW_EDEFAULT == null ? nextReview != null : !NEXT_REVIEW_EDEFAULT.equals(nextReview);
			case PlaybookPackage.REVIEW_CADENCE__AGENDA:
				return AGENDA_EDEFAULT == null ? agenda != null : !AGENDA_EDEFAULT.equals(agenda);
			case PlaybookPackage.REVIEW_CADENCE__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
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
		result.append(" (frequency: ");
		if (frequencyESet) result.append(frequency); else result.append("<unset>");
		result.append(", nextReview: ");
		result.append(nextReview);
		result.append(", agenda: ");
		result.append(agenda);
		result.append(')');
		return result.toString();
	}

} //ReviewCadenceImpl
