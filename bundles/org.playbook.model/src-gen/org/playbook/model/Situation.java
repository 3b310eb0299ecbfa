/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Situation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Situational and competitive analysis: where the brand stands before it acts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Situation#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.playbook.model.Situation#getSwotItems <em>Swot Items</em>}</li>
 *   <li>{@link org.playbook.model.Situation#getCompetitors <em>Competitors</em>}</li>
 *   <li>{@link org.playbook.model.Situation#getMarketTrends <em>Market Trends</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getSituation()
 * @model
 * @generated
 */
public interface Situation extends EObject {
	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short narrative of the current situation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.playbook.model.PlaybookPackage#getSituation_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.playbook.model.Situation#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Swot Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strengths, weaknesses, opportunities and threats.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swot Items</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getSituation_SwotItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<SwotItem> getSwotItems();

	/**
	 * Returns the value of the '<em><b>Competitors</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.Competitor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Competitors and what they do on social media.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Competitors</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getSituation_Competitors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Competitor> getCompetitors();

	/**
	 * Returns the value of the '<em><b>Market Trends</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.MarketTrend}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trends in the market that the strategy should ride or guard against.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Market Trends</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getSituation_MarketTrends()
	 * @model containment="true"
	 * @generated
	 */
	EList<MarketTrend> getMarketTrends();

} // Situation
