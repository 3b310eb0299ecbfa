/**
 */
package org.playbook.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.playbook.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlaybookFactoryImpl extends EFactoryImpl implements PlaybookFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PlaybookFactory init() {
		try {
			PlaybookFactory thePlaybookFactory = (PlaybookFactory)EPackage.Registry.INSTANCE.getEFactory(PlaybookPackage.eNS_URI);
			if (thePlaybookFactory != null) {
				return thePlaybookFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PlaybookFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlaybookFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PlaybookPackage.CLIENT: return createClient();
			case PlaybookPackage.CONTACT: return createContact();
			case PlaybookPackage.STRATEGY: return createStrategy();
			case PlaybookPackage.PURPOSE: return createPurpose();
			case PlaybookPackage.SITUATION: return createSituation();
			case PlaybookPackage.SWOT_ITEM: return createSwotItem();
			case PlaybookPackage.COMPETITOR: return createCompetitor();
			case PlaybookPackage.MARKET_TREND: return createMarketTrend();
			case PlaybookPackage.PERSONA: return createPersona();
			case PlaybookPackage.POSITIONING: return createPositioning();
			case PlaybookPackage.METRIC: return createMetric();
			case PlaybookPackage.GOAL: return createGoal();
			case PlaybookPackage.TACTIC: return createTactic();
			case PlaybookPackage.CONTENT_PLAN: return createContentPlan();
			case PlaybookPackage.CONTENT_PILLAR: return createContentPillar();
			case PlaybookPackage.CALENDAR_ENTRY: return createCalendarEntry();
			case PlaybookPackage.LISTENING: return createListening();
			case PlaybookPackage.GOVERNANCE: return createGovernance();
			case PlaybookPackage.BRAND_VOICE: return createBrandVoice();
			case PlaybookPackage.ROLE: return createRole();
			case PlaybookPackage.APPROVAL_STEP: return createApprovalStep();
			case PlaybookPackage.CRISIS_PLAN: return createCrisisPlan();
			case PlaybookPackage.ESCALATION_STEP: return createEscalationStep();
			case PlaybookPackage.HOLDING_STATEMENT: return createHoldingStatement();
			case PlaybookPackage.BUDGET: return createBudget();
			case PlaybookPackage.BUDGET_LINE: return createBudgetLine();
			case PlaybookPackage.REVIEW_CADENCE: return createReviewCadence();
			case PlaybookPackage.MEASUREMENT: return createMeasurement();
			case PlaybookPackage.APPLIED_PRACTICE: return createAppliedPractice();
			case PlaybookPackage.PRACTICE_LIBRARY: return createPracticeLibrary();
			case PlaybookPackage.SOURCE: return createSource();
			case PlaybookPackage.PRACTICE: return createPractice();
			case PlaybookPackage.SOURCE_REF: return createSourceRef();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PlaybookPackage.CLIENT_STATUS:
				return createClientStatusFromString(eDataType, initialValue);
			case PlaybookPackage.NETWORK:
				return createNetworkFromString(eDataType, initialValue);
			case PlaybookPackage.CONTENT_TYPE:
				return createContentTypeFromString(eDataType, initialValue);
			case PlaybookPackage.CONTENT_INTENT:
				return createContentIntentFromString(eDataType, initialValue);
			case PlaybookPackage.SWOT_KIND:
				return createSwotKindFromString(eDataType, initialValue);
			case PlaybookPackage.SENIORITY:
				return createSeniorityFromString(eDataType, initialValue);
			case PlaybookPackage.METRIC_DIRECTION:
				return createMetricDirectionFromString(eDataType, initialValue);
			case PlaybookPackage.REVIEW_FREQUENCY:
				return createReviewFrequencyFromString(eDataType, initialValue);
			case PlaybookPackage.PRACTICE_CATEGORY:
				return createPracticeCategoryFromString(eDataType, initialValue);
			case PlaybookPackage.POLARITY:
				return createPolarityFromString(eDataType, initialValue);
			case PlaybookPackage.PRACTICE_STATUS:
				return createPracticeStatusFromString(eDataType, initialValue);
			case PlaybookPackage.APPROVAL_STATE:
				return createApprovalStateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PlaybookPackage.CLIENT_STATUS:
				return convertClientStatusToString(eDataType, instanceValue);
			case PlaybookPackage.NETWORK:
				return convertNetworkToString(eDataType, instanceValue);
			case PlaybookPackage.CONTENT_TYPE:
				return convertContentTypeToString(eDataType, instanceValue);
			case PlaybookPackage.CONTENT_INTENT:
				return convertContentIntentToString(eDataType, instanceValue);
			case PlaybookPackage.SWOT_KIND:
				return convertSwotKindToString(eDataType, instanceValue);
			case PlaybookPackage.SENIORITY:
				return convertSeniorityToString(eDataType, instanceValue);
			case PlaybookPackage.METRIC_DIRECTION:
				return convertMetricDirectionToString(eDataType, instanceValue);
			case PlaybookPackage.REVIEW_FREQUENCY:
				return convertReviewFrequencyToString(eDataType, instanceValue);
			case PlaybookPackage.PRACTICE_CATEGORY:
				return convertPracticeCategoryToString(eDataType, instanceValue);
			case PlaybookPackage.POLARITY:
				return convertPolarityToString(eDataType, instanceValue);
			case PlaybookPackage.PRACTICE_STATUS:
				return convertPracticeStatusToString(eDataType, instanceValue);
			case PlaybookPackage.APPROVAL_STATE:
				return convertApprovalStateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Client createClient() {
		ClientImpl client = new ClientImpl();
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy createStrategy() {
		StrategyImpl strategy = new StrategyImpl();
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Purpose createPurpose() {
		PurposeImpl purpose = new PurposeImpl();
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Situation createSituation() {
		SituationImpl situation = new SituationImpl();
		return situation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwotItem createSwotItem() {
		SwotItemImpl swotItem = new SwotItemImpl();
		return swotItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Competitor createCompetitor() {
		CompetitorImpl competitor = new CompetitorImpl();
		return competitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarketTrend createMarketTrend() {
		MarketTrendImpl marketTrend = new MarketTrendImpl();
		return marketTrend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona createPersona() {
		PersonaImpl persona = new PersonaImpl();
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Positioning createPositioning() {
		PositioningImpl positioning = new PositioningImpl();
		return positioning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric() {
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tactic createTactic() {
		TacticImpl tactic = new TacticImpl();
		return tactic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentPlan createContentPlan() {
		ContentPlanImpl contentPlan = new ContentPlanImpl();
		return contentPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentPillar createContentPillar() {
		ContentPillarImpl contentPillar = new ContentPillarImpl();
		return contentPillar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CalendarEntry createCalendarEntry() {
		CalendarEntryImpl calendarEntry = new CalendarEntryImpl();
		return calendarEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Listening createListening() {
		ListeningImpl listening = new ListeningImpl();
		return listening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Governance createGovernance() {
		GovernanceImpl governance = new GovernanceImpl();
		return governance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BrandVoice createBrandVoice() {
		BrandVoiceImpl brandVoice = new BrandVoiceImpl();
		return brandVoice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole() {
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApprovalStep createApprovalStep() {
		ApprovalStepImpl approvalStep = new ApprovalStepImpl();
		return approvalStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrisisPlan createCrisisPlan() {
		CrisisPlanImpl crisisPlan = new CrisisPlanImpl();
		return crisisPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EscalationStep createEscalationStep() {
		EscalationStepImpl escalationStep = new EscalationStepImpl();
		return escalationStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HoldingStatement createHoldingStatement() {
		HoldingStatementImpl holdingStatement = new HoldingStatementImpl();
		return holdingStatement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget createBudget() {
		BudgetImpl budget = new BudgetImpl();
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine createBudgetLine() {
		BudgetLineImpl budgetLine = new BudgetLineImpl();
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewCadence createReviewCadence() {
		ReviewCadenceImpl reviewCadence = new ReviewCadenceImpl();
		return reviewCadence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement createMeasurement() {
		MeasurementImpl measurement = new MeasurementImpl();
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppliedPractice createAppliedPractice() {
		AppliedPracticeImpl appliedPractice = new AppliedPracticeImpl();
		return appliedPractice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PracticeLibrary createPracticeLibrary() {
		PracticeLibraryImpl practiceLibrary = new PracticeLibraryImpl();
		return practiceLibrary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source createSource() {
		SourceImpl source = new SourceImpl();
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Practice createPractice() {
		PracticeImpl practice = new PracticeImpl();
		return practice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceRef createSourceRef() {
		SourceRefImpl sourceRef = new SourceRefImpl();
		return sourceRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClientStatus createClientStatusFromString(EDataType eDataType, String initialValue) {
		ClientStatus result = ClientStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClientStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Network createNetworkFromString(EDataType eDataType, String initialValue) {
		Network result = Network.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNetworkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentType createContentTypeFromString(EDataType eDataType, String initialValue) {
		ContentType result = ContentType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContentTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentIntent createContentIntentFromString(EDataType eDataType, String initialValue) {
		ContentIntent result = ContentIntent.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContentIntentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwotKind createSwotKindFromString(EDataType eDataType, String initialValue) {
		SwotKind result = SwotKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSwotKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Seniority createSeniorityFromString(EDataType eDataType, String initialValue) {
		Seniority result = Seniority.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeniorityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetricDirection createMetricDirectionFromString(EDataType eDataType, String initialValue) {
		MetricDirection result = MetricDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMetricDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewFrequency createReviewFrequencyFromString(EDataType eDataType, String initialValue) {
		ReviewFrequency result = ReviewFrequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PracticeCategory createPracticeCategoryFromString(EDataType eDataType, String initialValue) {
		PracticeCategory result = PracticeCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPracticeCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Polarity createPolarityFromString(EDataType eDataType, String initialValue) {
		Polarity result = Polarity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPolarityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PracticeStatus createPracticeStatusFromString(EDataType eDataType, String initialValue) {
		PracticeStatus result = PracticeStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPracticeStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApprovalState createApprovalStateFromString(EDataType eDataType, String initialValue) {
		ApprovalState result = ApprovalState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertApprovalStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlaybookPackage getPlaybookPackage() {
		return (PlaybookPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PlaybookPackage getPackage() {
		return PlaybookPackage.eINSTANCE;
	}

} //PlaybookFactoryImpl
