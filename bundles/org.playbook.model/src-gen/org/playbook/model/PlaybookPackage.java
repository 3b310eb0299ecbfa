/**
 */
package org.playbook.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Playbook's model: a client's social-media strategy and the library of practices it is checked against. The nsURI carries the model version; a file written by a newer version is refused with a clear message rather than half-read.
 * <!-- end-model-doc -->
 * @see org.playbook.model.PlaybookFactory
 * @model kind="package"
 * @generated
 */
public interface PlaybookPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.playbook.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "playbook";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlaybookPackage eINSTANCE = org.playbook.model.impl.PlaybookPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.ClientImpl <em>Client</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.ClientImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getClient()
	 * @generated
	 */
	int CLIENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__INDUSTRY = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__NOTES = 3;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__CONTACTS = 4;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__STRATEGIES = 5;

	/**
	 * The number of structural features of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.ContactImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = 3;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.StrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.StrategyImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getStrategy()
	 * @generated
	 */
	int STRATEGY = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ID = 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__START_DATE = 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__END_DATE = 3;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__PURPOSE = 4;

	/**
	 * The feature id for the '<em><b>Situation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__SITUATION = 5;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__PERSONAS = 6;

	/**
	 * The feature id for the '<em><b>Positioning</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__POSITIONING = 7;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__METRICS = 8;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__GOALS = 9;

	/**
	 * The feature id for the '<em><b>Tactics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__TACTICS = 10;

	/**
	 * The feature id for the '<em><b>Content Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CONTENT_PLAN = 11;

	/**
	 * The feature id for the '<em><b>Listening</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__LISTENING = 12;

	/**
	 * The feature id for the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__GOVERNANCE = 13;

	/**
	 * The feature id for the '<em><b>Crisis Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CRISIS_PLAN = 14;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__BUDGET = 15;

	/**
	 * The feature id for the '<em><b>Review Cadence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__REVIEW_CADENCE = 16;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__MEASUREMENTS = 17;

	/**
	 * The feature id for the '<em><b>Applied Practices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__APPLIED_PRACTICES = 18;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_FEATURE_COUNT = 19;

	/**
	 * The number of operations of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.PurposeImpl <em>Purpose</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.PurposeImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getPurpose()
	 * @generated
	 */
	int PURPOSE = 3;

	/**
	 * The feature id for the '<em><b>Why</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURPOSE__WHY = 0;

	/**
	 * The feature id for the '<em><b>Belief</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURPOSE__BELIEF = 1;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURPOSE__CAUSE = 2;

	/**
	 * The number of structural features of the '<em>Purpose</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURPOSE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Purpose</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURPOSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.SituationImpl <em>Situation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.SituationImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getSituation()
	 * @generated
	 */
	int SITUATION = 4;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION__SUMMARY = 0;

	/**
	 * The feature id for the '<em><b>Swot Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION__SWOT_ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Competitors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION__COMPETITORS = 2;

	/**
	 * The feature id for the '<em><b>Market Trends</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION__MARKET_TRENDS = 3;

	/**
	 * The number of structural features of the '<em>Situation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Situation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.SwotItemImpl <em>Swot Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.SwotItemImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getSwotItem()
	 * @generated
	 */
	int SWOT_ITEM = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__KIND = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Swot Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Swot Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.CompetitorImpl <em>Competitor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.CompetitorImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getCompetitor()
	 * @generated
	 */
	int COMPETITOR = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Networks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR__NETWORKS = 1;

	/**
	 * The feature id for the '<em><b>Strengths</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR__STRENGTHS = 2;

	/**
	 * The feature id for the '<em><b>Weaknesses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR__WEAKNESSES = 3;

	/**
	 * The number of structural features of the '<em>Competitor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Competitor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.MarketTrendImpl <em>Market Trend</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.MarketTrendImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getMarketTrend()
	 * @generated
	 */
	int MARKET_TREND = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_TREND__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_TREND__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Market Trend</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_TREND_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Market Trend</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_TREND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.PersonaImpl <em>Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.PersonaImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getPersona()
	 * @generated
	 */
	int PERSONA = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NEEDS = 2;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__VALUES = 3;

	/**
	 * The feature id for the '<em><b>Networks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NETWORKS = 4;

	/**
	 * The number of structural features of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.PositioningImpl <em>Positioning</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.PositioningImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getPositioning()
	 * @generated
	 */
	int POSITIONING = 9;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONING__STATEMENT = 0;

	/**
	 * The feature id for the '<em><b>Differentiators</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONING__DIFFERENTIATORS = 1;

	/**
	 * The number of structural features of the '<em>Positioning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Positioning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POSITIONING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.MetricImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__DIRECTION = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.GoalImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__METRIC = 2;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__BASELINE = 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TARGET = 4;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DEADLINE = 5;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.TacticImpl <em>Tactic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.TacticImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getTactic()
	 * @generated
	 */
	int TACTIC = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TACTIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TACTIC__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TACTIC__NETWORK = 2;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TACTIC__PRIMARY = 3;

	/**
	 * The feature id for the '<em><b>Posts Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TACTIC__POSTS_PER_WEEK = 4;

	/**
	 * The feature id for the '<em><b>Content Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TACTIC__CONTENT_TYPE = 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TACTIC__OWNER = 6;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TACTIC__GOALS = 7;

	/**
	 * The number of structural features of the '<em>Tactic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TACTIC_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Tactic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TACTIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.ContentPlanImpl <em>Content Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.ContentPlanImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getContentPlan()
	 * @generated
	 */
	int CONTENT_PLAN = 13;

	/**
	 * The feature id for the '<em><b>Promotional Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_PLAN__PROMOTIONAL_SHARE = 0;

	/**
	 * The feature id for the '<em><b>Helpful Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_PLAN__HELPFUL_SHARE = 1;

	/**
	 * The feature id for the '<em><b>Pillars</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_PLAN__PILLARS = 2;

	/**
	 * The feature id for the '<em><b>Calendar Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_PLAN__CALENDAR_ENTRIES = 3;

	/**
	 * The number of structural features of the '<em>Content Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_PLAN_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Content Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.ContentPillarImpl <em>Content Pillar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.ContentPillarImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getContentPillar()
	 * @generated
	 */
	int CONTENT_PILLAR = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_PILLAR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_PILLAR__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Content Pillar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_PILLAR_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Content Pillar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_PILLAR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.CalendarEntryImpl <em>Calendar Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.CalendarEntryImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getCalendarEntry()
	 * @generated
	 */
	int CALENDAR_ENTRY = 15;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__DATE = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__NETWORK = 2;

	/**
	 * The feature id for the '<em><b>Intent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__INTENT = 3;

	/**
	 * The feature id for the '<em><b>Pillar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__PILLAR = 4;

	/**
	 * The feature id for the '<em><b>Tactic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__TACTIC = 5;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__TEXT = 6;

	/**
	 * The feature id for the '<em><b>Approval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__APPROVAL = 7;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__REVIEWER = 8;

	/**
	 * The feature id for the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__REVIEWED_ON = 9;

	/**
	 * The feature id for the '<em><b>Review Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__REVIEW_COMMENT = 10;

	/**
	 * The number of structural features of the '<em>Calendar Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Calendar Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.ListeningImpl <em>Listening</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.ListeningImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getListening()
	 * @generated
	 */
	int LISTENING = 16;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING__KEYWORDS = 0;

	/**
	 * The feature id for the '<em><b>Networks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING__NETWORKS = 1;

	/**
	 * The feature id for the '<em><b>Response Time Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING__RESPONSE_TIME_HOURS = 2;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING__TOOL = 3;

	/**
	 * The number of structural features of the '<em>Listening</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Listening</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTENING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.GovernanceImpl <em>Governance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.GovernanceImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getGovernance()
	 * @generated
	 */
	int GOVERNANCE = 17;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__ROLES = 0;

	/**
	 * The feature id for the '<em><b>Brand Voice Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__BRAND_VOICE_OWNER = 1;

	/**
	 * The feature id for the '<em><b>Approval Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__APPROVAL_STEPS = 2;

	/**
	 * The feature id for the '<em><b>Brand Voice</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE__BRAND_VOICE = 3;

	/**
	 * The number of structural features of the '<em>Governance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Governance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.BrandVoiceImpl <em>Brand Voice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.BrandVoiceImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getBrandVoice()
	 * @generated
	 */
	int BRAND_VOICE = 18;

	/**
	 * The feature id for the '<em><b>Tone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_VOICE__TONE = 0;

	/**
	 * The feature id for the '<em><b>Words To Use</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_VOICE__WORDS_TO_USE = 1;

	/**
	 * The feature id for the '<em><b>Words To Avoid</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_VOICE__WORDS_TO_AVOID = 2;

	/**
	 * The feature id for the '<em><b>Sample Post</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_VOICE__SAMPLE_POST = 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_VOICE__NOTES = 4;

	/**
	 * The number of structural features of the '<em>Brand Voice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_VOICE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Brand Voice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_VOICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.RoleImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Seniority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__SENIORITY = 2;

	/**
	 * The feature id for the '<em><b>Responsibilities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__RESPONSIBILITIES = 3;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.ApprovalStepImpl <em>Approval Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.ApprovalStepImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getApprovalStep()
	 * @generated
	 */
	int APPROVAL_STEP = 20;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_STEP__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Approver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_STEP__APPROVER = 1;

	/**
	 * The number of structural features of the '<em>Approval Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_STEP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Approval Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.CrisisPlanImpl <em>Crisis Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.CrisisPlanImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getCrisisPlan()
	 * @generated
	 */
	int CRISIS_PLAN = 21;

	/**
	 * The feature id for the '<em><b>Triggers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRISIS_PLAN__TRIGGERS = 0;

	/**
	 * The feature id for the '<em><b>Escalation Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRISIS_PLAN__ESCALATION_STEPS = 1;

	/**
	 * The feature id for the '<em><b>Holding Statements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRISIS_PLAN__HOLDING_STATEMENTS = 2;

	/**
	 * The number of structural features of the '<em>Crisis Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRISIS_PLAN_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Crisis Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRISIS_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.EscalationStepImpl <em>Escalation Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.EscalationStepImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getEscalationStep()
	 * @generated
	 */
	int ESCALATION_STEP = 22;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_STEP__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_STEP__CONTACT = 1;

	/**
	 * The feature id for the '<em><b>Within Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_STEP__WITHIN_MINUTES = 2;

	/**
	 * The number of structural features of the '<em>Escalation Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_STEP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Escalation Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.HoldingStatementImpl <em>Holding Statement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.HoldingStatementImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getHoldingStatement()
	 * @generated
	 */
	int HOLDING_STATEMENT = 23;

	/**
	 * The feature id for the '<em><b>Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLDING_STATEMENT__SITUATION = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLDING_STATEMENT__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Holding Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLDING_STATEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Holding Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLDING_STATEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.BudgetImpl <em>Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.BudgetImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getBudget()
	 * @generated
	 */
	int BUDGET = 24;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__CURRENCY = 0;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__LINES = 1;

	/**
	 * The number of structural features of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.BudgetLineImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 25;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__AMOUNT = 1;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__NETWORK = 2;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.ReviewCadenceImpl <em>Review Cadence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.ReviewCadenceImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getReviewCadence()
	 * @generated
	 */
	int REVIEW_CADENCE = 26;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CADENCE__FREQUENCY = 0;

	/**
	 * The feature id for the '<em><b>Next Review</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CADENCE__NEXT_REVIEW = 1;

	/**
	 * The feature id for the '<em><b>Agenda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CADENCE__AGENDA = 2;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CADENCE__ATTENDEES = 3;

	/**
	 * The number of structural features of the '<em>Review Cadence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CADENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Review Cadence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CADENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.MeasurementImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 27;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__METRIC = 0;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__PERIOD_START = 1;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__PERIOD_END = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = 3;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__NETWORK = 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__SOURCE = 5;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.AppliedPracticeImpl <em>Applied Practice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.AppliedPracticeImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getAppliedPractice()
	 * @generated
	 */
	int APPLIED_PRACTICE = 28;

	/**
	 * The feature id for the '<em><b>Practice Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_PRACTICE__PRACTICE_ID = 0;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_PRACTICE__NOTE = 1;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_PRACTICE__ELEMENT = 2;

	/**
	 * The number of structural features of the '<em>Applied Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_PRACTICE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Applied Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIED_PRACTICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.PracticeLibraryImpl <em>Practice Library</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.PracticeLibraryImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getPracticeLibrary()
	 * @generated
	 */
	int PRACTICE_LIBRARY = 29;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_LIBRARY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_LIBRARY__SOURCES = 1;

	/**
	 * The feature id for the '<em><b>Practices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_LIBRARY__PRACTICES = 2;

	/**
	 * The number of structural features of the '<em>Practice Library</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_LIBRARY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Practice Library</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_LIBRARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.SourceImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__AUTHOR = 2;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHED = 3;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ORIGIN = 4;

	/**
	 * The feature id for the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DOCUMENT = 5;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.PracticeImpl <em>Practice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.PracticeImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getPractice()
	 * @generated
	 */
	int PRACTICE = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__SUMMARY = 2;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__BODY = 3;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__CATEGORY = 4;

	/**
	 * The feature id for the '<em><b>Polarity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__POLARITY = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__TAGS = 7;

	/**
	 * The feature id for the '<em><b>Related</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__RELATED = 8;

	/**
	 * The feature id for the '<em><b>Source Refs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__SOURCE_REFS = 9;

	/**
	 * The number of structural features of the '<em>Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.impl.SourceRefImpl <em>Source Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.impl.SourceRefImpl
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getSourceRef()
	 * @generated
	 */
	int SOURCE_REF = 32;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__QUOTE = 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__START = 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__END = 3;

	/**
	 * The number of structural features of the '<em>Source Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Source Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.playbook.model.ClientStatus <em>Client Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.ClientStatus
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getClientStatus()
	 * @generated
	 */
	int CLIENT_STATUS = 33;

	/**
	 * The meta object id for the '{@link org.playbook.model.Network <em>Network</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.Network
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 34;

	/**
	 * The meta object id for the '{@link org.playbook.model.ContentType <em>Content Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.ContentType
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getContentType()
	 * @generated
	 */
	int CONTENT_TYPE = 35;

	/**
	 * The meta object id for the '{@link org.playbook.model.ContentIntent <em>Content Intent</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.ContentIntent
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getContentIntent()
	 * @generated
	 */
	int CONTENT_INTENT = 36;

	/**
	 * The meta object id for the '{@link org.playbook.model.SwotKind <em>Swot Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.SwotKind
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getSwotKind()
	 * @generated
	 */
	int SWOT_KIND = 37;

	/**
	 * The meta object id for the '{@link org.playbook.model.Seniority <em>Seniority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.Seniority
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getSeniority()
	 * @generated
	 */
	int SENIORITY = 38;

	/**
	 * The meta object id for the '{@link org.playbook.model.MetricDirection <em>Metric Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.MetricDirection
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getMetricDirection()
	 * @generated
	 */
	int METRIC_DIRECTION = 39;

	/**
	 * The meta object id for the '{@link org.playbook.model.ReviewFrequency <em>Review Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.ReviewFrequency
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getReviewFrequency()
	 * @generated
	 */
	int REVIEW_FREQUENCY = 40;

	/**
	 * The meta object id for the '{@link org.playbook.model.PracticeCategory <em>Practice Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.PracticeCategory
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getPracticeCategory()
	 * @generated
	 */
	int PRACTICE_CATEGORY = 41;

	/**
	 * The meta object id for the '{@link org.playbook.model.Polarity <em>Polarity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.Polarity
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getPolarity()
	 * @generated
	 */
	int POLARITY = 42;

	/**
	 * The meta object id for the '{@link org.playbook.model.PracticeStatus <em>Practice Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.PracticeStatus
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getPracticeStatus()
	 * @generated
	 */
	int PRACTICE_STATUS = 43;


	/**
	 * The meta object id for the '{@link org.playbook.model.ApprovalState <em>Approval State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.playbook.model.ApprovalState
	 * @see org.playbook.model.impl.PlaybookPackageImpl#getApprovalState()
	 * @generated
	 */
	int APPROVAL_STATE = 44;


	/**
	 * Returns the meta object for class '{@link org.playbook.model.Client <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client</em>'.
	 * @see org.playbook.model.Client
	 * @generated
	 */
	EClass getClient();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Client#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.Client#getName()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Client#getIndustry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry</em>'.
	 * @see org.playbook.model.Client#getIndustry()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Industry();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Client#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.playbook.model.Client#getStatus()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Client#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.playbook.model.Client#getNotes()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Client#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.playbook.model.Client#getContacts()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Contacts();

	/**
	 * Returns the meta object for the reference list '{@link org.playbook.model.Client#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Strategies</em>'.
	 * @see org.playbook.model.Client#getStrategies()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Strategies();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.playbook.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Contact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.Contact#getName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Contact#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.playbook.model.Contact#getRole()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.playbook.model.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Contact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.playbook.model.Contact#getPhone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Phone();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see org.playbook.model.Strategy
	 * @generated
	 */
	EClass getStrategy();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Strategy#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.Strategy#getName()
	 * @see #getStrategy()
	 * @generated
	 */
	EAttribute getStrategy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Strategy#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.playbook.model.Strategy#getId()
	 * @see #getStrategy()
	 * @generated
	 */
	EAttribute getStrategy_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Strategy#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.playbook.model.Strategy#getStartDate()
	 * @see #getStrategy()
	 * @generated
	 */
	EAttribute getStrategy_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Strategy#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.playbook.model.Strategy#getEndDate()
	 * @see #getStrategy()
	 * @generated
	 */
	EAttribute getStrategy_EndDate();

	/**
	 * Returns the meta object for the containment reference '{@link org.playbook.model.Strategy#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Purpose</em>'.
	 * @see org.playbook.model.Strategy#getPurpose()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Purpose();

	/**
	 * Returns the meta object for the containment reference '{@link org.playbook.model.Strategy#getSituation <em>Situation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Situation</em>'.
	 * @see org.playbook.model.Strategy#getSituation()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Situation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Strategy#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Personas</em>'.
	 * @see org.playbook.model.Strategy#getPersonas()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Personas();

	/**
	 * Returns the meta object for the containment reference '{@link org.playbook.model.Strategy#getPositioning <em>Positioning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Positioning</em>'.
	 * @see org.playbook.model.Strategy#getPositioning()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Positioning();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Strategy#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.playbook.model.Strategy#getMetrics()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Strategy#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.playbook.model.Strategy#getGoals()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Strategy#getTactics <em>Tactics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tactics</em>'.
	 * @see org.playbook.model.Strategy#getTactics()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Tactics();

	/**
	 * Returns the meta object for the containment reference '{@link org.playbook.model.Strategy#getContentPlan <em>Content Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Content Plan</em>'.
	 * @see org.playbook.model.Strategy#getContentPlan()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_ContentPlan();

	/**
	 * Returns the meta object for the containment reference '{@link org.playbook.model.Strategy#getListening <em>Listening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Listening</em>'.
	 * @see org.playbook.model.Strategy#getListening()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Listening();

	/**
	 * Returns the meta object for the containment reference '{@link org.playbook.model.Strategy#getGovernance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Governance</em>'.
	 * @see org.playbook.model.Strategy#getGovernance()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Governance();

	/**
	 * Returns the meta object for the containment reference '{@link org.playbook.model.Strategy#getCrisisPlan <em>Crisis Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Crisis Plan</em>'.
	 * @see org.playbook.model.Strategy#getCrisisPlan()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_CrisisPlan();

	/**
	 * Returns the meta object for the containment reference '{@link org.playbook.model.Strategy#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Budget</em>'.
	 * @see org.playbook.model.Strategy#getBudget()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Budget();

	/**
	 * Returns the meta object for the containment reference '{@link org.playbook.model.Strategy#getReviewCadence <em>Review Cadence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Review Cadence</em>'.
	 * @see org.playbook.model.Strategy#getReviewCadence()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_ReviewCadence();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Strategy#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.playbook.model.Strategy#getMeasurements()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Measurements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Strategy#getAppliedPractices <em>Applied Practices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Applied Practices</em>'.
	 * @see org.playbook.model.Strategy#getAppliedPractices()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_AppliedPractices();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Purpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Purpose</em>'.
	 * @see org.playbook.model.Purpose
	 * @generated
	 */
	EClass getPurpose();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Purpose#getWhy <em>Why</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Why</em>'.
	 * @see org.playbook.model.Purpose#getWhy()
	 * @see #getPurpose()
	 * @generated
	 */
	EAttribute getPurpose_Why();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Purpose#getBelief <em>Belief</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Belief</em>'.
	 * @see org.playbook.model.Purpose#getBelief()
	 * @see #getPurpose()
	 * @generated
	 */
	EAttribute getPurpose_Belief();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Purpose#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause</em>'.
	 * @see org.playbook.model.Purpose#getCause()
	 * @see #getPurpose()
	 * @generated
	 */
	EAttribute getPurpose_Cause();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Situation <em>Situation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Situation</em>'.
	 * @see org.playbook.model.Situation
	 * @generated
	 */
	EClass getSituation();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Situation#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.playbook.model.Situation#getSummary()
	 * @see #getSituation()
	 * @generated
	 */
	EAttribute getSituation_Summary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Situation#getSwotItems <em>Swot Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Swot Items</em>'.
	 * @see org.playbook.model.Situation#getSwotItems()
	 * @see #getSituation()
	 * @generated
	 */
	EReference getSituation_SwotItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Situation#getCompetitors <em>Competitors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Competitors</em>'.
	 * @see org.playbook.model.Situation#getCompetitors()
	 * @see #getSituation()
	 * @generated
	 */
	EReference getSituation_Competitors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Situation#getMarketTrends <em>Market Trends</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Market Trends</em>'.
	 * @see org.playbook.model.Situation#getMarketTrends()
	 * @see #getSituation()
	 * @generated
	 */
	EReference getSituation_MarketTrends();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.SwotItem <em>Swot Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Swot Item</em>'.
	 * @see org.playbook.model.SwotItem
	 * @generated
	 */
	EClass getSwotItem();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.SwotItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.playbook.model.SwotItem#getKind()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.SwotItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.playbook.model.SwotItem#getText()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Text();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Competitor <em>Competitor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Competitor</em>'.
	 * @see org.playbook.model.Competitor
	 * @generated
	 */
	EClass getCompetitor();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Competitor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.Competitor#getName()
	 * @see #getCompetitor()
	 * @generated
	 */
	EAttribute getCompetitor_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.playbook.model.Competitor#getNetworks <em>Networks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Networks</em>'.
	 * @see org.playbook.model.Competitor#getNetworks()
	 * @see #getCompetitor()
	 * @generated
	 */
	EAttribute getCompetitor_Networks();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Competitor#getStrengths <em>Strengths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strengths</em>'.
	 * @see org.playbook.model.Competitor#getStrengths()
	 * @see #getCompetitor()
	 * @generated
	 */
	EAttribute getCompetitor_Strengths();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Competitor#getWeaknesses <em>Weaknesses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weaknesses</em>'.
	 * @see org.playbook.model.Competitor#getWeaknesses()
	 * @see #getCompetitor()
	 * @generated
	 */
	EAttribute getCompetitor_Weaknesses();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.MarketTrend <em>Market Trend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Market Trend</em>'.
	 * @see org.playbook.model.MarketTrend
	 * @generated
	 */
	EClass getMarketTrend();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.MarketTrend#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.MarketTrend#getName()
	 * @see #getMarketTrend()
	 * @generated
	 */
	EAttribute getMarketTrend_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.MarketTrend#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.playbook.model.MarketTrend#getDescription()
	 * @see #getMarketTrend()
	 * @generated
	 */
	EAttribute getMarketTrend_Description();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Persona</em>'.
	 * @see org.playbook.model.Persona
	 * @generated
	 */
	EClass getPersona();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Persona#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.Persona#getName()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Persona#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.playbook.model.Persona#getDescription()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Persona#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Needs</em>'.
	 * @see org.playbook.model.Persona#getNeeds()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Needs();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Persona#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Values</em>'.
	 * @see org.playbook.model.Persona#getValues()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Values();

	/**
	 * Returns the meta object for the attribute list '{@link org.playbook.model.Persona#getNetworks <em>Networks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Networks</em>'.
	 * @see org.playbook.model.Persona#getNetworks()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Networks();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Positioning <em>Positioning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Positioning</em>'.
	 * @see org.playbook.model.Positioning
	 * @generated
	 */
	EClass getPositioning();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Positioning#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.playbook.model.Positioning#getStatement()
	 * @see #getPositioning()
	 * @generated
	 */
	EAttribute getPositioning_Statement();

	/**
	 * Returns the meta object for the attribute list '{@link org.playbook.model.Positioning#getDifferentiators <em>Differentiators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Differentiators</em>'.
	 * @see org.playbook.model.Positioning#getDifferentiators()
	 * @see #getPositioning()
	 * @generated
	 */
	EAttribute getPositioning_Differentiators();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.playbook.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Metric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.playbook.model.Metric#getUnit()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Metric#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.playbook.model.Metric#getDirection()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Metric#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.playbook.model.Metric#getDescription()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Description();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.playbook.model.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Goal#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.Goal#getName()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Goal#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.playbook.model.Goal#getDescription()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Description();

	/**
	 * Returns the meta object for the reference '{@link org.playbook.model.Goal#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Metric</em>'.
	 * @see org.playbook.model.Goal#getMetric()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Goal#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.playbook.model.Goal#getBaseline()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Goal#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.playbook.model.Goal#getTarget()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Goal#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.playbook.model.Goal#getDeadline()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Deadline();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Tactic <em>Tactic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tactic</em>'.
	 * @see org.playbook.model.Tactic
	 * @generated
	 */
	EClass getTactic();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Tactic#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.Tactic#getName()
	 * @see #getTactic()
	 * @generated
	 */
	EAttribute getTactic_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Tactic#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.playbook.model.Tactic#getDescription()
	 * @see #getTactic()
	 * @generated
	 */
	EAttribute getTactic_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Tactic#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.playbook.model.Tactic#getNetwork()
	 * @see #getTactic()
	 * @generated
	 */
	EAttribute getTactic_Network();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Tactic#isPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary</em>'.
	 * @see org.playbook.model.Tactic#isPrimary()
	 * @see #getTactic()
	 * @generated
	 */
	EAttribute getTactic_Primary();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Tactic#getPostsPerWeek <em>Posts Per Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Posts Per Week</em>'.
	 * @see org.playbook.model.Tactic#getPostsPerWeek()
	 * @see #getTactic()
	 * @generated
	 */
	EAttribute getTactic_PostsPerWeek();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Tactic#getContentType <em>Content Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Type</em>'.
	 * @see org.playbook.model.Tactic#getContentType()
	 * @see #getTactic()
	 * @generated
	 */
	EAttribute getTactic_ContentType();

	/**
	 * Returns the meta object for the reference '{@link org.playbook.model.Tactic#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.playbook.model.Tactic#getOwner()
	 * @see #getTactic()
	 * @generated
	 */
	EReference getTactic_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.playbook.model.Tactic#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Goals</em>'.
	 * @see org.playbook.model.Tactic#getGoals()
	 * @see #getTactic()
	 * @generated
	 */
	EReference getTactic_Goals();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.ContentPlan <em>Content Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Content Plan</em>'.
	 * @see org.playbook.model.ContentPlan
	 * @generated
	 */
	EClass getContentPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.ContentPlan#getPromotionalShare <em>Promotional Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promotional Share</em>'.
	 * @see org.playbook.model.ContentPlan#getPromotionalShare()
	 * @see #getContentPlan()
	 * @generated
	 */
	EAttribute getContentPlan_PromotionalShare();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.ContentPlan#getHelpfulShare <em>Helpful Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Helpful Share</em>'.
	 * @see org.playbook.model.ContentPlan#getHelpfulShare()
	 * @see #getContentPlan()
	 * @generated
	 */
	EAttribute getContentPlan_HelpfulShare();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.ContentPlan#getPillars <em>Pillars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pillars</em>'.
	 * @see org.playbook.model.ContentPlan#getPillars()
	 * @see #getContentPlan()
	 * @generated
	 */
	EReference getContentPlan_Pillars();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.ContentPlan#getCalendarEntries <em>Calendar Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Calendar Entries</em>'.
	 * @see org.playbook.model.ContentPlan#getCalendarEntries()
	 * @see #getContentPlan()
	 * @generated
	 */
	EReference getContentPlan_CalendarEntries();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.ContentPillar <em>Content Pillar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Content Pillar</em>'.
	 * @see org.playbook.model.ContentPillar
	 * @generated
	 */
	EClass getContentPillar();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.ContentPillar#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.ContentPillar#getName()
	 * @see #getContentPillar()
	 * @generated
	 */
	EAttribute getContentPillar_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.ContentPillar#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.playbook.model.ContentPillar#getDescription()
	 * @see #getContentPillar()
	 * @generated
	 */
	EAttribute getContentPillar_Description();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.CalendarEntry <em>Calendar Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calendar Entry</em>'.
	 * @see org.playbook.model.CalendarEntry
	 * @generated
	 */
	EClass getCalendarEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.CalendarEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.playbook.model.CalendarEntry#getDate()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.CalendarEntry#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.playbook.model.CalendarEntry#getTitle()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.CalendarEntry#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.playbook.model.CalendarEntry#getNetwork()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_Network();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.CalendarEntry#getIntent <em>Intent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intent</em>'.
	 * @see org.playbook.model.CalendarEntry#getIntent()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_Intent();

	/**
	 * Returns the meta object for the reference '{@link org.playbook.model.CalendarEntry#getPillar <em>Pillar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pillar</em>'.
	 * @see org.playbook.model.CalendarEntry#getPillar()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EReference getCalendarEntry_Pillar();

	/**
	 * Returns the meta object for the reference '{@link org.playbook.model.CalendarEntry#getTactic <em>Tactic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Tactic</em>'.
	 * @see org.playbook.model.CalendarEntry#getTactic()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EReference getCalendarEntry_Tactic();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.CalendarEntry#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.playbook.model.CalendarEntry#getText()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.CalendarEntry#getApproval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approval</em>'.
	 * @see org.playbook.model.CalendarEntry#getApproval()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_Approval();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.CalendarEntry#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.playbook.model.CalendarEntry#getReviewer()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.CalendarEntry#getReviewedOn <em>Reviewed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed On</em>'.
	 * @see org.playbook.model.CalendarEntry#getReviewedOn()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_ReviewedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.CalendarEntry#getReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Comment</em>'.
	 * @see org.playbook.model.CalendarEntry#getReviewComment()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_ReviewComment();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Listening <em>Listening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listening</em>'.
	 * @see org.playbook.model.Listening
	 * @generated
	 */
	EClass getListening();

	/**
	 * Returns the meta object for the attribute list '{@link org.playbook.model.Listening#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keywords</em>'.
	 * @see org.playbook.model.Listening#getKeywords()
	 * @see #getListening()
	 * @generated
	 */
	EAttribute getListening_Keywords();

	/**
	 * Returns the meta object for the attribute list '{@link org.playbook.model.Listening#getNetworks <em>Networks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Networks</em>'.
	 * @see org.playbook.model.Listening#getNetworks()
	 * @see #getListening()
	 * @generated
	 */
	EAttribute getListening_Networks();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Listening#getResponseTimeHours <em>Response Time Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response Time Hours</em>'.
	 * @see org.playbook.model.Listening#getResponseTimeHours()
	 * @see #getListening()
	 * @generated
	 */
	EAttribute getListening_ResponseTimeHours();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Listening#getTool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool</em>'.
	 * @see org.playbook.model.Listening#getTool()
	 * @see #getListening()
	 * @generated
	 */
	EAttribute getListening_Tool();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Governance <em>Governance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Governance</em>'.
	 * @see org.playbook.model.Governance
	 * @generated
	 */
	EClass getGovernance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Governance#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.playbook.model.Governance#getRoles()
	 * @see #getGovernance()
	 * @generated
	 */
	EReference getGovernance_Roles();

	/**
	 * Returns the meta object for the reference '{@link org.playbook.model.Governance#getBrandVoiceOwner <em>Brand Voice Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Brand Voice Owner</em>'.
	 * @see org.playbook.model.Governance#getBrandVoiceOwner()
	 * @see #getGovernance()
	 * @generated
	 */
	EReference getGovernance_BrandVoiceOwner();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Governance#getApprovalSteps <em>Approval Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Approval Steps</em>'.
	 * @see org.playbook.model.Governance#getApprovalSteps()
	 * @see #getGovernance()
	 * @generated
	 */
	EReference getGovernance_ApprovalSteps();

	/**
	 * Returns the meta object for the containment reference '{@link org.playbook.model.Governance#getBrandVoice <em>Brand Voice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Brand Voice</em>'.
	 * @see org.playbook.model.Governance#getBrandVoice()
	 * @see #getGovernance()
	 * @generated
	 */
	EReference getGovernance_BrandVoice();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.BrandVoice <em>Brand Voice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Brand Voice</em>'.
	 * @see org.playbook.model.BrandVoice
	 * @generated
	 */
	EClass getBrandVoice();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.BrandVoice#getTone <em>Tone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tone</em>'.
	 * @see org.playbook.model.BrandVoice#getTone()
	 * @see #getBrandVoice()
	 * @generated
	 */
	EAttribute getBrandVoice_Tone();

	/**
	 * Returns the meta object for the attribute list '{@link org.playbook.model.BrandVoice#getWordsToUse <em>Words To Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Words To Use</em>'.
	 * @see org.playbook.model.BrandVoice#getWordsToUse()
	 * @see #getBrandVoice()
	 * @generated
	 */
	EAttribute getBrandVoice_WordsToUse();

	/**
	 * Returns the meta object for the attribute list '{@link org.playbook.model.BrandVoice#getWordsToAvoid <em>Words To Avoid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Words To Avoid</em>'.
	 * @see org.playbook.model.BrandVoice#getWordsToAvoid()
	 * @see #getBrandVoice()
	 * @generated
	 */
	EAttribute getBrandVoice_WordsToAvoid();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.BrandVoice#getSamplePost <em>Sample Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample Post</em>'.
	 * @see org.playbook.model.BrandVoice#getSamplePost()
	 * @see #getBrandVoice()
	 * @generated
	 */
	EAttribute getBrandVoice_SamplePost();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.BrandVoice#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.playbook.model.BrandVoice#getNotes()
	 * @see #getBrandVoice()
	 * @generated
	 */
	EAttribute getBrandVoice_Notes();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.playbook.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Role#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.Role#getName()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Role#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.playbook.model.Role#getTitle()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Role#getSeniority <em>Seniority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seniority</em>'.
	 * @see org.playbook.model.Role#getSeniority()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Seniority();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Role#getResponsibilities <em>Responsibilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsibilities</em>'.
	 * @see org.playbook.model.Role#getResponsibilities()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Responsibilities();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.ApprovalStep <em>Approval Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approval Step</em>'.
	 * @see org.playbook.model.ApprovalStep
	 * @generated
	 */
	EClass getApprovalStep();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.ApprovalStep#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.playbook.model.ApprovalStep#getDescription()
	 * @see #getApprovalStep()
	 * @generated
	 */
	EAttribute getApprovalStep_Description();

	/**
	 * Returns the meta object for the reference '{@link org.playbook.model.ApprovalStep#getApprover <em>Approver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Approver</em>'.
	 * @see org.playbook.model.ApprovalStep#getApprover()
	 * @see #getApprovalStep()
	 * @generated
	 */
	EReference getApprovalStep_Approver();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.CrisisPlan <em>Crisis Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Crisis Plan</em>'.
	 * @see org.playbook.model.CrisisPlan
	 * @generated
	 */
	EClass getCrisisPlan();

	/**
	 * Returns the meta object for the attribute list '{@link org.playbook.model.CrisisPlan#getTriggers <em>Triggers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Triggers</em>'.
	 * @see org.playbook.model.CrisisPlan#getTriggers()
	 * @see #getCrisisPlan()
	 * @generated
	 */
	EAttribute getCrisisPlan_Triggers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.CrisisPlan#getEscalationSteps <em>Escalation Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Escalation Steps</em>'.
	 * @see org.playbook.model.CrisisPlan#getEscalationSteps()
	 * @see #getCrisisPlan()
	 * @generated
	 */
	EReference getCrisisPlan_EscalationSteps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.CrisisPlan#getHoldingStatements <em>Holding Statements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Holding Statements</em>'.
	 * @see org.playbook.model.CrisisPlan#getHoldingStatements()
	 * @see #getCrisisPlan()
	 * @generated
	 */
	EReference getCrisisPlan_HoldingStatements();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.EscalationStep <em>Escalation Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Escalation Step</em>'.
	 * @see org.playbook.model.EscalationStep
	 * @generated
	 */
	EClass getEscalationStep();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.EscalationStep#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.playbook.model.EscalationStep#getDescription()
	 * @see #getEscalationStep()
	 * @generated
	 */
	EAttribute getEscalationStep_Description();

	/**
	 * Returns the meta object for the reference '{@link org.playbook.model.EscalationStep#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contact</em>'.
	 * @see org.playbook.model.EscalationStep#getContact()
	 * @see #getEscalationStep()
	 * @generated
	 */
	EReference getEscalationStep_Contact();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.EscalationStep#getWithinMinutes <em>Within Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Within Minutes</em>'.
	 * @see org.playbook.model.EscalationStep#getWithinMinutes()
	 * @see #getEscalationStep()
	 * @generated
	 */
	EAttribute getEscalationStep_WithinMinutes();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.HoldingStatement <em>Holding Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Holding Statement</em>'.
	 * @see org.playbook.model.HoldingStatement
	 * @generated
	 */
	EClass getHoldingStatement();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.HoldingStatement#getSituation <em>Situation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Situation</em>'.
	 * @see org.playbook.model.HoldingStatement#getSituation()
	 * @see #getHoldingStatement()
	 * @generated
	 */
	EAttribute getHoldingStatement_Situation();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.HoldingStatement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.playbook.model.HoldingStatement#getText()
	 * @see #getHoldingStatement()
	 * @generated
	 */
	EAttribute getHoldingStatement_Text();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget</em>'.
	 * @see org.playbook.model.Budget
	 * @generated
	 */
	EClass getBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Budget#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.playbook.model.Budget#getCurrency()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Currency();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Budget#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.playbook.model.Budget#getLines()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_Lines();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see org.playbook.model.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.BudgetLine#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.playbook.model.BudgetLine#getDescription()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.BudgetLine#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.playbook.model.BudgetLine#getAmount()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.BudgetLine#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.playbook.model.BudgetLine#getNetwork()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Network();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.ReviewCadence <em>Review Cadence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Cadence</em>'.
	 * @see org.playbook.model.ReviewCadence
	 * @generated
	 */
	EClass getReviewCadence();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.ReviewCadence#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.playbook.model.ReviewCadence#getFrequency()
	 * @see #getReviewCadence()
	 * @generated
	 */
	EAttribute getReviewCadence_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.ReviewCadence#getNextReview <em>Next Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Review</em>'.
	 * @see org.playbook.model.ReviewCadence#getNextReview()
	 * @see #getReviewCadence()
	 * @generated
	 */
	EAttribute getReviewCadence_NextReview();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.ReviewCadence#getAgenda <em>Agenda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agenda</em>'.
	 * @see org.playbook.model.ReviewCadence#getAgenda()
	 * @see #getReviewCadence()
	 * @generated
	 */
	EAttribute getReviewCadence_Agenda();

	/**
	 * Returns the meta object for the reference list '{@link org.playbook.model.ReviewCadence#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attendees</em>'.
	 * @see org.playbook.model.ReviewCadence#getAttendees()
	 * @see #getReviewCadence()
	 * @generated
	 */
	EReference getReviewCadence_Attendees();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see org.playbook.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the reference '{@link org.playbook.model.Measurement#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Metric</em>'.
	 * @see org.playbook.model.Measurement#getMetric()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Measurement#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.playbook.model.Measurement#getPeriodStart()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Measurement#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.playbook.model.Measurement#getPeriodEnd()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.playbook.model.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Measurement#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.playbook.model.Measurement#getNetwork()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Network();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Measurement#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.playbook.model.Measurement#getSource()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Source();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.AppliedPractice <em>Applied Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Applied Practice</em>'.
	 * @see org.playbook.model.AppliedPractice
	 * @generated
	 */
	EClass getAppliedPractice();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.AppliedPractice#getPracticeId <em>Practice Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Practice Id</em>'.
	 * @see org.playbook.model.AppliedPractice#getPracticeId()
	 * @see #getAppliedPractice()
	 * @generated
	 */
	EAttribute getAppliedPractice_PracticeId();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.AppliedPractice#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.playbook.model.AppliedPractice#getNote()
	 * @see #getAppliedPractice()
	 * @generated
	 */
	EAttribute getAppliedPractice_Note();

	/**
	 * Returns the meta object for the reference '{@link org.playbook.model.AppliedPractice#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.playbook.model.AppliedPractice#getElement()
	 * @see #getAppliedPractice()
	 * @generated
	 */
	EReference getAppliedPractice_Element();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.PracticeLibrary <em>Practice Library</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Practice Library</em>'.
	 * @see org.playbook.model.PracticeLibrary
	 * @generated
	 */
	EClass getPracticeLibrary();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.PracticeLibrary#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.playbook.model.PracticeLibrary#getName()
	 * @see #getPracticeLibrary()
	 * @generated
	 */
	EAttribute getPracticeLibrary_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.PracticeLibrary#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.playbook.model.PracticeLibrary#getSources()
	 * @see #getPracticeLibrary()
	 * @generated
	 */
	EReference getPracticeLibrary_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.PracticeLibrary#getPractices <em>Practices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Practices</em>'.
	 * @see org.playbook.model.PracticeLibrary#getPractices()
	 * @see #getPracticeLibrary()
	 * @generated
	 */
	EReference getPracticeLibrary_Practices();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.playbook.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Source#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.playbook.model.Source#getId()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Source#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.playbook.model.Source#getTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Source#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.playbook.model.Source#getAuthor()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Source#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.playbook.model.Source#getPublished()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Published();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Source#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.playbook.model.Source#getOrigin()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Source#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document</em>'.
	 * @see org.playbook.model.Source#getDocument()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Document();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.Practice <em>Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Practice</em>'.
	 * @see org.playbook.model.Practice
	 * @generated
	 */
	EClass getPractice();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Practice#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.playbook.model.Practice#getId()
	 * @see #getPractice()
	 * @generated
	 */
	EAttribute getPractice_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Practice#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.playbook.model.Practice#getTitle()
	 * @see #getPractice()
	 * @generated
	 */
	EAttribute getPractice_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Practice#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.playbook.model.Practice#getSummary()
	 * @see #getPractice()
	 * @generated
	 */
	EAttribute getPractice_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Practice#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.playbook.model.Practice#getBody()
	 * @see #getPractice()
	 * @generated
	 */
	EAttribute getPractice_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Practice#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.playbook.model.Practice#getCategory()
	 * @see #getPractice()
	 * @generated
	 */
	EAttribute getPractice_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Practice#getPolarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Polarity</em>'.
	 * @see org.playbook.model.Practice#getPolarity()
	 * @see #getPractice()
	 * @generated
	 */
	EAttribute getPractice_Polarity();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.Practice#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.playbook.model.Practice#getStatus()
	 * @see #getPractice()
	 * @generated
	 */
	EAttribute getPractice_Status();

	/**
	 * Returns the meta object for the attribute list '{@link org.playbook.model.Practice#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.playbook.model.Practice#getTags()
	 * @see #getPractice()
	 * @generated
	 */
	EAttribute getPractice_Tags();

	/**
	 * Returns the meta object for the reference list '{@link org.playbook.model.Practice#getRelated <em>Related</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related</em>'.
	 * @see org.playbook.model.Practice#getRelated()
	 * @see #getPractice()
	 * @generated
	 */
	EReference getPractice_Related();

	/**
	 * Returns the meta object for the containment reference list '{@link org.playbook.model.Practice#getSourceRefs <em>Source Refs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Source Refs</em>'.
	 * @see org.playbook.model.Practice#getSourceRefs()
	 * @see #getPractice()
	 * @generated
	 */
	EReference getPractice_SourceRefs();

	/**
	 * Returns the meta object for class '{@link org.playbook.model.SourceRef <em>Source Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Ref</em>'.
	 * @see org.playbook.model.SourceRef
	 * @generated
	 */
	EClass getSourceRef();

	/**
	 * Returns the meta object for the reference '{@link org.playbook.model.SourceRef#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.playbook.model.SourceRef#getSource()
	 * @see #getSourceRef()
	 * @generated
	 */
	EReference getSourceRef_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.SourceRef#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.playbook.model.SourceRef#getQuote()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.SourceRef#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.playbook.model.SourceRef#getStart()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.playbook.model.SourceRef#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.playbook.model.SourceRef#getEnd()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_End();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.ClientStatus <em>Client Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Client Status</em>'.
	 * @see org.playbook.model.ClientStatus
	 * @generated
	 */
	EEnum getClientStatus();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Network</em>'.
	 * @see org.playbook.model.Network
	 * @generated
	 */
	EEnum getNetwork();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.ContentType <em>Content Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Content Type</em>'.
	 * @see org.playbook.model.ContentType
	 * @generated
	 */
	EEnum getContentType();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.ContentIntent <em>Content Intent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Content Intent</em>'.
	 * @see org.playbook.model.ContentIntent
	 * @generated
	 */
	EEnum getContentIntent();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.SwotKind <em>Swot Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Swot Kind</em>'.
	 * @see org.playbook.model.SwotKind
	 * @generated
	 */
	EEnum getSwotKind();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.Seniority <em>Seniority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Seniority</em>'.
	 * @see org.playbook.model.Seniority
	 * @generated
	 */
	EEnum getSeniority();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.MetricDirection <em>Metric Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric Direction</em>'.
	 * @see org.playbook.model.MetricDirection
	 * @generated
	 */
	EEnum getMetricDirection();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.ReviewFrequency <em>Review Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Frequency</em>'.
	 * @see org.playbook.model.ReviewFrequency
	 * @generated
	 */
	EEnum getReviewFrequency();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.PracticeCategory <em>Practice Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Practice Category</em>'.
	 * @see org.playbook.model.PracticeCategory
	 * @generated
	 */
	EEnum getPracticeCategory();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.Polarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Polarity</em>'.
	 * @see org.playbook.model.Polarity
	 * @generated
	 */
	EEnum getPolarity();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.PracticeStatus <em>Practice Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Practice Status</em>'.
	 * @see org.playbook.model.PracticeStatus
	 * @generated
	 */
	EEnum getPracticeStatus();

	/**
	 * Returns the meta object for enum '{@link org.playbook.model.ApprovalState <em>Approval State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Approval State</em>'.
	 * @see org.playbook.model.ApprovalState
	 * @generated
	 */
	EEnum getApprovalState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlaybookFactory getPlaybookFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.ClientImpl <em>Client</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.ClientImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getClient()
		 * @generated
		 */
		EClass CLIENT = eINSTANCE.getClient();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__NAME = eINSTANCE.getClient_Name();

		/**
		 * The meta object literal for the '<em><b>Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__INDUSTRY = eINSTANCE.getClient_Industry();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__STATUS = eINSTANCE.getClient_Status();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__NOTES = eINSTANCE.getClient_Notes();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__CONTACTS = eINSTANCE.getClient_Contacts();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__STRATEGIES = eINSTANCE.getClient_Strategies();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.ContactImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME = eINSTANCE.getContact_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ROLE = eINSTANCE.getContact_Role();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE = eINSTANCE.getContact_Phone();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.StrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.StrategyImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getStrategy()
		 * @generated
		 */
		EClass STRATEGY = eINSTANCE.getStrategy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY__NAME = eINSTANCE.getStrategy_Name();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY__ID = eINSTANCE.getStrategy_Id();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY__START_DATE = eINSTANCE.getStrategy_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY__END_DATE = eINSTANCE.getStrategy_EndDate();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__PURPOSE = eINSTANCE.getStrategy_Purpose();

		/**
		 * The meta object literal for the '<em><b>Situation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__SITUATION = eINSTANCE.getStrategy_Situation();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__PERSONAS = eINSTANCE.getStrategy_Personas();

		/**
		 * The meta object literal for the '<em><b>Positioning</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__POSITIONING = eINSTANCE.getStrategy_Positioning();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__METRICS = eINSTANCE.getStrategy_Metrics();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__GOALS = eINSTANCE.getStrategy_Goals();

		/**
		 * The meta object literal for the '<em><b>Tactics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__TACTICS = eINSTANCE.getStrategy_Tactics();

		/**
		 * The meta object literal for the '<em><b>Content Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__CONTENT_PLAN = eINSTANCE.getStrategy_ContentPlan();

		/**
		 * The meta object literal for the '<em><b>Listening</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__LISTENING = eINSTANCE.getStrategy_Listening();

		/**
		 * The meta object literal for the '<em><b>Governance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__GOVERNANCE = eINSTANCE.getStrategy_Governance();

		/**
		 * The meta object literal for the '<em><b>Crisis Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__CRISIS_PLAN = eINSTANCE.getStrategy_CrisisPlan();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__BUDGET = eINSTANCE.getStrategy_Budget();

		/**
		 * The meta object literal for the '<em><b>Review Cadence</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__REVIEW_CADENCE = eINSTANCE.getStrategy_ReviewCadence();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__MEASUREMENTS = eINSTANCE.getStrategy_Measurements();

		/**
		 * The meta object literal for the '<em><b>Applied Practices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__APPLIED_PRACTICES = eINSTANCE.getStrategy_AppliedPractices();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.PurposeImpl <em>Purpose</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.PurposeImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getPurpose()
		 * @generated
		 */
		EClass PURPOSE = eINSTANCE.getPurpose();

		/**
		 * The meta object literal for the '<em><b>Why</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURPOSE__WHY = eINSTANCE.getPurpose_Why();

		/**
		 * The meta object literal for the '<em><b>Belief</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURPOSE__BELIEF = eINSTANCE.getPurpose_Belief();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURPOSE__CAUSE = eINSTANCE.getPurpose_Cause();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.SituationImpl <em>Situation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.SituationImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getSituation()
		 * @generated
		 */
		EClass SITUATION = eINSTANCE.getSituation();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITUATION__SUMMARY = eINSTANCE.getSituation_Summary();

		/**
		 * The meta object literal for the '<em><b>Swot Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITUATION__SWOT_ITEMS = eINSTANCE.getSituation_SwotItems();

		/**
		 * The meta object literal for the '<em><b>Competitors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITUATION__COMPETITORS = eINSTANCE.getSituation_Competitors();

		/**
		 * The meta object literal for the '<em><b>Market Trends</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITUATION__MARKET_TRENDS = eINSTANCE.getSituation_MarketTrends();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.SwotItemImpl <em>Swot Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.SwotItemImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getSwotItem()
		 * @generated
		 */
		EClass SWOT_ITEM = eINSTANCE.getSwotItem();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__KIND = eINSTANCE.getSwotItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__TEXT = eINSTANCE.getSwotItem_Text();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.CompetitorImpl <em>Competitor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.CompetitorImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getCompetitor()
		 * @generated
		 */
		EClass COMPETITOR = eINSTANCE.getCompetitor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITOR__NAME = eINSTANCE.getCompetitor_Name();

		/**
		 * The meta object literal for the '<em><b>Networks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITOR__NETWORKS = eINSTANCE.getCompetitor_Networks();

		/**
		 * The meta object literal for the '<em><b>Strengths</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITOR__STRENGTHS = eINSTANCE.getCompetitor_Strengths();

		/**
		 * The meta object literal for the '<em><b>Weaknesses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITOR__WEAKNESSES = eINSTANCE.getCompetitor_Weaknesses();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.MarketTrendImpl <em>Market Trend</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.MarketTrendImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getMarketTrend()
		 * @generated
		 */
		EClass MARKET_TREND = eINSTANCE.getMarketTrend();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKET_TREND__NAME = eINSTANCE.getMarketTrend_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKET_TREND__DESCRIPTION = eINSTANCE.getMarketTrend_Description();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.PersonaImpl <em>Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.PersonaImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getPersona()
		 * @generated
		 */
		EClass PERSONA = eINSTANCE.getPersona();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__NAME = eINSTANCE.getPersona_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__DESCRIPTION = eINSTANCE.getPersona_Description();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__NEEDS = eINSTANCE.getPersona_Needs();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__VALUES = eINSTANCE.getPersona_Values();

		/**
		 * The meta object literal for the '<em><b>Networks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__NETWORKS = eINSTANCE.getPersona_Networks();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.PositioningImpl <em>Positioning</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.PositioningImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getPositioning()
		 * @generated
		 */
		EClass POSITIONING = eINSTANCE.getPositioning();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSITIONING__STATEMENT = eINSTANCE.getPositioning_Statement();

		/**
		 * The meta object literal for the '<em><b>Differentiators</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POSITIONING__DIFFERENTIATORS = eINSTANCE.getPositioning_Differentiators();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.MetricImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__UNIT = eINSTANCE.getMetric_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__DIRECTION = eINSTANCE.getMetric_Direction();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__DESCRIPTION = eINSTANCE.getMetric_Description();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.GoalImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__NAME = eINSTANCE.getGoal_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__DESCRIPTION = eINSTANCE.getGoal_Description();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__METRIC = eINSTANCE.getGoal_Metric();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__BASELINE = eINSTANCE.getGoal_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__TARGET = eINSTANCE.getGoal_Target();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__DEADLINE = eINSTANCE.getGoal_Deadline();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.TacticImpl <em>Tactic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.TacticImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getTactic()
		 * @generated
		 */
		EClass TACTIC = eINSTANCE.getTactic();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TACTIC__NAME = eINSTANCE.getTactic_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TACTIC__DESCRIPTION = eINSTANCE.getTactic_Description();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TACTIC__NETWORK = eINSTANCE.getTactic_Network();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TACTIC__PRIMARY = eINSTANCE.getTactic_Primary();

		/**
		 * The meta object literal for the '<em><b>Posts Per Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TACTIC__POSTS_PER_WEEK = eINSTANCE.getTactic_PostsPerWeek();

		/**
		 * The meta object literal for the '<em><b>Content Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TACTIC__CONTENT_TYPE = eINSTANCE.getTactic_ContentType();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TACTIC__OWNER = eINSTANCE.getTactic_Owner();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TACTIC__GOALS = eINSTANCE.getTactic_Goals();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.ContentPlanImpl <em>Content Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.ContentPlanImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getContentPlan()
		 * @generated
		 */
		EClass CONTENT_PLAN = eINSTANCE.getContentPlan();

		/**
		 * The meta object literal for the '<em><b>Promotional Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_PLAN__PROMOTIONAL_SHARE = eINSTANCE.getContentPlan_PromotionalShare();

		/**
		 * The meta object literal for the '<em><b>Helpful Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_PLAN__HELPFUL_SHARE = eINSTANCE.getContentPlan_HelpfulShare();

		/**
		 * The meta object literal for the '<em><b>Pillars</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_PLAN__PILLARS = eINSTANCE.getContentPlan_Pillars();

		/**
		 * The meta object literal for the '<em><b>Calendar Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_PLAN__CALENDAR_ENTRIES = eINSTANCE.getContentPlan_CalendarEntries();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.ContentPillarImpl <em>Content Pillar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.ContentPillarImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getContentPillar()
		 * @generated
		 */
		EClass CONTENT_PILLAR = eINSTANCE.getContentPillar();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_PILLAR__NAME = eINSTANCE.getContentPillar_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_PILLAR__DESCRIPTION = eINSTANCE.getContentPillar_Description();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.CalendarEntryImpl <em>Calendar Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.CalendarEntryImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getCalendarEntry()
		 * @generated
		 */
		EClass CALENDAR_ENTRY = eINSTANCE.getCalendarEntry();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__DATE = eINSTANCE.getCalendarEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__TITLE = eINSTANCE.getCalendarEntry_Title();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__NETWORK = eINSTANCE.getCalendarEntry_Network();

		/**
		 * The meta object literal for the '<em><b>Intent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__INTENT = eINSTANCE.getCalendarEntry_Intent();

		/**
		 * The meta object literal for the '<em><b>Pillar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR_ENTRY__PILLAR = eINSTANCE.getCalendarEntry_Pillar();

		/**
		 * The meta object literal for the '<em><b>Tactic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR_ENTRY__TACTIC = eINSTANCE.getCalendarEntry_Tactic();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__TEXT = eINSTANCE.getCalendarEntry_Text();

		/**
		 * The meta object literal for the '<em><b>Approval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__APPROVAL = eINSTANCE.getCalendarEntry_Approval();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__REVIEWER = eINSTANCE.getCalendarEntry_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Reviewed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__REVIEWED_ON = eINSTANCE.getCalendarEntry_ReviewedOn();

		/**
		 * The meta object literal for the '<em><b>Review Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__REVIEW_COMMENT = eINSTANCE.getCalendarEntry_ReviewComment();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.ListeningImpl <em>Listening</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.ListeningImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getListening()
		 * @generated
		 */
		EClass LISTENING = eINSTANCE.getListening();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING__KEYWORDS = eINSTANCE.getListening_Keywords();

		/**
		 * The meta object literal for the '<em><b>Networks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING__NETWORKS = eINSTANCE.getListening_Networks();

		/**
		 * The meta object literal for the '<em><b>Response Time Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING__RESPONSE_TIME_HOURS = eINSTANCE.getListening_ResponseTimeHours();

		/**
		 * The meta object literal for the '<em><b>Tool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTENING__TOOL = eINSTANCE.getListening_Tool();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.GovernanceImpl <em>Governance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.GovernanceImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getGovernance()
		 * @generated
		 */
		EClass GOVERNANCE = eINSTANCE.getGovernance();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE__ROLES = eINSTANCE.getGovernance_Roles();

		/**
		 * The meta object literal for the '<em><b>Brand Voice Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE__BRAND_VOICE_OWNER = eINSTANCE.getGovernance_BrandVoiceOwner();

		/**
		 * The meta object literal for the '<em><b>Approval Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE__APPROVAL_STEPS = eINSTANCE.getGovernance_ApprovalSteps();

		/**
		 * The meta object literal for the '<em><b>Brand Voice</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOVERNANCE__BRAND_VOICE = eINSTANCE.getGovernance_BrandVoice();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.BrandVoiceImpl <em>Brand Voice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.BrandVoiceImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getBrandVoice()
		 * @generated
		 */
		EClass BRAND_VOICE = eINSTANCE.getBrandVoice();

		/**
		 * The meta object literal for the '<em><b>Tone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND_VOICE__TONE = eINSTANCE.getBrandVoice_Tone();

		/**
		 * The meta object literal for the '<em><b>Words To Use</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND_VOICE__WORDS_TO_USE = eINSTANCE.getBrandVoice_WordsToUse();

		/**
		 * The meta object literal for the '<em><b>Words To Avoid</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND_VOICE__WORDS_TO_AVOID = eINSTANCE.getBrandVoice_WordsToAvoid();

		/**
		 * The meta object literal for the '<em><b>Sample Post</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND_VOICE__SAMPLE_POST = eINSTANCE.getBrandVoice_SamplePost();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND_VOICE__NOTES = eINSTANCE.getBrandVoice_Notes();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.RoleImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__NAME = eINSTANCE.getRole_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__TITLE = eINSTANCE.getRole_Title();

		/**
		 * The meta object literal for the '<em><b>Seniority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__SENIORITY = eINSTANCE.getRole_Seniority();

		/**
		 * The meta object literal for the '<em><b>Responsibilities</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__RESPONSIBILITIES = eINSTANCE.getRole_Responsibilities();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.ApprovalStepImpl <em>Approval Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.ApprovalStepImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getApprovalStep()
		 * @generated
		 */
		EClass APPROVAL_STEP = eINSTANCE.getApprovalStep();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_STEP__DESCRIPTION = eINSTANCE.getApprovalStep_Description();

		/**
		 * The meta object literal for the '<em><b>Approver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPROVAL_STEP__APPROVER = eINSTANCE.getApprovalStep_Approver();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.CrisisPlanImpl <em>Crisis Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.CrisisPlanImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getCrisisPlan()
		 * @generated
		 */
		EClass CRISIS_PLAN = eINSTANCE.getCrisisPlan();

		/**
		 * The meta object literal for the '<em><b>Triggers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRISIS_PLAN__TRIGGERS = eINSTANCE.getCrisisPlan_Triggers();

		/**
		 * The meta object literal for the '<em><b>Escalation Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRISIS_PLAN__ESCALATION_STEPS = eINSTANCE.getCrisisPlan_EscalationSteps();

		/**
		 * The meta object literal for the '<em><b>Holding Statements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRISIS_PLAN__HOLDING_STATEMENTS = eINSTANCE.getCrisisPlan_HoldingStatements();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.EscalationStepImpl <em>Escalation Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.EscalationStepImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getEscalationStep()
		 * @generated
		 */
		EClass ESCALATION_STEP = eINSTANCE.getEscalationStep();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_STEP__DESCRIPTION = eINSTANCE.getEscalationStep_Description();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESCALATION_STEP__CONTACT = eINSTANCE.getEscalationStep_Contact();

		/**
		 * The meta object literal for the '<em><b>Within Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_STEP__WITHIN_MINUTES = eINSTANCE.getEscalationStep_WithinMinutes();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.HoldingStatementImpl <em>Holding Statement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.HoldingStatementImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getHoldingStatement()
		 * @generated
		 */
		EClass HOLDING_STATEMENT = eINSTANCE.getHoldingStatement();

		/**
		 * The meta object literal for the '<em><b>Situation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLDING_STATEMENT__SITUATION = eINSTANCE.getHoldingStatement_Situation();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLDING_STATEMENT__TEXT = eINSTANCE.getHoldingStatement_Text();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.BudgetImpl <em>Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.BudgetImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getBudget()
		 * @generated
		 */
		EClass BUDGET = eINSTANCE.getBudget();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__CURRENCY = eINSTANCE.getBudget_Currency();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__LINES = eINSTANCE.getBudget_Lines();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.BudgetLineImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__DESCRIPTION = eINSTANCE.getBudgetLine_Description();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__AMOUNT = eINSTANCE.getBudgetLine_Amount();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__NETWORK = eINSTANCE.getBudgetLine_Network();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.ReviewCadenceImpl <em>Review Cadence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.ReviewCadenceImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getReviewCadence()
		 * @generated
		 */
		EClass REVIEW_CADENCE = eINSTANCE.getReviewCadence();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_CADENCE__FREQUENCY = eINSTANCE.getReviewCadence_Frequency();

		/**
		 * The meta object literal for the '<em><b>Next Review</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_CADENCE__NEXT_REVIEW = eINSTANCE.getReviewCadence_NextReview();

		/**
		 * The meta object literal for the '<em><b>Agenda</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_CADENCE__AGENDA = eINSTANCE.getReviewCadence_Agenda();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_CADENCE__ATTENDEES = eINSTANCE.getReviewCadence_Attendees();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.MeasurementImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__METRIC = eINSTANCE.getMeasurement_Metric();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__PERIOD_START = eINSTANCE.getMeasurement_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__PERIOD_END = eINSTANCE.getMeasurement_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__NETWORK = eINSTANCE.getMeasurement_Network();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__SOURCE = eINSTANCE.getMeasurement_Source();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.AppliedPracticeImpl <em>Applied Practice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.AppliedPracticeImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getAppliedPractice()
		 * @generated
		 */
		EClass APPLIED_PRACTICE = eINSTANCE.getAppliedPractice();

		/**
		 * The meta object literal for the '<em><b>Practice Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIED_PRACTICE__PRACTICE_ID = eINSTANCE.getAppliedPractice_PracticeId();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIED_PRACTICE__NOTE = eINSTANCE.getAppliedPractice_Note();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLIED_PRACTICE__ELEMENT = eINSTANCE.getAppliedPractice_Element();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.PracticeLibraryImpl <em>Practice Library</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.PracticeLibraryImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getPracticeLibrary()
		 * @generated
		 */
		EClass PRACTICE_LIBRARY = eINSTANCE.getPracticeLibrary();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE_LIBRARY__NAME = eINSTANCE.getPracticeLibrary_Name();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICE_LIBRARY__SOURCES = eINSTANCE.getPracticeLibrary_Sources();

		/**
		 * The meta object literal for the '<em><b>Practices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICE_LIBRARY__PRACTICES = eINSTANCE.getPracticeLibrary_Practices();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.SourceImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ID = eINSTANCE.getSource_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TITLE = eINSTANCE.getSource_Title();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__AUTHOR = eINSTANCE.getSource_Author();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PUBLISHED = eINSTANCE.getSource_Published();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ORIGIN = eINSTANCE.getSource_Origin();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DOCUMENT = eINSTANCE.getSource_Document();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.PracticeImpl <em>Practice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.PracticeImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getPractice()
		 * @generated
		 */
		EClass PRACTICE = eINSTANCE.getPractice();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE__ID = eINSTANCE.getPractice_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE__TITLE = eINSTANCE.getPractice_Title();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE__SUMMARY = eINSTANCE.getPractice_Summary();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE__BODY = eINSTANCE.getPractice_Body();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE__CATEGORY = eINSTANCE.getPractice_Category();

		/**
		 * The meta object literal for the '<em><b>Polarity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE__POLARITY = eINSTANCE.getPractice_Polarity();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE__STATUS = eINSTANCE.getPractice_Status();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE__TAGS = eINSTANCE.getPractice_Tags();

		/**
		 * The meta object literal for the '<em><b>Related</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICE__RELATED = eINSTANCE.getPractice_Related();

		/**
		 * The meta object literal for the '<em><b>Source Refs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICE__SOURCE_REFS = eINSTANCE.getPractice_SourceRefs();

		/**
		 * The meta object literal for the '{@link org.playbook.model.impl.SourceRefImpl <em>Source Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.impl.SourceRefImpl
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getSourceRef()
		 * @generated
		 */
		EClass SOURCE_REF = eINSTANCE.getSourceRef();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_REF__SOURCE = eINSTANCE.getSourceRef_Source();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__QUOTE = eINSTANCE.getSourceRef_Quote();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__START = eINSTANCE.getSourceRef_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__END = eINSTANCE.getSourceRef_End();

		/**
		 * The meta object literal for the '{@link org.playbook.model.ClientStatus <em>Client Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.ClientStatus
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getClientStatus()
		 * @generated
		 */
		EEnum CLIENT_STATUS = eINSTANCE.getClientStatus();

		/**
		 * The meta object literal for the '{@link org.playbook.model.Network <em>Network</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.Network
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getNetwork()
		 * @generated
		 */
		EEnum NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '{@link org.playbook.model.ContentType <em>Content Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.ContentType
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getContentType()
		 * @generated
		 */
		EEnum CONTENT_TYPE = eINSTANCE.getContentType();

		/**
		 * The meta object literal for the '{@link org.playbook.model.ContentIntent <em>Content Intent</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.ContentIntent
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getContentIntent()
		 * @generated
		 */
		EEnum CONTENT_INTENT = eINSTANCE.getContentIntent();

		/**
		 * The meta object literal for the '{@link org.playbook.model.SwotKind <em>Swot Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.SwotKind
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getSwotKind()
		 * @generated
		 */
		EEnum SWOT_KIND = eINSTANCE.getSwotKind();

		/**
		 * The meta object literal for the '{@link org.playbook.model.Seniority <em>Seniority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.Seniority
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getSeniority()
		 * @generated
		 */
		EEnum SENIORITY = eINSTANCE.getSeniority();

		/**
		 * The meta object literal for the '{@link org.playbook.model.MetricDirection <em>Metric Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.MetricDirection
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getMetricDirection()
		 * @generated
		 */
		EEnum METRIC_DIRECTION = eINSTANCE.getMetricDirection();

		/**
		 * The meta object literal for the '{@link org.playbook.model.ReviewFrequency <em>Review Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.ReviewFrequency
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getReviewFrequency()
		 * @generated
		 */
		EEnum REVIEW_FREQUENCY = eINSTANCE.getReviewFrequency();

		/**
		 * The meta object literal for the '{@link org.playbook.model.PracticeCategory <em>Practice Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.PracticeCategory
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getPracticeCategory()
		 * @generated
		 */
		EEnum PRACTICE_CATEGORY = eINSTANCE.getPracticeCategory();

		/**
		 * The meta object literal for the '{@link org.playbook.model.Polarity <em>Polarity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.Polarity
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getPolarity()
		 * @generated
		 */
		EEnum POLARITY = eINSTANCE.getPolarity();

		/**
		 * The meta object literal for the '{@link org.playbook.model.PracticeStatus <em>Practice Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.PracticeStatus
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getPracticeStatus()
		 * @generated
		 */
		EEnum PRACTICE_STATUS = eINSTANCE.getPracticeStatus();

		/**
		 * The meta object literal for the '{@link org.playbook.model.ApprovalState <em>Approval State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.playbook.model.ApprovalState
		 * @see org.playbook.model.impl.PlaybookPackageImpl#getApprovalState()
		 * @generated
		 */
		EEnum APPROVAL_STATE = eINSTANCE.getApprovalState();

	}

} //PlaybookPackage
