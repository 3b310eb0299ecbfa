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

import org.playbook.model.Competitor;
import org.playbook.model.MarketTrend;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Situation;
import org.playbook.model.SwotItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Situation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.SituationImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.playbook.model.impl.SituationImpl#getSwotItems <em>Swot Items</em>}</li>
 *   <li>{@link org.playbook.model.impl.SituationImpl#getCompetitors <em>Competitors</em>}</li>
 *   <li>{@link org.playbook.model.impl.SituationImpl#getMarketTrends <em>Market Trends</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SituationImpl extends EObjectImpl implements Situation {
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
	 * The cached value of the '{@link #getSwotItems() <em>Swot Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwotItems()
	 * @generated
	 * @ordered
	 */
	protected EList<SwotItem> swotItems;

	/**
	 * The cached value of the '{@link #getCompetitors() <em>Competitors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetitors()
	 * @generated
	 * @ordered
	 */
	protected EList<Competitor> competitors;

	/**
	 * The cached value of the '{@link #getMarketTrends() <em>Market Trends</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarketTrends()
	 * @generated
	 * @ordered
	 */
	protected EList<MarketTrend> marketTrends;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SituationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.SITUATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.SITUATION__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> getSwotItems() {
		if (swotItems == null) {
			swotItems = new EObjectContainmentEList<SwotItem>(SwotItem.class, this, PlaybookPackage.SITUATION__SWOT_ITEMS);
		}
		return swotItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Competitor> getCompetitors() {
		if (competitors == null) {
			competitors = new EObjectContainmentEList<Competitor>(Competitor.class, this, PlaybookPackage.SITUATION__COMPETITORS);
		}
		return competitors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MarketTrend> getMarketTrends() {
		if (marketTrends == null) {
			marketTrends = new EObjectContainmentEList<MarketTrend>(MarketTrend.class, this, PlaybookPackage.SITUATION__MARKET_TRENDS);
		}
		return marketTrends;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlaybookPackage.SITUATION__SWOT_ITEMS:
				return ((InternalEList<?>)getSwotItems()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.SITUATION__COMPETITORS:
				return ((InternalEList<?>)getCompetitors()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.SITUATION__MARKET_TRENDS:
				return ((InternalEList<?>)getMarketTrends()).basicRemove(otherEnd, msgs);
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
			case PlaybookPackage.SITUATION__SUMMARY:
				return getSummary();
			case PlaybookPackage.SITUATION__SWOT_ITEMS:
				return getSwotItems();
			case PlaybookPackage.SITUATION__COMPETITORS:
				return getCompetitors();
			case PlaybookPackage.SITUATION__MARKET_TRENDS:
				return getMarketTrends();
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
			case PlaybookPackage.SITUATION__SUMMARY:
				setSummary((String)newValue);
				return;
			case PlaybookPackage.SITUATION__SWOT_ITEMS:
				getSwotItems().clear();
				getSwotItems().addAll((Collection<? extends SwotItem>)newValue);
				return;
			case PlaybookPackage.SITUATION__COMPETITORS:
				getCompetitors().clear();
				getCompetitors().addAll((Collection<? extends Competitor>)newValue);
				return;
			case PlaybookPackage.SITUATION__MARKET_TRENDS:
				getMarketTrends().clear();
				getMarketTrends().addAll((Collection<? extends MarketTrend>)newValue);
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
			case PlaybookPackage.SITUATION__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case PlaybookPackage.SITUATION__SWOT_ITEMS:
				getSwotItems().clear();
				return;
			case PlaybookPackage.SITUATION__COMPETITORS:
				getCompetitors().clear();
				return;
			case PlaybookPackage.SITUATION__MARKET_TRENDS:
				getMarketTrends().clear();
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
			case PlaybookPackage.SITUATION__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case PlaybookPackage.SITUATION__SWOT_ITEMS:
				return swotItems != null && !swotItems.isEmpty();
			case PlaybookPackage.SITUATION__COMPETITORS:
				return competitors != null && !competitors.isEmpty();
			case PlaybookPackage.SITUATION__MARKET_TRENDS:
				return marketTrends != null && !marketTrends.isEmpty();
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
		result.append(" (summary: ");
		result.append(summary);
		result.append(')');
		return result.toString();
	}

} //SituationImpl
