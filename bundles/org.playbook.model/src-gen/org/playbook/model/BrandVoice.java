/**
 */
package org.playbook.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Brand Voice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The brand voice guide: how every post should sound, checked by the audit against the planned and the published posts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.BrandVoice#getTone <em>Tone</em>}</li>
 *   <li>{@link org.playbook.model.BrandVoice#getWordsToUse <em>Words To Use</em>}</li>
 *   <li>{@link org.playbook.model.BrandVoice#getWordsToAvoid <em>Words To Avoid</em>}</li>
 *   <li>{@link org.playbook.model.BrandVoice#getSamplePost <em>Sample Post</em>}</li>
 *   <li>{@link org.playbook.model.BrandVoice#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.playbook.model.PlaybookPackage#getBrandVoice()
 * @model
 * @generated
 */
public interface BrandVoice extends EObject {
	/**
	 * Returns the value of the '<em><b>Tone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tone in a few words, e.g. 'warm, plain, confident'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tone</em>' attribute.
	 * @see #setTone(String)
	 * @see org.playbook.model.PlaybookPackage#getBrandVoice_Tone()
	 * @model
	 * @generated
	 */
	String getTone();

	/**
	 * Sets the value of the '{@link org.playbook.model.BrandVoice#getTone <em>Tone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tone</em>' attribute.
	 * @see #getTone()
	 * @generated
	 */
	void setTone(String value);

	/**
	 * Returns the value of the '<em><b>Words To Use</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Words and phrases the brand likes to use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Words To Use</em>' attribute list.
	 * @see org.playbook.model.PlaybookPackage#getBrandVoice_WordsToUse()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getWordsToUse();

	/**
	 * Returns the value of the '<em><b>Words To Avoid</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Words and phrases the brand never uses; the audit finds them in planned and published posts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Words To Avoid</em>' attribute list.
	 * @see org.playbook.model.PlaybookPackage#getBrandVoice_WordsToAvoid()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getWordsToAvoid();

	/**
	 * Returns the value of the '<em><b>Sample Post</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A post that sounds exactly like the brand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sample Post</em>' attribute.
	 * @see #setSamplePost(String)
	 * @see org.playbook.model.PlaybookPackage#getBrandVoice_SamplePost()
	 * @model
	 * @generated
	 */
	String getSamplePost();

	/**
	 * Sets the value of the '{@link org.playbook.model.BrandVoice#getSamplePost <em>Sample Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample Post</em>' attribute.
	 * @see #getSamplePost()
	 * @generated
	 */
	void setSamplePost(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything else the team should know about the voice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.playbook.model.PlaybookPackage#getBrandVoice_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.playbook.model.BrandVoice#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // BrandVoice
