/**
 */
package org.playbook.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.playbook.model.BrandVoice;
import org.playbook.model.PlaybookPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Brand Voice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.playbook.model.impl.BrandVoiceImpl#getTone <em>Tone</em>}</li>
 *   <li>{@link org.playbook.model.impl.BrandVoiceImpl#getWordsToUse <em>Words To Use</em>}</li>
 *   <li>{@link org.playbook.model.impl.BrandVoiceImpl#getWordsToAvoid <em>Words To Avoid</em>}</li>
 *   <li>{@link org.playbook.model.impl.BrandVoiceImpl#getSamplePost <em>Sample Post</em>}</li>
 *   <li>{@link org.playbook.model.impl.BrandVoiceImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BrandVoiceImpl extends EObjectImpl implements BrandVoice {
	/**
	 * The default value of the '{@link #getTone() <em>Tone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTone()
	 * @generated
	 * @ordered
	 */
	protected static final String TONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTone() <em>Tone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTone()
	 * @generated
	 * @ordered
	 */
	protected String tone = TONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWordsToUse() <em>Words To Use</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordsToUse()
	 * @generated
	 * @ordered
	 */
	protected EList<String> wordsToUse;

	/**
	 * The cached value of the '{@link #getWordsToAvoid() <em>Words To Avoid</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordsToAvoid()
	 * @generated
	 * @ordered
	 */
	protected EList<String> wordsToAvoid;

	/**
	 * The default value of the '{@link #getSamplePost() <em>Sample Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplePost()
	 * @generated
	 * @ordered
	 */
	protected static final String SAMPLE_POST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSamplePost() <em>Sample Post</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplePost()
	 * @generated
	 * @ordered
	 */
	protected String samplePost = SAMPLE_POST_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BrandVoiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlaybookPackage.Literals.BRAND_VOICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTone() {
		return tone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTone(String newTone) {
		String oldTone = tone;
		tone = newTone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.BRAND_VOICE__TONE, oldTone, tone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWordsToUse() {
		if (wordsToUse == null) {
			wordsToUse = new EDataTypeEList<String>(String.class, this, PlaybookPackage.BRAND_VOICE__WORDS_TO_USE);
		}
		return wordsToUse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWordsToAvoid() {
		if (wordsToAvoid == null) {
			wordsToAvoid = new EDataTypeEList<String>(String.class, this, PlaybookPackage.BRAND_VOICE__WORDS_TO_AVOID);
		}
		return wordsToAvoid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSamplePost() {
		return samplePost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamplePost(String newSamplePost) {
		String oldSamplePost = samplePost;
		samplePost = newSamplePost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.BRAND_VOICE__SAMPLE_POST, oldSamplePost, samplePost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlaybookPackage.BRAND_VOICE__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlaybookPackage.BRAND_VOICE__TONE:
				return getTone();
			case PlaybookPackage.BRAND_VOICE__WORDS_TO_USE:
				return getWordsToUse();
			case PlaybookPackage.BRAND_VOICE__WORDS_TO_AVOID:
				return getWordsToAvoid();
			case PlaybookPackage.BRAND_VOICE__SAMPLE_POST:
				return getSamplePost();
			case PlaybookPackage.BRAND_VOICE__NOTES:
				return getNotes();
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
			case PlaybookPackage.BRAND_VOICE__TONE:
				setTone((String)newValue);
				return;
			case PlaybookPackage.BRAND_VOICE__WORDS_TO_USE:
				getWordsToUse().clear();
				getWordsToUse().addAll((Collection<? extends String>)newValue);
				return;
			case PlaybookPackage.BRAND_VOICE__WORDS_TO_AVOID:
				getWordsToAvoid().clear();
				getWordsToAvoid().addAll((Collection<? extends String>)newValue);
				return;
			case PlaybookPackage.BRAND_VOICE__SAMPLE_POST:
				setSamplePost((String)newValue);
				return;
			case PlaybookPackage.BRAND_VOICE__NOTES:
				setNotes((String)newValue);
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
			case PlaybookPackage.BRAND_VOICE__TONE:
				setTone(TONE_EDEFAULT);
				return;
			case PlaybookPackage.BRAND_VOICE__WORDS_TO_USE:
				getWordsToUse().clear();
				return;
			case PlaybookPackage.BRAND_VOICE__WORDS_TO_AVOID:
				getWordsToAvoid().clear();
				return;
			case PlaybookPackage.BRAND_VOICE__SAMPLE_POST:
				setSamplePost(SAMPLE_POST_EDEFAULT);
				return;
			case PlaybookPackage.BRAND_VOICE__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case PlaybookPackage.BRAND_VOICE__TONE:
				return TONE_EDEFAULT == null ? tone != null : !TONE_EDEFAULT.equals(tone);
			case PlaybookPackage.BRAND_VOICE__WORDS_TO_USE:
				return wordsToUse != null && !wordsToUse.isEmpty();
			case PlaybookPackage.BRAND_VOICE__WORDS_TO_AVOID:
				return wordsToAvoid != null && !wordsToAvoid.isEmpty();
			case PlaybookPackage.BRAND_VOICE__SAMPLE_POST:
				return SAMPLE_POST_EDEFAULT == null ? samplePost != null : !SAMPLE_POST_EDEFAULT.equals(samplePost);
			case PlaybookPackage.BRAND_VOICE__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (tone: ");
		result.append(tone);
		result.append(", wordsToUse: ");
		result.append(wordsToUse);
		result.append(", wordsToAvoid: ");
		result.append(wordsToAvoid);
		result.append(", samplePost: ");
		result.append(samplePost);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //BrandVoiceImpl
