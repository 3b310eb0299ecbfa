/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tactic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something done on one network to serve one or more goals. Tactics are not a strategy: a tactic that serves no goal is a warning sign.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.Tactic#getName <em>Name</em>}</li>
 *   <li>{@link org.playbook.model.Tactic#getDescription <em>Description</em>}</li>
 *   <li>{@link org.playbook.model.Tactic#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.playbook.model.Tactic#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.playbook.model.Tactic#getPostsPerWeek <em>Posts Per Week</em>}</li>
 *   <li>{@link org.playbook.model.Tactic#getContentType <em>Content Type</em>}</li>
 *   <li>{@link org.playbook.model.Tactic#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.playbook.model.Tactic#getGoals <em>Goals</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getTactic()
 * @model
 * @generated
 */
public interface Tactic extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the tactic is, e.g. 'Weekly how-to reel'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.playbook.model.PlaybookPackage#getTactic_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.playbook.model.Tactic#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Details of the tactic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.playbook.model.PlaybookPackage#getTactic_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.playbook.model.Tactic#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Network</b></em>' attribute.
	 * The literals are from the enumeration {@link org.playbook.model.Network}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network the tactic runs on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network</em>' attribute.
	 * @see org.playbook.model.Network
	 * @see #setNetwork(Network)
	 * @see org.playbook.model.PlaybookPackage#getTactic_Network()
	 * @model
	 * @generated
	 */
	Network getNetwork();

	/**
	 * Sets the value of the '{@link org.playbook.model.Tactic#getNetwork <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' attribute.
	 * @see org.playbook.model.Network
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(Network value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this network is where the brand builds its main following before leveraging it elsewhere.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary</em>' attribute.
	 * @see #setPrimary(boolean)
	 * @see org.playbook.model.PlaybookPackage#getTactic_Primary()
	 * @model
	 * @generated
	 */
	boolean isPrimary();

	/**
	 * Sets the value of the '{@link org.playbook.model.Tactic#isPrimary <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' attribute.
	 * @see #isPrimary()
	 * @generated
	 */
	void setPrimary(boolean value);

	/**
	 * Returns the value of the '<em><b>Posts Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many posts per week the tactic plans.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Posts Per Week</em>' attribute.
	 * @see #setPostsPerWeek(double)
	 * @see org.playbook.model.PlaybookPackage#getTactic_PostsPerWeek()
	 * @model
	 * @generated
	 */
	double getPostsPerWeek();

	/**
	 * Sets the value of the '{@link org.playbook.model.Tactic#getPostsPerWeek <em>Posts Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Posts Per Week</em>' attribute.
	 * @see #getPostsPerWeek()
	 * @generated
	 */
	void setPostsPerWeek(double value);

	/**
	 * Returns the value of the '<em><b>Content Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.playbook.model.ContentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The main form of content.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Type</em>' attribute.
	 * @see org.playbook.model.ContentType
	 * @see #setContentType(ContentType)
	 * @see org.playbook.model.PlaybookPackage#getTactic_ContentType()
	 * @model
	 * @generated
	 */
	ContentType getContentType();

	/**
	 * Sets the value of the '{@link org.playbook.model.Tactic#getContentType <em>Content Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Type</em>' attribute.
	 * @see org.playbook.model.ContentType
	 * @see #getContentType()
	 * @generated
	 */
	void setContentType(ContentType value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who carries the tactic out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Role)
	 * @see org.playbook.model.PlaybookPackage#getTactic_Owner()
	 * @model
	 * @generated
	 */
	Role getOwner();

	/**
	 * Sets the value of the '{@link org.playbook.model.Tactic#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Role value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' reference list.
	 * The list contents are of type {@link org.playbook.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The goals this tactic serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' reference list.
	 * @see org.playbook.model.PlaybookPackage#getTactic_Goals()
	 * @model
	 * @generated
	 */
	EList<Goal> getGoals();

} // Tactic
