/**
 */
package org.playbook.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client's social-media strategy: the root of a *.playbook file. Its sections follow planning frameworks such as SOSTAC: situation, objectives, strategy, tactics, action and control.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Strategy#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getId <em>Id</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getSituation <em>Situation</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getPositioning <em>Positioning</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getTactics <em>Tactics</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getContentPlan <em>Content Plan</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getListening <em>Listening</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getGovernance <em>Governance</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getCrisisPlan <em>Crisis Plan</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getReviewCadence <em>Review Cadence</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.playbook.model.Strategy#getAppliedPractices <em>Applied Practices</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getStrategy()
 * @model
 * @generated
 */
public interface Strategy extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A name for this strategy, e.g. '2026 social strategy'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A lasting identifier, given when the strategy is first sent for review, so a client decisions file can only be applied to the strategy it was made for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day the strategy is in force.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(Date)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_StartDate()
	 * @model
	 * @generated
	 */
	Date getStartDate();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(Date value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day the strategy is planned for. A strategy that simply ends, with no review cadence, is a campaign, not a commitment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(Date)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_EndDate()
	 * @model
	 * @generated
	 */
	Date getEndDate();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(Date value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the client exists and what it believes: the 'why' people follow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' containment reference.
	 * @see #setPurpose(Purpose)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Purpose()
	 * @model containment="true"
	 * @generated
	 */
	Purpose getPurpose();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getPurpose <em>Purpose</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' containment reference.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(Purpose value);

	/**
	 * Returns the value of the '<em><b>Situation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Situational and competitive analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Situation</em>' containment reference.
	 * @see #setSituation(Situation)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Situation()
	 * @model containment="true"
	 * @generated
	 */
	Situation getSituation();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getSituation <em>Situation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Situation</em>' containment reference.
	 * @see #getSituation()
	 * @generated
	 */
	void setSituation(Situation value);

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer profiles the strategy speaks to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Personas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Positioning</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the brand wants to be seen against its competitors.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Positioning</em>' containment reference.
	 * @see #setPositioning(Positioning)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Positioning()
	 * @model containment="true"
	 * @generated
	 */
	Positioning getPositioning();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getPositioning <em>Positioning</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positioning</em>' containment reference.
	 * @see #getPositioning()
	 * @generated
	 */
	void setPositioning(Positioning value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key performance indicators the goals and measurements refer to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SMART goals, each measured by a metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Tactics</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.Tactic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is done on which network to reach the goals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tactics</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Tactics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tactic> getTactics();

	/**
	 * Returns the value of the '<em><b>Content Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Content pillars, the planned mix of helpful and promotional content, and the calendar.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Plan</em>' containment reference.
	 * @see #setContentPlan(ContentPlan)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_ContentPlan()
	 * @model containment="true"
	 * @generated
	 */
	ContentPlan getContentPlan();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getContentPlan <em>Content Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Plan</em>' containment reference.
	 * @see #getContentPlan()
	 * @generated
	 */
	void setContentPlan(ContentPlan value);

	/**
	 * Returns the value of the '<em><b>Listening</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is monitored and how fast the brand answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Listening</em>' containment reference.
	 * @see #setListening(Listening)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Listening()
	 * @model containment="true"
	 * @generated
	 */
	Listening getListening();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getListening <em>Listening</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listening</em>' containment reference.
	 * @see #getListening()
	 * @generated
	 */
	void setListening(Listening value);

	/**
	 * Returns the value of the '<em><b>Governance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who does what, who owns the brand voice, and how posts are approved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Governance</em>' containment reference.
	 * @see #setGovernance(Governance)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Governance()
	 * @model containment="true"
	 * @generated
	 */
	Governance getGovernance();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getGovernance <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Governance</em>' containment reference.
	 * @see #getGovernance()
	 * @generated
	 */
	void setGovernance(Governance value);

	/**
	 * Returns the value of the '<em><b>Crisis Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens when things go wrong in public.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crisis Plan</em>' containment reference.
	 * @see #setCrisisPlan(CrisisPlan)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_CrisisPlan()
	 * @model containment="true"
	 * @generated
	 */
	CrisisPlan getCrisisPlan();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getCrisisPlan <em>Crisis Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crisis Plan</em>' containment reference.
	 * @see #getCrisisPlan()
	 * @generated
	 */
	void setCrisisPlan(CrisisPlan value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the strategy costs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' containment reference.
	 * @see #setBudget(Budget)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Budget()
	 * @model containment="true"
	 * @generated
	 */
	Budget getBudget();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getBudget <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' containment reference.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(Budget value);

	/**
	 * Returns the value of the '<em><b>Review Cadence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often results are reviewed and the strategy adjusted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Cadence</em>' containment reference.
	 * @see #setReviewCadence(ReviewCadence)
	 * @see org.playbook.model.PlaybookPackage#getStrategy_ReviewCadence()
	 * @model containment="true"
	 * @generated
	 */
	ReviewCadence getReviewCadence();

	/**
	 * Sets the value of the '{@link org.playbook.model.Strategy#getReviewCadence <em>Review Cadence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Cadence</em>' containment reference.
	 * @see #getReviewCadence()
	 * @generated
	 */
	void setReviewCadence(ReviewCadence value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actual values of the metrics, per period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getStrategy_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

	/**
	 * Returns the value of the '<em><b>Applied Practices</b></em>' containment reference list.
	 * The list contents are of type {@link org.playbook.model.AppliedPractice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Practices from the library the strategist has applied to this strategy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applied Practices</em>' containment reference list.
	 * @see org.playbook.model.PlaybookPackage#getStrategy_AppliedPractices()
	 * @model containment="true"
	 * @generated
	 */
	EList<AppliedPractice> getAppliedPractices();

} // Strategy
