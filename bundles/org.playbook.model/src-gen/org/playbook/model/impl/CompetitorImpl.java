/**
 */
package org.playbook.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.playbook.model.Competitor;
import org.playbook.model.Network;
import org.playbook.model.PlaybookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Competitor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.CompetitorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.impl.CompetitorImpl#getNetworks <em>Networks</em>}</li>
 *   <li>{@link org.playbook.model.impl.CompetitorImpl#getStrengths <em>Strengths</em>}</li>
 *   <li>{@link org.playbook.model.impl.CompetitorImpl#getWeaknesses <em>Weaknesses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompetitorImpl extends EObjectImpl implements Competitor {
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
	 * The cached value of the '{@link #getNetworks() <em>Networks</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworks()
	 * @generated
	 * @ordered
	 */
	protected EList<Network> networks;

	/**
	 * The default value of the '{@link #getStrengths() <em>Strengths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengths()
	 * @generated
	 * @ordered
	 */
	protected static final String STRENGTHS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrengths() <em>Strengths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengths()
	 * @generated
	 * @ordered
	 */
	protected String strengths = STRENGTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeaknesses() <em>Weaknesses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeaknesses()
	 * @generated
	 * @ordered
	 */
	protected static final String WEAKNESSES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeaknesses() <em>Weaknesses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeaknesses()
	 * @generated
	 * @ordered
	 */
	protected String weaknesses = WEAKNESSES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompetitorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.COMPETITOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.COMPETITOR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Network> getNetworks() {
		if (networks == null) {
			networks = new EDataTypeUniqueEList<Network>(Network.class, this, PlaybookPackage.COMPETITOR__NETWORKS);
		}
		return networks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrengths() {
		return strengths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrengths(String newStrengths) {
		String oldStrengths = strengths;
		strengths = newStrengths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.COMPETITOR__STRENGTHS, oldStrengths, strengths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWeaknesses() {
		return weaknesses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeaknesses(String newWeaknesses) {
		String oldWeaknesses = weaknesses;
		weaknesses = newWeaknesses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.COMPETITOR__WEAKNESSES, oldWeaknesses, weaknesses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.COMPETITOR__NAME:
				return getName();
			case PlaybookPackage.COMPETITOR__NETWORKS:
				return getNetworks();
			case PlaybookPackage.COMPETITOR__STRENGTHS:
				return getStrengths();
			case PlaybookPackage.COMPETITOR__WEAKNESSES:
				return getWeaknesses();
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
			case PlaybookPackage.COMPETITOR__NAME:
				setName((String)newValue);
				return;
			case PlaybookPackage.COMPETITOR__NETWORKS:
				getNetworks().clear();
				getNetworks().addAll((Collection<? extends Network>)newValue);
				return;
			case PlaybookPackage.COMPETITOR__STRENGTHS:
				setStrengths((String)newValue);
				return;
			case PlaybookPackage.COMPETITOR__WEAKNESSES:
				setWeaknesses((String)newValue);
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
			case PlaybookPackage.COMPETITOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PlaybookPackage.COMPETITOR__NETWORKS:
				getNetworks().clear();
				return;
			case PlaybookPackage.COMPETITOR__STRENGTHS:
				setStrengths(STRENGTHS_EDEFAULT);
				return;
			case PlaybookPackage.COMPETITOR__WEAKNESSES:
				setWeaknesses(WEAKNESSES_EDEFAULT);
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
			case PlaybookPackage.COMPETITOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PlaybookPackage.COMPETITOR__NETWORKS:
				return networks != null && !networks.isEmpty();
			case PlaybookPackage.COMPETITOR__STRENGTHS:
				return STRENGTHS_EDEFAULT == null ? strengths != null : !STRENGTHS_EDEFAULT.equals(strengths);
			case PlaybookPackage.COMPETITOR__WEAKNESSES:
				return WEAKNESSES_EDEFAULT == null ? weaknesses != null : !WEAKNESSES_EDEFAULT.equals(weaknesses);
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
		result.append(", networks: ");
		result.append(networks);
		result.append(", strengths: ");
		result.append(strengths);
		result.append(", weaknesses: ");
		result.append(weaknesses);
		result.append(')');
		return result.toString();
	}

} //CompetitorImpl
