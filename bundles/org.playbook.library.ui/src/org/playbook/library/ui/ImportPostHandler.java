package org.playbook.library.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File → Import Blog Post...: the import wizard. */
public class ImportPostHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new WizardDialog(HandlerUtil.getActiveShell(event), new ImportPostWizard()).open();
		return null;
	}
}
