package org.playbook.audit.ui;

import org.eclipse.osgi.util.NLS;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.playbook.audit.Thresholds;

/** The thresholds the audit judges by, for the agency to set (Window > Preferences > Audit). */
public class AuditPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public AuditPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, Thresholds.QUALIFIER));
		setDescription(Messages.AuditPreferencePage_whatTheAuditCalls);
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor promotional = new IntegerFieldEditor(Thresholds.MAX_PROMOTIONAL_SHARE, Messages.AuditPreferencePage_mostPromotionalShareOf,
				getFieldEditorParent());
		promotional.setValidRange(0, 100);
		addField(promotional);
		addField(new DecimalFieldEditor(Thresholds.MIN_POSTS_PER_WEEK, Messages.AuditPreferencePage_fewestPostsAWeek));
		IntegerFieldEditor networks = new IntegerFieldEditor(Thresholds.MAX_NETWORKS_WITHOUT_PRIMARY, Messages.AuditPreferencePage_mostNetworksWithoutA,
				getFieldEditorParent());
		networks.setValidRange(1, 20);
		addField(networks);
		addField(new DecimalFieldEditor(Thresholds.MAX_RESPONSE_HOURS, Messages.AuditPreferencePage_slowestAnswerToAim));
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	/** A field for a non-negative decimal number. */
	private final class DecimalFieldEditor extends StringFieldEditor {
		DecimalFieldEditor(String name, String label) {
			super(name, label, getFieldEditorParent());
			setErrorMessage(NLS.bind(Messages.AuditPreferencePage_takesANumber, label));
		}

		@Override
		protected boolean doCheckState() {
			try {
				return Double.parseDouble(getStringValue().strip()) >= 0;
			} catch (NumberFormatException e) {
				return false;
			}
		}
	}
}
