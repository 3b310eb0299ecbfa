/**
 */
package org.playbook.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.playbook.model.CalendarEntry;
import org.playbook.model.ContentPillar;
import org.playbook.model.ContentPlan;
import org.playbook.model.PlaybookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Content Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.ContentPlanImpl#getPromotionalShare <em>Promotional Share</em>}</li>
 *   <li>{@link org.playbook.model.impl.ContentPlanImpl#getHelpfulShare <em>Helpful Share</em>}</li>
 *   <li>{@link org.playbook.model.impl.ContentPlanImpl#getPillars <em>Pillars</em>}</li>
 *   <li>{@link org.playbook.model.impl.ContentPlanImpl#getCalendarEntries <em>Calendar Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContentPlanImpl extends EObjectImpl implements ContentPlan {
	/**
	 * The default value of the '{@link #getPromotionalShare() <em>Promotional Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromotionalShare()
	 * @generated
	 * @ordered
	 */
	protected static final int PROMOTIONAL_SHARE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPromotionalShare() <em>Promotional Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromotionalShare()
	 * @generated
	 * @ordered
	 */
	protected int promotionalShare = PROMOTIONAL_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHelpfulShare() <em>Helpful Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelpfulShare()
	 * @generated
	 * @ordered
	 */
	protected static final int HELPFUL_SHARE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHelpfulShare() <em>Helpful Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelpfulShare()
	 * @generated
	 * @ordered
	 */
	protected int helpfulShare = HELPFUL_SHARE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPillars() <em>Pillars</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPillars()
	 * @generated
	 * @ordered
	 */
	protected EList<ContentPillar> pillars;

	/**
	 * The cached value of the '{@link #getCalendarEntries() <em>Calendar Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendarEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<CalendarEntry> calendarEntries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContentPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.CONTENT_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPromotionalShare() {
		return promotionalShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromotionalShare(int newPromotionalShare) {
		int oldPromotionalShare = promotionalShare;
		promotionalShare = newPromotionalShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CONTENT_PLAN__PROMOTIONAL_SHARE, oldPromotionalShare, promotionalShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHelpfulShare() {
		return helpfulShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHelpfulShare(int newHelpfulShare) {
		int oldHelpfulShare = helpfulShare;
		helpfulShare = newHelpfulShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CONTENT_PLAN__HELPFUL_SHARE, oldHelpfulShare, helpfulShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContentPillar> getPillars() {
		if (pillars == null) {
			pillars = new EObjectContainmentEList<ContentPillar>(ContentPillar.class, this, PlaybookPackage.CONTENT_PLAN__PILLARS);
		}
		return pillars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CalendarEntry> getCalendarEntries() {
		if (calendarEntries == null) {
			calendarEntries = new EObjectContainmentEList<CalendarEntry>(CalendarEntry.class, this, PlaybookPackage.CONTENT_PLAN__CALENDAR_ENTRIES);
		}
		return calendarEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlaybookPackage.CONTENT_PLAN__PILLARS:
				return ((InternalEList<?>)getPillars()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.CONTENT_PLAN__CALENDAR_ENTRIES:
				return ((InternalEList<?>)getCalendarEntries()).basicRemove(otherEnd, msgs);
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
			case PlaybookPackage.CONTENT_PLAN__PROMOTIONAL_SHARE:
				return getPromotionalShare();
			case PlaybookPackage.CONTENT_PLAN__HELPFUL_SHARE:
				return getHelpfulShare();
			case PlaybookPackage.CONTENT_PLAN__PILLARS:
				return getPillars();
			case PlaybookPackage.CONTENT_PLAN__CALENDAR_ENTRIES:
				return getCalendarEntries();
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
			case PlaybookPackage.CONTENT_PLAN__PROMOTIONAL_SHARE:
				setPromotionalShare((Integer)newValue);
				return;
			case PlaybookPackage.CONTENT_PLAN__HELPFUL_SHARE:
				setHelpfulShare((Integer)newValue);
				return;
			case PlaybookPackage.CONTENT_PLAN__PILLARS:
				getPillars().clear();
				getPillars().addAll((Collection<? extends ContentPillar>)newValue);
				return;
			case PlaybookPackage.CONTENT_PLAN__CALENDAR_ENTRIES:
				getCalendarEntries().clear();
				getCalendarEntries().addAll((Collection<? extends CalendarEntry>)newValue);
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
			case PlaybookPackage.CONTENT_PLAN__PROMOTIONAL_SHARE:
				setPromotionalShare(PROMOTIONAL_SHARE_EDEFAULT);
				return;
			case PlaybookPackage.CONTENT_PLAN__HELPFUL_SHARE:
				setHelpfulShare(HELPFUL_SHARE_EDEFAULT);
				return;
			case PlaybookPackage.CONTENT_PLAN__PILLARS:
				getPillars().clear();
				return;
			case PlaybookPackage.CONTENT_PLAN__CALENDAR_ENTRIES:
				getCalendarEntries().clear();
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
			case PlaybookPackage.CONTENT_PLAN__PROMOTIONAL_SHARE:
				return promotionalShare != PROMOTIONAL_SHARE_EDEFAULT;
			case PlaybookPackage.CONTENT_PLAN__HELPFUL_SHARE:
				return helpfulShare != HELPFUL_SHARE_EDEFAULT;
			case PlaybookPackage.CONTENT_PLAN__PILLARS:
				return pillars != null && !pillars.isEmpty();
			case PlaybookPackage.CONTENT_PLAN__CALENDAR_ENTRIES:
				return calendarEntries != null && !calendarEntries.isEmpty();
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
		result.append(" (promotionalShare: ");
		result.append(promotionalShare);
		result.append(", helpfulShare: ");
		result.append(helpfulShare);
		result.append(')');
		return result.toString();
	}

} //ContentPlanImpl
