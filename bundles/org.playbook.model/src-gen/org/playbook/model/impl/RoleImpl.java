/**
 */
package org.playbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.playbook.model.PlaybookPackage;
import org.playbook.model.Role;
import org.playbook.model.Seniority;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.RoleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.impl.RoleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.playbook.model.impl.RoleImpl#getSeniority <em>Seniority</em>}</li>
 *   <li>{@link org.playbook.model.impl.RoleImpl#getResponsibilities <em>Responsibilities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleImpl extends EObjectImpl implements Role {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getSeniority() <em>Seniority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeniority()
	 * @generated
	 * @ordered
	 */
	protected static final Seniority SENIORITY_EDEFAULT = Seniority.INTERN;

	/**
	 * The cached value of the '{@link #getSeniority() <em>Seniority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeniority()
	 * @generated
	 * @ordered
	 */
	protected Seniority seniority = SENIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponsibilities() <em>Responsibilities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibilities()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBILITIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsibilities() <em>Responsibilities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibilities()
	 * @generated
	 * @ordered
	 */
	protected String responsibilities = RESPONSIBILITIES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ROLE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ROLE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Seniority getSeniority() {
		return seniority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeniority(Seniority newSeniority) {
		Seniority oldSeniority = seniority;
		seniority = newSeniority == null ? SENIORITY_EDEFAULT : newSeniority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ROLE__SENIORITY, oldSeniority, seniority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsibilities() {
		return responsibilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibilities(String newResponsibilities) {
		String oldResponsibilities = responsibilities;
		responsibilities = newResponsibilities;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.ROLE__RESPONSIBILITIES, oldResponsibilities, responsibilities));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.ROLE__NAME:
				return getName();
			case PlaybookPackage.ROLE__TITLE:
				return getTitle();
			case PlaybookPackage.ROLE__SENIORITY:
				return getSeniority();
			case PlaybookPackage.ROLE__RESPONSIBILITIES:
				return getResponsibilities();
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
			case PlaybookPackage.ROLE__NAME:
				setName((String)newValue);
				return;
			case PlaybookPackage.ROLE__TITLE:
				setTitle((String)newValue);
				return;
			case PlaybookPackage.ROLE__SENIORITY:
				setSeniority((Seniority)newValue);
				return;
			case PlaybookPackage.ROLE__RESPONSIBILITIES:
				setResponsibilities((String)newValue);
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
			case PlaybookPackage.ROLE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PlaybookPackage.ROLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PlaybookPackage.ROLE__SENIORITY:
				setSeniority(SENIORITY_EDEFAULT);
				return;
			case PlaybookPackage.ROLE__RESPONSIBILITIES:
				setResponsibilities(RESPONSIBILITIES_EDEFAULT);
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
			case PlaybookPackage.ROLE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PlaybookPackage.ROLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PlaybookPackage.ROLE__SENIORITY:
				return seniority != SENIORITY_EDEFAULT;
			case PlaybookPackage.ROLE__RESPONSIBILITIES:
				return RESPONSIBILITIES_EDEFAULT == null ? responsibilities != null : !RESPONSIBILITIES_EDEFAULT.equals(responsibilities);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", title: ");
		result.append(title);
		result.append(", seniority: ");
		result.append(seniority);
		result.append(", responsibilities: ");
		result.append(responsibilities);
		result.append(')');
		return result.toString();
	}

} //RoleImpl
