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

import org.playbook.model.ApprovalStep;
import org.playbook.model.BrandVoice;
import org.playbook.model.Governance;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Role;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Governance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.GovernanceImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.playbook.model.impl.GovernanceImpl#getBrandVoiceOwner <em>Brand Voice Owner</em>}</li>
 *   <li>{@link org.playbook.model.impl.GovernanceImpl#getApprovalSteps <em>Approval Steps</em>}</li>
 *   <li>{@link org.playbook.model.impl.GovernanceImpl#getBrandVoice <em>Brand Voice</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GovernanceImpl extends EObjectImpl implements Governance {
	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getBrandVoiceOwner() <em>Brand Voice Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandVoiceOwner()
	 * @generated
	 * @ordered
	 */
	protected Role brandVoiceOwner;

	/**
	 * The cached value of the '{@link #getApprovalSteps() <em>Approval Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovalSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<ApprovalStep> approvalSteps;

	/**
	 * The cached value of the '{@link #getBrandVoice() <em>Brand Voice</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandVoice()
	 * @generated
	 * @ordered
	 */
	protected BrandVoice brandVoice;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.GOVERNANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<Role>(Role.class, this, PlaybookPackage.GOVERNANCE__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getBrandVoiceOwner() {
		if (brandVoiceOwner != null && brandVoiceOwner.eIsProxy()) {
			InternalEObject oldBrandVoiceOwner = (InternalEObject)brandVoiceOwner;
			brandVoiceOwner = (Role)eResolveProxy(oldBrandVoiceOwner);
			if (brandVoiceOwner != oldBrandVoiceOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlaybookPackage.GOVERNANCE__BRAND_VOICE_OWNER, oldBrandVoiceOwner, brandVoiceOwner));
			}
		}
		return brandVoiceOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetBrandVoiceOwner() {
		return brandVoiceOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrandVoiceOwner(Role newBrandVoiceOwner) {
		Role oldBrandVoiceOwner = brandVoiceOwner;
		brandVoiceOwner = newBrandVoiceOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.GOVERNANCE__BRAND_VOICE_OWNER, oldBrandVoiceOwner, brandVoiceOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApprovalStep> getApprovalSteps() {
		if (approvalSteps == null) {
			approvalSteps = new EObjectContainmentEList<ApprovalStep>(ApprovalStep.class, this, PlaybookPackage.GOVERNANCE__APPROVAL_STEPS);
		}
		return approvalSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BrandVoice getBrandVoice() {
		return brandVoice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBrandVoice(BrandVoice newBrandVoice, NotificationChain msgs) {
		BrandVoice oldBrandVoice = brandVoice;
		brandVoice = newBrandVoice;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlaybookPackage.GOVERNANCE__BRAND_VOICE, oldBrandVoice, newBrandVoice);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrandVoice(BrandVoice newBrandVoice) {
		if (newBrandVoice != brandVoice) {
			NotificationChain msgs = null;
			if (brandVoice != null)
				msgs = ((InternalEObject)brandVoice).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.GOVERNANCE__BRAND_VOICE, null, msgs);
			if (newBrandVoice != null)
				msgs = ((InternalEObject)newBrandVoice).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.GOVERNANCE__BRAND_VOICE, null, msgs);
			msgs = basicSetBrandVoice(newBrandVoice, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.GOVERNANCE__BRAND_VOICE, newBrandVoice, newBrandVoice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlaybookPackage.GOVERNANCE__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.GOVERNANCE__APPROVAL_STEPS:
				return ((InternalEList<?>)getApprovalSteps()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.GOVERNANCE__BRAND_VOICE:
				return basicSetBrandVoice(null, msgs);
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
			case PlaybookPackage.GOVERNANCE__ROLES:
				return getRoles();
			case PlaybookPackage.GOVERNANCE__BRAND_VOICE_OWNER:
				if (resolve) return getBrandVoiceOwner();
				return basicGetBrandVoiceOwner();
			case PlaybookPackage.GOVERNANCE__APPROVAL_STEPS:
				return getApprovalSteps();
			case PlaybookPackage.GOVERNANCE__BRAND_VOICE:
				return getBrandVoice();
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
			case PlaybookPackage.GOVERNANCE__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case PlaybookPackage.GOVERNANCE__BRAND_VOICE_OWNER:
				setBrandVoiceOwner((Role)newValue);
				return;
			case PlaybookPackage.GOVERNANCE__APPROVAL_STEPS:
				getApprovalSteps().clear();
				getApprovalSteps().addAll((Collection<? extends ApprovalStep>)newValue);
				return;
			case PlaybookPackage.GOVERNANCE__BRAND_VOICE:
				setBrandVoice((BrandVoice)newValue);
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
			case PlaybookPackage.GOVERNANCE__ROLES:
				getRoles().clear();
				return;
			case PlaybookPackage.GOVERNANCE__BRAND_VOICE_OWNER:
				setBrandVoiceOwner((Role)null);
				return;
			case PlaybookPackage.GOVERNANCE__APPROVAL_STEPS:
				getApprovalSteps().clear();
				return;
			case PlaybookPackage.GOVERNANCE__BRAND_VOICE:
				setBrandVoice((BrandVoice)null);
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
			case PlaybookPackage.GOVERNANCE__ROLES:
				return roles != null && !roles.isEmpty();
			case PlaybookPackage.GOVERNANCE__BRAND_VOICE_OWNER:
				return brandVoiceOwner != null;
			case PlaybookPackage.GOVERNANCE__APPROVAL_STEPS:
				return approvalSteps != null && !approvalSteps.isEmpty();
			case PlaybookPackage.GOVERNANCE__BRAND_VOICE:
				return brandVoice != null;
		}
		return super.eIsSet(featureID);
	}

} //GovernanceImpl
