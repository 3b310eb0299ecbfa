/**
 */
package org.playbook.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.playbook.model.AppliedPractice;
import org.playbook.model.Budget;
import org.playbook.model.ContentPlan;
import org.playbook.model.CrisisPlan;
import org.playbook.model.Goal;
import org.playbook.model.Governance;
import org.playbook.model.Listening;
import org.playbook.model.Measurement;
import org.playbook.model.Metric;
import org.playbook.model.Persona;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Positioning;
import org.playbook.model.Purpose;
import org.playbook.model.ReviewCadence;
import org.playbook.model.Situation;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getSituation <em>Situation</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getPositioning <em>Positioning</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getTactics <em>Tactics</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getContentPlan <em>Content Plan</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getListening <em>Listening</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getGovernance <em>Governance</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getCrisisPlan <em>Crisis Plan</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getReviewCadence <em>Review Cadence</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.playbook.model.impl.StrategyImpl#getAppliedPractices <em>Applied Practices</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategyImpl extends EObjectImpl implements Strategy {
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
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected Date startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected Date endDate = END_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected Purpose purpose;

	/**
	 * The cached value of the '{@link #getSituation() <em>Situation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSituation()
	 * @generated
	 * @ordered
	 */
	protected Situation situation;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getPositioning() <em>Positioning</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositioning()
	 * @generated
	 * @ordered
	 */
	protected Positioning positioning;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> metrics;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getTactics() <em>Tactics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTactics()
	 * @generated
	 * @ordered
	 */
	protected EList<Tactic> tactics;

	/**
	 * The cached value of the '{@link #getContentPlan() <em>Content Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentPlan()
	 * @generated
	 * @ordered
	 */
	protected ContentPlan contentPlan;

	/**
	 * The cached value of the '{@link #getListening() <em>Listening</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListening()
	 * @generated
	 * @ordered
	 */
	protected Listening listening;

	/**
	 * The cached value of the '{@link #getGovernance() <em>Governance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGovernance()
	 * @generated
	 * @ordered
	 */
	protected Governance governance;

	/**
	 * The cached value of the '{@link #getCrisisPlan() <em>Crisis Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrisisPlan()
	 * @generated
	 * @ordered
	 */
	protected CrisisPlan crisisPlan;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected Budget budget;

	/**
	 * The cached value of the '{@link #getReviewCadence() <em>Review Cadence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewCadence()
	 * @generated
	 * @ordered
	 */
	protected ReviewCadence reviewCadence;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * The cached value of the '{@link #getAppliedPractices() <em>Applied Practices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliedPractices()
	 * @generated
	 * @ordered
	 */
	protected EList<AppliedPractice> appliedPractices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.STRATEGY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(Date newStartDate) {
		Date oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(Date newEndDate) {
		Date oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Purpose getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPurpose(Purpose newPurpose, NotificationChain msgs) {
		Purpose oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__PURPOSE, oldPurpose, newPurpose);
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
	public void setPurpose(Purpose newPurpose) {
		if (newPurpose != purpose) {
			NotificationChain msgs = null;
			if (purpose != null)
				msgs = ((InternalEObject)purpose).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__PURPOSE, null, msgs);
			if (newPurpose != null)
				msgs = ((InternalEObject)newPurpose).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__PURPOSE, null, msgs);
			msgs = basicSetPurpose(newPurpose, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__PURPOSE, newPurpose, newPurpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Situation getSituation() {
		return situation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSituation(Situation newSituation, NotificationChain msgs) {
		Situation oldSituation = situation;
		situation = newSituation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__SITUATION, oldSituation, newSituation);
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
	public void setSituation(Situation newSituation) {
		if (newSituation != situation) {
			NotificationChain msgs = null;
			if (situation != null)
				msgs = ((InternalEObject)situation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__SITUATION, null, msgs);
			if (newSituation != null)
				msgs = ((InternalEObject)newSituation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__SITUATION, null, msgs);
			msgs = basicSetSituation(newSituation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__SITUATION, newSituation, newSituation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, PlaybookPackage.STRATEGY__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Positioning getPositioning() {
		return positioning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPositioning(Positioning newPositioning, NotificationChain msgs) {
		Positioning oldPositioning = positioning;
		positioning = newPositioning;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__POSITIONING, oldPositioning, newPositioning);
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
	public void setPositioning(Positioning newPositioning) {
		if (newPositioning != positioning) {
			NotificationChain msgs = null;
			if (positioning != null)
				msgs = ((InternalEObject)positioning).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__POSITIONING, null, msgs);
			if (newPositioning != null)
				msgs = ((InternalEObject)newPositioning).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__POSITIONING, null, msgs);
			msgs = basicSetPositioning(newPositioning, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__POSITIONING, newPositioning, newPositioning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<Metric>(Metric.class, this, PlaybookPackage.STRATEGY__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, PlaybookPackage.STRATEGY__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tactic> getTactics() {
		if (tactics == null) {
			tactics = new EObjectContainmentEList<Tactic>(Tactic.class, this, PlaybookPackage.STRATEGY__TACTICS);
		}
		return tactics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentPlan getContentPlan() {
		return contentPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContentPlan(ContentPlan newContentPlan, NotificationChain msgs) {
		ContentPlan oldContentPlan = contentPlan;
		contentPlan = newContentPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__CONTENT_PLAN, oldContentPlan, newContentPlan);
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
	public void setContentPlan(ContentPlan newContentPlan) {
		if (newContentPlan != contentPlan) {
			NotificationChain msgs = null;
			if (contentPlan != null)
				msgs = ((InternalEObject)contentPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__CONTENT_PLAN, null, msgs);
			if (newContentPlan != null)
				msgs = ((InternalEObject)newContentPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__CONTENT_PLAN, null, msgs);
			msgs = basicSetContentPlan(newContentPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__CONTENT_PLAN, newContentPlan, newContentPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Listening getListening() {
		return listening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetListening(Listening newListening, NotificationChain msgs) {
		Listening oldListening = listening;
		listening = newListening;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__LISTENING, oldListening, newListening);
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
	public void setListening(Listening newListening) {
		if (newListening != listening) {
			NotificationChain msgs = null;
			if (listening != null)
				msgs = ((InternalEObject)listening).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__LISTENING, null, msgs);
			if (newListening != null)
				msgs = ((InternalEObject)newListening).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__LISTENING, null, msgs);
			msgs = basicSetListening(newListening, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__LISTENING, newListening, newListening));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Governance getGovernance() {
		return governance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGovernance(Governance newGovernance, NotificationChain msgs) {
		Governance oldGovernance = governance;
		governance = newGovernance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__GOVERNANCE, oldGovernance, newGovernance);
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
	public void setGovernance(Governance newGovernance) {
		if (newGovernance != governance) {
			NotificationChain msgs = null;
			if (governance != null)
				msgs = ((InternalEObject)governance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__GOVERNANCE, null, msgs);
			if (newGovernance != null)
				msgs = ((InternalEObject)newGovernance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__GOVERNANCE, null, msgs);
			msgs = basicSetGovernance(newGovernance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__GOVERNANCE, newGovernance, newGovernance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrisisPlan getCrisisPlan() {
		return crisisPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCrisisPlan(CrisisPlan newCrisisPlan, NotificationChain msgs) {
		CrisisPlan oldCrisisPlan = crisisPlan;
		crisisPlan = newCrisisPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__CRISIS_PLAN, oldCrisisPlan, newCrisisPlan);
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
	public void setCrisisPlan(CrisisPlan newCrisisPlan) {
		if (newCrisisPlan != crisisPlan) {
			NotificationChain msgs = null;
			if (crisisPlan != null)
				msgs = ((InternalEObject)crisisPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__CRISIS_PLAN, null, msgs);
			if (newCrisisPlan != null)
				msgs = ((InternalEObject)newCrisisPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__CRISIS_PLAN, null, msgs);
			msgs = basicSetCrisisPlan(newCrisisPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__CRISIS_PLAN, newCrisisPlan, newCrisisPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBudget(Budget newBudget, NotificationChain msgs) {
		Budget oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__BUDGET, oldBudget, newBudget);
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
	public void setBudget(Budget newBudget) {
		if (newBudget != budget) {
			NotificationChain msgs = null;
			if (budget != null)
				msgs = ((InternalEObject)budget).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__BUDGET, null, msgs);
			if (newBudget != null)
				msgs = ((InternalEObject)newBudget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__BUDGET, null, msgs);
			msgs = basicSetBudget(newBudget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__BUDGET, newBudget, newBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewCadence getReviewCadence() {
		return reviewCadence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReviewCadence(ReviewCadence newReviewCadence, NotificationChain msgs) {
		ReviewCadence oldReviewCadence = reviewCadence;
		reviewCadence = newReviewCadence;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__REVIEW_CADENCE, oldReviewCadence, newReviewCadence);
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
	public void setReviewCadence(ReviewCadence newReviewCadence) {
		if (newReviewCadence != reviewCadence) {
			NotificationChain msgs = null;
			if (reviewCadence != null)
				msgs = ((InternalEObject)reviewCadence).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__REVIEW_CADENCE, null, msgs);
			if (newReviewCadence != null)
				msgs = ((InternalEObject)newReviewCadence).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlaybookPackage.STRATEGY__REVIEW_CADENCE, null, msgs);
			msgs = basicSetReviewCadence(newReviewCadence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.STRATEGY__REVIEW_CADENCE, newReviewCadence, newReviewCadence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<Measurement>(Measurement.class, this, PlaybookPackage.STRATEGY__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AppliedPractice> getAppliedPractices() {
		if (appliedPractices == null) {
			appliedPractices = new EObjectContainmentEList<AppliedPractice>(AppliedPractice.class, this, PlaybookPackage.STRATEGY__APPLIED_PRACTICES);
		}
		return appliedPractices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlaybookPackage.STRATEGY__PURPOSE:
				return basicSetPurpose(null, msgs);
			case PlaybookPackage.STRATEGY__SITUATION:
				return basicSetSituation(null, msgs);
			case PlaybookPackage.STRATEGY__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.STRATEGY__POSITIONING:
				return basicSetPositioning(null, msgs);
			case PlaybookPackage.STRATEGY__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.STRATEGY__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.STRATEGY__TACTICS:
				return ((InternalEList<?>)getTactics()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.STRATEGY__CONTENT_PLAN:
				return basicSetContentPlan(null, msgs);
			case PlaybookPackage.STRATEGY__LISTENING:
				return basicSetListening(null, msgs);
			case PlaybookPackage.STRATEGY__GOVERNANCE:
				return basicSetGovernance(null, msgs);
			case PlaybookPackage.STRATEGY__CRISIS_PLAN:
				return basicSetCrisisPlan(null, msgs);
			case PlaybookPackage.STRATEGY__BUDGET:
				return basicSetBudget(null, msgs);
			case PlaybookPackage.STRATEGY__REVIEW_CADENCE:
				return basicSetReviewCadence(null, msgs);
			case PlaybookPackage.STRATEGY__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
			case PlaybookPackage.STRATEGY__APPLIED_PRACTICES:
				return ((InternalEList<?>)getAppliedPractices()).basicRemove(otherEnd, msgs);
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
			case PlaybookPackage.STRATEGY__NAME:
				return getName();
			case PlaybookPackage.STRATEGY__ID:
				return getId();
			case PlaybookPackage.STRATEGY__START_DATE:
				return getStartDate();
			case PlaybookPackage.STRATEGY__END_DATE:
				return getEndDate();
			case PlaybookPackage.STRATEGY__PURPOSE:
				return getPurpose();
			case PlaybookPackage.STRATEGY__SITUATION:
				return getSituation();
			case PlaybookPackage.STRATEGY__PERSONAS:
				return getPersonas();
			case PlaybookPackage.STRATEGY__POSITIONING:
				return getPositioning();
			case PlaybookPackage.STRATEGY__METRICS:
				return getMetrics();
			case PlaybookPackage.STRATEGY__GOALS:
				return getGoals();
			case PlaybookPackage.STRATEGY__TACTICS:
				return getTactics();
			case PlaybookPackage.STRATEGY__CONTENT_PLAN:
				return getContentPlan();
			case PlaybookPackage.STRATEGY__LISTENING:
				return getListening();
			case PlaybookPackage.STRATEGY__GOVERNANCE:
				return getGovernance();
			case PlaybookPackage.STRATEGY__CRISIS_PLAN:
				return getCrisisPlan();
			case PlaybookPackage.STRATEGY__BUDGET:
				return getBudget();
			case PlaybookPackage.STRATEGY__REVIEW_CADENCE:
				return getReviewCadence();
			case PlaybookPackage.STRATEGY__MEASUREMENTS:
				return getMeasurements();
			case PlaybookPackage.STRATEGY__APPLIED_PRACTICES:
				return getAppliedPractices();
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
			case PlaybookPackage.STRATEGY__NAME:
				setName((String)newValue);
				return;
			case PlaybookPackage.STRATEGY__ID:
				setId((String)newValue);
				return;
			case PlaybookPackage.STRATEGY__START_DATE:
				setStartDate((Date)newValue);
				return;
			case PlaybookPackage.STRATEGY__END_DATE:
				setEndDate((Date)newValue);
				return;
			case PlaybookPackage.STRATEGY__PURPOSE:
				setPurpose((Purpose)newValue);
				return;
			case PlaybookPackage.STRATEGY__SITUATION:
				setSituation((Situation)newValue);
				return;
			case PlaybookPackage.STRATEGY__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case PlaybookPackage.STRATEGY__POSITIONING:
				setPositioning((Positioning)newValue);
				return;
			case PlaybookPackage.STRATEGY__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends Metric>)newValue);
				return;
			case PlaybookPackage.STRATEGY__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case PlaybookPackage.STRATEGY__TACTICS:
				getTactics().clear();
				getTactics().addAll((Collection<? extends Tactic>)newValue);
				return;
			case PlaybookPackage.STRATEGY__CONTENT_PLAN:
				setContentPlan((ContentPlan)newValue);
				return;
			case PlaybookPackage.STRATEGY__LISTENING:
				setListening((Listening)newValue);
				return;
			case PlaybookPackage.STRATEGY__GOVERNANCE:
				setGovernance((Governance)newValue);
				return;
			case PlaybookPackage.STRATEGY__CRISIS_PLAN:
				setCrisisPlan((CrisisPlan)newValue);
				return;
			case PlaybookPackage.STRATEGY__BUDGET:
				setBudget((Budget)newValue);
				return;
			case PlaybookPackage.STRATEGY__REVIEW_CADENCE:
				setReviewCadence((ReviewCadence)newValue);
				return;
			case PlaybookPackage.STRATEGY__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
				return;
			case PlaybookPackage.STRATEGY__APPLIED_PRACTICES:
				getAppliedPractices().clear();
				getAppliedPractices().addAll((Collection<? extends AppliedPractice>)newValue);
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
			case PlaybookPackage.STRATEGY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PlaybookPackage.STRATEGY__ID:
				setId(ID_EDEFAULT);
				return;
			case PlaybookPackage.STRATEGY__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case PlaybookPackage.STRATEGY__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case PlaybookPackage.STRATEGY__PURPOSE:
				setPurpose((Purpose)null);
				return;
			case PlaybookPackage.STRATEGY__SITUATION:
				setSituation((Situation)null);
				return;
			case PlaybookPackage.STRATEGY__PERSONAS:
				getPersonas().clear();
				return;
			case PlaybookPackage.STRATEGY__POSITIONING:
				setPositioning((Positioning)null);
				return;
			case PlaybookPackage.STRATEGY__METRICS:
				getMetrics().clear();
				return;
			case PlaybookPackage.STRATEGY__GOALS:
				getGoals().clear();
				return;
			case PlaybookPackage.STRATEGY__TACTICS:
				getTactics().clear();
				return;
			case PlaybookPackage.STRATEGY__CONTENT_PLAN:
				setContentPlan((ContentPlan)null);
				return;
			case PlaybookPackage.STRATEGY__LISTENING:
				setListening((Listening)null);
				return;
			case PlaybookPackage.STRATEGY__GOVERNANCE:
				setGovernance((Governance)null);
				return;
			case PlaybookPackage.STRATEGY__CRISIS_PLAN:
				setCrisisPlan((CrisisPlan)null);
				return;
			case PlaybookPackage.STRATEGY__BUDGET:
				setBudget((Budget)null);
				return;
			case PlaybookPackage.STRATEGY__REVIEW_CADENCE:
				setReviewCadence((ReviewCadence)null);
				return;
			case PlaybookPackage.STRATEGY__MEASUREMENTS:
				getMeasurements().clear();
				return;
			case PlaybookPackage.STRATEGY__APPLIED_PRACTICES:
				getAppliedPractices().clear();
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
			case PlaybookPackage.STRATEGY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PlaybookPackage.STRATEGY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PlaybookPackage.STRATEGY__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case PlaybookPackage.STRATEGY__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case PlaybookPackage.STRATEGY__PURPOSE:
				return purpose != null;
			case PlaybookPackage.STRATEGY__SITUATION:
				return situation != null;
			case PlaybookPackage.STRATEGY__PERSONAS:
				return personas != null && !personas.isEmpty();
			case PlaybookPackage.STRATEGY__POSITIONING:
				return positioning != null;
			case PlaybookPackage.STRATEGY__METRICS:
				return metrics != null && !metrics.isEmpty();
			case PlaybookPackage.STRATEGY__GOALS:
				return goals != null && !goals.isEmpty();
			case PlaybookPackage.STRATEGY__TACTICS:
				return tactics != null && !tactics.isEmpty();
			case PlaybookPackage.STRATEGY__CONTENT_PLAN:
				return contentPlan != null;
			case PlaybookPackage.STRATEGY__LISTENING:
				return listening != null;
			case PlaybookPackage.STRATEGY__GOVERNANCE:
				return governance != null;
			case PlaybookPackage.STRATEGY__CRISIS_PLAN:
				return crisisPlan != null;
			case PlaybookPackage.STRATEGY__BUDGET:
				return budget != null;
			case PlaybookPackage.STRATEGY__REVIEW_CADENCE:
				return reviewCadence != null;
			case PlaybookPackage.STRATEGY__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
			case PlaybookPackage.STRATEGY__APPLIED_PRACTICES:
				return appliedPractices != null && !appliedPractices.isEmpty();
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
		result.append(", id: ");
		result.append(id);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(')');
		return result.toString();
	}

} //StrategyImpl
