package org.playbook.audit.ui;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.playbook.audit.builder.AuditMarkers;
import org.playbook.library.ui.PracticeDisplay;

/** "Explain": the practice a finding cites, with its verbatim quote and post, in the Practice view. */
public class ExplainHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IMarker marker = Adapters.adapt(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement(), IMarker.class);
		if (marker == null) {
			return null;
		}
		List<String> practices = AuditMarkers.practiceIds(marker);
		if (practices.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.ExplainHandler_explain, Messages.ExplainHandler_thisFindingCitesNo);
			return null;
		}
		explain(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), practices.get(0));
		return practices.get(0);
	}

	/** Opens the Practice view on the practice; also used by the editor's health summary. */
	public static PracticeDisplay explain(IWorkbenchPage page, String practiceId) throws ExecutionException {
		try {
			return PracticeDisplay.show(page, practiceId);
		} catch (PartInitException e) {
			throw new ExecutionException(Messages.ExplainHandler_thePracticeViewCannot, e);
		}
	}
}
