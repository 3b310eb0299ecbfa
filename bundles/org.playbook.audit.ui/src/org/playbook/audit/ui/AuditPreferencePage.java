package org.playbook.audit.ui;

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
		setDescription("What the audit calls too promotional, too rare, too scattered or too slow. Strategies are audited again when saved.");
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor promotional = new IntegerFieldEditor(Thresholds.MAX_PROMOTIONAL_SHARE, "Most promotional share of the content (%):",
				getFieldEditorParent());
		promotional.setValidRange(0, 100);
		addField(promotional);
		addField(new DecimalFieldEditor(Thresholds.MIN_POSTS_PER_WEEK, "Fewest posts a week on a network:"));
		IntegerFieldEditor networks = new IntegerFieldEditor(Thresholds.MAX_NETWORKS_WITHOUT_PRIMARY, "Most networks without a primary one:",
				getFieldEditorParent());
		networks.setValidRange(1, 20);
		addField(networks);
		addField(new DecimalFieldEditor(Thresholds.MAX_RESPONSE_HOURS, "Slowest answer to aim for (hours):"));
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	/** A field for a non-negative decimal number. */
	private final class DecimalFieldEditor extends StringFieldEditor {
		DecimalFieldEditor(String name, String label) {
			super(name, label, getFieldEditorParent());
			setErrorMessage(label + " takes a number, e.g. 0.5");
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
