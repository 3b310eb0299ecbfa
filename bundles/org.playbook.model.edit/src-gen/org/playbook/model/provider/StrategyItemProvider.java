/**
 */
package org.playbook.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Strategy;

/**
 * This is the item provider adapter for a {@link org.playbook.model.Strategy} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StrategyItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StrategyItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addIdPropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addEndDatePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Strategy_name_feature"),
				 getString("_UI_Strategy_name_description"),
				 PlaybookPackage.Literals.STRATEGY__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StrategyPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Strategy_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Strategy_id_feature", "_UI_Strategy_type"),
				 PlaybookPackage.Literals.STRATEGY__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Strategy_startDate_feature"),
				 getString("_UI_Strategy_startDate_description"),
				 PlaybookPackage.Literals.STRATEGY__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StrategyPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Strategy_endDate_feature"),
				 getString("_UI_Strategy_endDate_description"),
				 PlaybookPackage.Literals.STRATEGY__END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_StrategyPropertyCategory"),
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__PURPOSE);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__SITUATION);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__PERSONAS);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__POSITIONING);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__METRICS);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__GOALS);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__TACTICS);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__CONTENT_PLAN);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__LISTENING);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__GOVERNANCE);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__CRISIS_PLAN);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__BUDGET);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__REVIEW_CADENCE);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__MEASUREMENTS);
			childrenFeatures.add(PlaybookPackage.Literals.STRATEGY__APPLIED_PRACTICES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Strategy.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Strategy"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Strategy)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Strategy_type") :
			getString("_UI_Strategy_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Strategy.class)) {
			case PlaybookPackage.STRATEGY__NAME:
			case PlaybookPackage.STRATEGY__ID:
			case PlaybookPackage.STRATEGY__START_DATE:
			case PlaybookPackage.STRATEGY__END_DATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PlaybookPackage.STRATEGY__PURPOSE:
			case PlaybookPackage.STRATEGY__SITUATION:
			case PlaybookPackage.STRATEGY__PERSONAS:
			case PlaybookPackage.STRATEGY__POSITIONING:
			case PlaybookPackage.STRATEGY__METRICS:
			case PlaybookPackage.STRATEGY__GOALS:
			case PlaybookPackage.STRATEGY__TACTICS:
			case PlaybookPackage.STRATEGY__CONTENT_PLAN:
			case PlaybookPackage.STRATEGY__LISTENING:
			case PlaybookPackage.STRATEGY__GOVERNANCE:
			case PlaybookPackage.STRATEGY__CRISIS_PLAN:
			case PlaybookPackage.STRATEGY__BUDGET:
			case PlaybookPackage.STRATEGY__REVIEW_CADENCE:
			case PlaybookPackage.STRATEGY__MEASUREMENTS:
			case PlaybookPackage.STRATEGY__APPLIED_PRACTICES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__PURPOSE,
				 PlaybookFactory.eINSTANCE.createPurpose()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__SITUATION,
				 PlaybookFactory.eINSTANCE.createSituation()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__PERSONAS,
				 PlaybookFactory.eINSTANCE.createPersona()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__POSITIONING,
				 PlaybookFactory.eINSTANCE.createPositioning()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__METRICS,
				 PlaybookFactory.eINSTANCE.createMetric()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__GOALS,
				 PlaybookFactory.eINSTANCE.createGoal()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__TACTICS,
				 PlaybookFactory.eINSTANCE.createTactic()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__CONTENT_PLAN,
				 PlaybookFactory.eINSTANCE.createContentPlan()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__LISTENING,
				 PlaybookFactory.eINSTANCE.createListening()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__GOVERNANCE,
				 PlaybookFactory.eINSTANCE.createGovernance()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__CRISIS_PLAN,
				 PlaybookFactory.eINSTANCE.createCrisisPlan()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__BUDGET,
				 PlaybookFactory.eINSTANCE.createBudget()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__REVIEW_CADENCE,
				 PlaybookFactory.eINSTANCE.createReviewCadence()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__MEASUREMENTS,
				 PlaybookFactory.eINSTANCE.createMeasurement()));

		newChildDescriptors.add
			(createChildParameter
				(PlaybookPackage.Literals.STRATEGY__APPLIED_PRACTICES,
				 PlaybookFactory.eINSTANCE.createAppliedPractice()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return PlaybookEditPlugin.INSTANCE;
	}

}
