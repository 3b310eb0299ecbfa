/**
 */
package org.playbook.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.playbook.model.ContentType;
import org.playbook.model.Goal;
import org.playbook.model.Network;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Role;
import org.playbook.model.Tactic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tactic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.TacticImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.impl.TacticImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.playbook.model.impl.TacticImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.playbook.model.impl.TacticImpl#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.playbook.model.impl.TacticImpl#getPostsPerWeek <em>Posts Per Week</em>}</li>
 *   <li>{@link org.playbook.model.impl.TacticImpl#getContentType <em>Content Type</em>}</li>
 *   <li>{@link org.playbook.model.impl.TacticImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.playbook.model.impl.TacticImpl#getGoals <em>Goals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TacticImpl extends EObjectImpl implements Tactic {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected static final Network NETWORK_EDEFAULT = Network.FACEBOOK;

	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected Network network = NETWORK_EDEFAULT;

	/**
	 * The default value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIMARY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected boolean primary = PRIMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostsPerWeek() <em>Posts Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostsPerWeek()
	 * @generated
	 * @ordered
	 */
	protected static final double POSTS_PER_WEEK_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPostsPerWeek() <em>Posts Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostsPerWeek()
	 * @generated
	 * @ordered
	 */
	protected double postsPerWeek = POSTS_PER_WEEK_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentType() <em>Content Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentType()
	 * @generated
	 * @ordered
	 */
	protected static final ContentType CONTENT_TYPE_EDEFAULT = ContentType.TEXT;

	/**
	 * The cached value of the '{@link #getContentType() <em>Content Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentType()
	 * @generated
	 * @ordered
	 */
	protected ContentType contentType = CONTENT_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Role owner;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TacticImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.TACTIC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.TACTIC__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.TACTIC__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetwork(Network newNetwork) {
		Network oldNetwork = network;
		network = newNetwork == null ? NETWORK_EDEFAULT : newNetwork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.TACTIC__NETWORK, oldNetwork, network));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(boolean newPrimary) {
		boolean oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.TACTIC__PRIMARY, oldPrimary, primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPostsPerWeek() {
		return postsPerWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostsPerWeek(double newPostsPerWeek) {
		double oldPostsPerWeek = postsPerWeek;
		postsPerWeek = newPostsPerWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.TACTIC__POSTS_PER_WEEK, oldPostsPerWeek, postsPerWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentType getContentType() {
		return contentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentType(ContentType newContentType) {
		ContentType oldContentType = contentType;
		contentType = newContentType == null ? CONTENT_TYPE_EDEFAULT : newContentType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.TACTIC__CONTENT_TYPE, oldContentType, contentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Role)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlaybookPackage.TACTIC__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Role newOwner) {
		Role oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.TACTIC__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals() {
		if (goals == null) {
			goals = new EObjectResolvingEList<Goal>(Goal.class, this, PlaybookPackage.TACTIC__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.TACTIC__NAME:
				return getName();
			case PlaybookPackage.TACTIC__DESCRIPTION:
				return getDescription();
			case PlaybookPackage.TACTIC__NETWORK:
				return getNetwork();
			case PlaybookPackage.TACTIC__PRIMARY:
				return isPrimary();
			case PlaybookPackage.TACTIC__POSTS_PER_WEEK:
				return getPostsPerWeek();
			case PlaybookPackage.TACTIC__CONTENT_TYPE:
				return getContentType();
			case PlaybookPackage.TACTIC__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case PlaybookPackage.TACTIC__GOALS:
				return getGoals();
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
			case PlaybookPackage.TACTIC__NAME:
				setName((String)newValue);
				return;
			case PlaybookPackage.TACTIC__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PlaybookPackage.TACTIC__NETWORK:
				setNetwork((Network)newValue);
				return;
			case PlaybookPackage.TACTIC__PRIMARY:
				setPrimary((Boolean)newValue);
				return;
			case PlaybookPackage.TACTIC__POSTS_PER_WEEK:
				setPostsPerWeek((Double)newValue);
				return;
			case PlaybookPackage.TACTIC__CONTENT_TYPE:
				setContentType((ContentType)newValue);
				return;
			case PlaybookPackage.TACTIC__OWNER:
				setOwner((Role)newValue);
				return;
			case PlaybookPackage.TACTIC__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
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
			case PlaybookPackage.TACTIC__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PlaybookPackage.TACTIC__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PlaybookPackage.TACTIC__NETWORK:
				setNetwork(NETWORK_EDEFAULT);
				return;
			case PlaybookPackage.TACTIC__PRIMARY:
				setPrimary(PRIMARY_EDEFAULT);
				return;
			case PlaybookPackage.TACTIC__POSTS_PER_WEEK:
				setPostsPerWeek(POSTS_PER_WEEK_EDEFAULT);
				return;
			case PlaybookPackage.TACTIC__CONTENT_TYPE:
				setContentType(CONTENT_TYPE_EDEFAULT);
				return;
			case PlaybookPackage.TACTIC__OWNER:
				setOwner((Role)null);
				return;
			case PlaybookPackage.TACTIC__GOALS:
				getGoals().clear();
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
			case PlaybookPackage.TACTIC__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PlaybookPackage.TACTIC__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PlaybookPackage.TACTIC__NETWORK:
				return network != NETWORK_EDEFAULT;
			case PlaybookPackage.TACTIC__PRIMARY:
				return primary != PRIMARY_EDEFAULT;
			case PlaybookPackage.TACTIC__POSTS_PER_WEEK:
				return postsPerWeek != POSTS_PER_WEEK_EDEFAULT;
			case PlaybookPackage.TACTIC__CONTENT_TYPE:
				return contentType != CONTENT_TYPE_EDEFAULT;
			case PlaybookPackage.TACTIC__OWNER:
				return owner != null;
			case PlaybookPackage.TACTIC__GOALS:
				return goals != null && !goals.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", network: ");
		result.append(network);
		result.append(", primary: ");
		result.append(primary);
		result.append(", postsPerWeek: ");
		result.append(postsPerWeek);
		result.append(", contentType: ");
		result.append(contentType);
		result.append(')');
		return result.toString();
	}

} //TacticImpl
