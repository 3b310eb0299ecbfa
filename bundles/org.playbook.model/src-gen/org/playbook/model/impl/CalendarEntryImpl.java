/**
 */
package org.playbook.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.playbook.model.ApprovalState;
import org.playbook.model.CalendarEntry;
import org.playbook.model.ContentIntent;
import org.playbook.model.ContentPillar;
import org.playbook.model.Network;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Tactic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Calendar Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getIntent <em>Intent</em>}</li>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getPillar <em>Pillar</em>}</li>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getTactic <em>Tactic</em>}</li>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getApproval <em>Approval</em>}</li>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getReviewedOn <em>Reviewed On</em>}</li>
 *   <li>{@link org.playbook.model.impl.CalendarEntryImpl#getReviewComment <em>Review Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CalendarEntryImpl extends EObjectImpl implements CalendarEntry {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected static final Network NETWORK_EDEFAULT = Network.FACEBOOK;

	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected Network network = NETWORK_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntent() <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntent()
	 * @generated
	 * @ordered
	 */
	protected static final ContentIntent INTENT_EDEFAULT = ContentIntent.HELPFUL;

	/**
	 * The cached value of the '{@link #getIntent() <em>Intent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntent()
	 * @generated
	 * @ordered
	 */
	protected ContentIntent intent = INTENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPillar() <em>Pillar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPillar()
	 * @generated
	 * @ordered
	 */
	protected ContentPillar pillar;

	/**
	 * The cached value of the '{@link #getTactic() <em>Tactic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTactic()
	 * @generated
	 * @ordered
	 */
	protected Tactic tactic;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getApproval() <em>Approval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproval()
	 * @generated
	 * @ordered
	 */
	protected static final ApprovalState APPROVAL_EDEFAULT = ApprovalState.DRAFT;

	/**
	 * The cached value of the '{@link #getApproval() <em>Approval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproval()
	 * @generated
	 * @ordered
	 */
	protected ApprovalState approval = APPROVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date REVIEWED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected Date reviewedOn = REVIEWED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewComment() <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComment()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEW_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewComment() <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComment()
	 * @generated
	 * @ordered
	 */
	protected String reviewComment = REVIEW_COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CalendarEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.CALENDAR_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetwork(Network newNetwork) {
		Network oldNetwork = network;
		network = newNetwork == null ? NETWORK_EDEFAULT : newNetwork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__NETWORK, oldNetwork, network));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentIntent getIntent() {
		return intent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntent(ContentIntent newIntent) {
		ContentIntent oldIntent = intent;
		intent = newIntent == null ? INTENT_EDEFAULT : newIntent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__INTENT, oldIntent, intent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentPillar getPillar() {
		if (pillar != null && pillar.eIsProxy()) {
			InternalEObject oldPillar = (InternalEObject)pillar;
			pillar = (ContentPillar)eResolveProxy(oldPillar);
			if (pillar != oldPillar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlaybookPackage.CALENDAR_ENTRY__PILLAR, oldPillar, pillar));
			}
		}
		return pillar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentPillar basicGetPillar() {
		return pillar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPillar(ContentPillar newPillar) {
		ContentPillar oldPillar = pillar;
		pillar = newPillar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__PILLAR, oldPillar, pillar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tactic getTactic() {
		if (tactic != null && tactic.eIsProxy()) {
			InternalEObject oldTactic = (InternalEObject)tactic;
			tactic = (Tactic)eResolveProxy(oldTactic);
			if (tactic != oldTactic) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlaybookPackage.CALENDAR_ENTRY__TACTIC, oldTactic, tactic));
			}
		}
		return tactic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Tactic basicGetTactic() {
		return tactic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTactic(Tactic newTactic) {
		Tactic oldTactic = tactic;
		tactic = newTactic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__TACTIC, oldTactic, tactic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApprovalState getApproval() {
		return approval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproval(ApprovalState newApproval) {
		ApprovalState oldApproval = approval;
		approval = newApproval == null ? APPROVAL_EDEFAULT : newApproval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__APPROVAL, oldApproval, approval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReviewedOn() {
		return reviewedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedOn(Date newReviewedOn) {
		Date oldReviewedOn = reviewedOn;
		reviewedOn = newReviewedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__REVIEWED_ON, oldReviewedOn, reviewedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewComment() {
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewComment(String newReviewComment) {
		String oldReviewComment = reviewComment;
		reviewComment = newReviewComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.CALENDAR_ENTRY__REVIEW_COMMENT, oldReviewComment, reviewComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.CALENDAR_ENTRY__DATE:
				return getDate();
			case PlaybookPackage.CALENDAR_ENTRY__TITLE:
				return getTitle();
			case PlaybookPackage.CALENDAR_ENTRY__NETWORK:
				return getNetwork();
			case PlaybookPackage.CALENDAR_ENTRY__INTENT:
				return getIntent();
			case PlaybookPackage.CALENDAR_ENTRY__PILLAR:
				if (resolve) return getPillar();
				return basicGetPillar();
			case PlaybookPackage.CALENDAR_ENTRY__TACTIC:
				if (resolve) return getTactic();
				return basicGetTactic();
			case PlaybookPackage.CALENDAR_ENTRY__TEXT:
				return getText();
			case PlaybookPackage.CALENDAR_ENTRY__APPROVAL:
				return getApproval();
			case PlaybookPackage.CALENDAR_ENTRY__REVIEWER:
				return getReviewer();
			case PlaybookPackage.CALENDAR_ENTRY__REVIEWED_ON:
				return getReviewedOn();
			case PlaybookPackage.CALENDAR_ENTRY__REVIEW_COMMENT:
				return getReviewComment();
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
			case PlaybookPackage.CALENDAR_ENTRY__DATE:
				setDate((Date)newValue);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__TITLE:
				setTitle((String)newValue);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__NETWORK:
				setNetwork((Network)newValue);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__INTENT:
				setIntent((ContentIntent)newValue);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__PILLAR:
				setPillar((ContentPillar)newValue);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__TACTIC:
				setTactic((Tactic)newValue);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__TEXT:
				setText((String)newValue);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__APPROVAL:
				setApproval((ApprovalState)newValue);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__REVIEWER:
				setReviewer((String)newValue);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__REVIEWED_ON:
				setReviewedOn((Date)newValue);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__REVIEW_COMMENT:
				setReviewComment((String)newValue);
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
			case PlaybookPackage.CALENDAR_ENTRY__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__NETWORK:
				setNetwork(NETWORK_EDEFAULT);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__INTENT:
				setIntent(INTENT_EDEFAULT);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__PILLAR:
				setPillar((ContentPillar)null);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__TACTIC:
				setTactic((Tactic)null);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__APPROVAL:
				setApproval(APPROVAL_EDEFAULT);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__REVIEWED_ON:
				setReviewedOn(REVIEWED_ON_EDEFAULT);
				return;
			case PlaybookPackage.CALENDAR_ENTRY__REVIEW_COMMENT:
				setReviewComment(REVIEW_COMMENT_EDEFAULT);
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
			case PlaybookPackage.CALENDAR_ENTRY__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PlaybookPackage.CALENDAR_ENTRY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PlaybookPackage.CALENDAR_ENTRY__NETWORK:
				return network != NETWORK_EDEFAULT;
			case PlaybookPackage.CALENDAR_ENTRY__INTENT:
				return intent != INTENT_EDEFAULT;
			case PlaybookPackage.CALENDAR_ENTRY__PILLAR:
				return pillar != null;
			case PlaybookPackage.CALENDAR_ENTRY__TACTIC:
				return tactic != null;
			case PlaybookPackage.CALENDAR_ENTRY__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PlaybookPackage.CALENDAR_ENTRY__APPROVAL:
				return approval != APPROVAL_EDEFAULT;
			case PlaybookPackage.CALENDAR_ENTRY__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case PlaybookPackage.CALENDAR_ENTRY__REVIEWED_ON:
				return REVIEWED_ON_EDEFAULT == null ? reviewedOn != null : !REVIEWED_ON_EDEFAULT.equals(reviewedOn);
			case PlaybookPackage.CALENDAR_ENTRY__REVIEW_COMMENT:
				return REVIEW_COMMENT_EDEFAULT == null ? reviewComment != null : !REVIEW_COMMENT_EDEFAULT.equals(reviewComment);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", title: ");
		result.append(title);
		result.append(", network: ");
		result.append(network);
		result.append(", intent: ");
		result.append(intent);
		result.append(", text: ");
		result.append(text);
		result.append(", approval: ");
		result.append(approval);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", reviewedOn: ");
		result.append(reviewedOn);
		result.append(", reviewComment: ");
		result.append(reviewComment);
		result.append(')');
		return result.toString();
	}

} //CalendarEntryImpl
