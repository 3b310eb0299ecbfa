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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.playbook.model.PlaybookPackage;
import org.playbook.model.Polarity;
import org.playbook.model.Practice;
import org.playbook.model.PracticeCategory;
import org.playbook.model.PracticeStatus;
import org.playbook.model.SourceRef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Practice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.PracticeImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.playbook.model.impl.PracticeImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.playbook.model.impl.PracticeImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.playbook.model.impl.PracticeImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.playbook.model.impl.PracticeImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.playbook.model.impl.PracticeImpl#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.playbook.model.impl.PracticeImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.playbook.model.impl.PracticeImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.playbook.model.impl.PracticeImpl#getRelated <em>Related</em>}</li>
 *   <li>{@link org.playbook.model.impl.PracticeImpl#getSourceRefs <em>Source Refs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PracticeImpl extends EObjectImpl implements Practice {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected String body = BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final PracticeCategory CATEGORY_EDEFAULT = PracticeCategory.PURPOSE;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected PracticeCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected static final Polarity POLARITY_EDEFAULT = Polarity.PRINCIPLE;

	/**
	 * The cached value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected Polarity polarity = POLARITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PracticeStatus STATUS_EDEFAULT = PracticeStatus.ACCEPTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PracticeStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getRelated() <em>Related</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelated()
	 * @generated
	 * @ordered
	 */
	protected EList<Practice> related;

	/**
	 * The cached value of the '{@link #getSourceRefs() <em>Source Refs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceRefs()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceRef> sourceRefs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PracticeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.PRACTICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PRACTICE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PRACTICE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PRACTICE__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBody() {
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBody(String newBody) {
		String oldBody = body;
		body = newBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PRACTICE__BODY, oldBody, body));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PracticeCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(PracticeCategory newCategory) {
		PracticeCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PRACTICE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Polarity getPolarity() {
		return polarity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolarity(Polarity newPolarity) {
		Polarity oldPolarity = polarity;
		polarity = newPolarity == null ? POLARITY_EDEFAULT : newPolarity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PRACTICE__POLARITY, oldPolarity, polarity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PracticeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PracticeStatus newStatus) {
		PracticeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.PRACTICE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, PlaybookPackage.PRACTICE__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Practice> getRelated() {
		if (related == null) {
			related = new EObjectResolvingEList<Practice>(Practice.class, this, PlaybookPackage.PRACTICE__RELATED);
		}
		return related;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceRef> getSourceRefs() {
		if (sourceRefs == null) {
			sourceRefs = new EObjectContainmentEList<SourceRef>(SourceRef.class, this, PlaybookPackage.PRACTICE__SOURCE_REFS);
		}
		return sourceRefs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlaybookPackage.PRACTICE__SOURCE_REFS:
				return ((InternalEList<?>)getSourceRefs()).basicRemove(otherEnd, msgs);
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
			case PlaybookPackage.PRACTICE__ID:
				return getId();
			case PlaybookPackage.PRACTICE__TITLE:
				return getTitle();
			case PlaybookPackage.PRACTICE__SUMMARY:
				return getSummary();
			case PlaybookPackage.PRACTICE__BODY:
				return getBody();
			case PlaybookPackage.PRACTICE__CATEGORY:
				return getCategory();
			case PlaybookPackage.PRACTICE__POLARITY:
				return getPolarity();
			case PlaybookPackage.PRACTICE__STATUS:
				return getStatus();
			case PlaybookPackage.PRACTICE__TAGS:
				return getTags();
			case PlaybookPackage.PRACTICE__RELATED:
				return getRelated();
			case PlaybookPackage.PRACTICE__SOURCE_REFS:
				return getSourceRefs();
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
			case PlaybookPackage.PRACTICE__ID:
				setId((String)newValue);
				return;
			case PlaybookPackage.PRACTICE__TITLE:
				setTitle((String)newValue);
				return;
			case PlaybookPackage.PRACTICE__SUMMARY:
				setSummary((String)newValue);
				return;
			case PlaybookPackage.PRACTICE__BODY:
				setBody((String)newValue);
				return;
			case PlaybookPackage.PRACTICE__CATEGORY:
				setCategory((PracticeCategory)newValue);
				return;
			case PlaybookPackage.PRACTICE__POLARITY:
				setPolarity((Polarity)newValue);
				return;
			case PlaybookPackage.PRACTICE__STATUS:
				setStatus((PracticeStatus)newValue);
				return;
			case PlaybookPackage.PRACTICE__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case PlaybookPackage.PRACTICE__RELATED:
				getRelated().clear();
				getRelated().addAll((Collection<? extends Practice>)newValue);
				return;
			case PlaybookPackage.PRACTICE__SOURCE_REFS:
				getSourceRefs().clear();
				getSourceRefs().addAll((Collection<? extends SourceRef>)newValue);
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
			case PlaybookPackage.PRACTICE__ID:
				setId(ID_EDEFAULT);
				return;
			case PlaybookPackage.PRACTICE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PlaybookPackage.PRACTICE__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case PlaybookPackage.PRACTICE__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case PlaybookPackage.PRACTICE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case PlaybookPackage.PRACTICE__POLARITY:
				setPolarity(POLARITY_EDEFAULT);
				return;
			case PlaybookPackage.PRACTICE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlaybookPackage.PRACTICE__TAGS:
				getTags().clear();
				return;
			case PlaybookPackage.PRACTICE__RELATED:
				getRelated().clear();
				return;
			case PlaybookPackage.PRACTICE__SOURCE_REFS:
				getSourceRefs().clear();
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
			case PlaybookPackage.PRACTICE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PlaybookPackage.PRACTICE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PlaybookPackage.PRACTICE__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case PlaybookPackage.PRACTICE__BODY:
				return BODY_EDEFAULT == null ? body != null : !BODY_EDEFAULT.equals(body);
			case PlaybookPackage.PRACTICE__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case PlaybookPackage.PRACTICE__POLARITY:
				return polarity != POLARITY_EDEFAULT;
			case PlaybookPackage.PRACTICE__STATUS:
				return status != STATUS_EDEFAULT;
			case PlaybookPackage.PRACTICE__TAGS:
				return tags != null && !tags.isEmpty();
			case PlaybookPackage.PRACTICE__RELATED:
				return related != null && !related.isEmpty();
			case PlaybookPackage.PRACTICE__SOURCE_REFS:
				return sourceRefs != null && !sourceRefs.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", summary: ");
		result.append(summary);
		result.append(", body: ");
		result.append(body);
		result.append(", category: ");
		result.append(category);
		result.append(", polarity: ");
		result.append(polarity);
		result.append(", status: ");
		result.append(status);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //PracticeImpl
