/**
 */
package org.playbook.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.playbook.model.Listening;
import org.playbook.model.Network;
import org.playbook.model.PlaybookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Listening</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.ListeningImpl#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.playbook.model.impl.ListeningImpl#getNetworks <em>Networks</em>}</li>
 *   <li>{@link org.playbook.model.impl.ListeningImpl#getResponseTimeHours <em>Response Time Hours</em>}</li>
 *   <li>{@link org.playbook.model.impl.ListeningImpl#getTool <em>Tool</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListeningImpl extends EObjectImpl implements Listening {
	/**
	 * The cached value of the '{@link #getKeywords() <em>Keywords</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keywords;

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
	 * The default value of the '{@link #getResponseTimeHours() <em>Response Time Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseTimeHours()
	 * @generated
	 * @ordered
	 */
	protected static final Double RESPONSE_TIME_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponseTimeHours() <em>Response Time Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseTimeHours()
	 * @generated
	 * @ordered
	 */
	protected Double responseTimeHours = RESPONSE_TIME_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTool() <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTool()
	 * @generated
	 * @ordered
	 */
	protected static final String TOOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTool() <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTool()
	 * @generated
	 * @ordered
	 */
	protected String tool = TOOL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ListeningImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.LISTENING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeywords() {
		if (keywords == null) {
			keywords = new EDataTypeEList<String>(String.class, this, PlaybookPackage.LISTENING__KEYWORDS);
		}
		return keywords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Network> getNetworks() {
		if (networks == null) {
			networks = new EDataTypeUniqueEList<Network>(Network.class, this, PlaybookPackage.LISTENING__NETWORKS);
		}
		return networks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getResponseTimeHours() {
		return responseTimeHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponseTimeHours(Double newResponseTimeHours) {
		Double oldResponseTimeHours = responseTimeHours;
		responseTimeHours = newResponseTimeHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.LISTENING__RESPONSE_TIME_HOURS, oldResponseTimeHours, responseTimeHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTool() {
		return tool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTool(String newTool) {
		String oldTool = tool;
		tool = newTool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.LISTENING__TOOL, oldTool, tool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.LISTENING__KEYWORDS:
				return getKeywords();
			case PlaybookPackage.LISTENING__NETWORKS:
				return getNetworks();
			case PlaybookPackage.LISTENING__RESPONSE_TIME_HOURS:
				return getResponseTimeHours();
			case PlaybookPackage.LISTENING__TOOL:
				return getTool();
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
			case PlaybookPackage.LISTENING__KEYWORDS:
				getKeywords().clear();
				getKeywords().addAll((Collection<? extends String>)newValue);
				return;
			case PlaybookPackage.LISTENING__NETWORKS:
				getNetworks().clear();
				getNetworks().addAll((Collection<? extends Network>)newValue);
				return;
			case PlaybookPackage.LISTENING__RESPONSE_TIME_HOURS:
				setResponseTimeHours((Double)newValue);
				return;
			case PlaybookPackage.LISTENING__TOOL:
				setTool((String)newValue);
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
			case PlaybookPackage.LISTENING__KEYWORDS:
				getKeywords().clear();
				return;
			case PlaybookPackage.LISTENING__NETWORKS:
				getNetworks().clear();
				return;
			case PlaybookPackage.LISTENING__RESPONSE_TIME_HOURS:
				setResponseTimeHours(RESPONSE_TIME_HOURS_EDEFAULT);
				return;
			case PlaybookPackage.LISTENING__TOOL:
				setTool(TOOL_EDEFAULT);
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
			case PlaybookPackage.LISTENING__KEYWORDS:
				return keywords != null && !keywords.isEmpty();
			case PlaybookPackage.LISTENING__NETWORKS:
				return networks != null && !networks.isEmpty();
			case PlaybookPackage.LISTENING__RESPONSE_TIME_HOURS:
				return RESPONSE_TIME_HOURS_EDEFAULT == null ? responseTimeHours != null : !RESPONSE_TIME_HOURS_EDEFAULT.equals(responseTimeHours);
			case PlaybookPackage.LISTENING__TOOL:
				return TOOL_EDEFAULT == null ? tool != null : !TOOL_EDEFAULT.equals(tool);
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
		result.append(" (keywords: ");
		result.append(keywords);
		result.append(", networks: ");
		result.append(networks);
		result.append(", responseTimeHours: ");
		result.append(responseTimeHours);
		result.append(", tool: ");
		result.append(tool);
		result.append(')');
		return result.toString();
	}

} //ListeningImpl
