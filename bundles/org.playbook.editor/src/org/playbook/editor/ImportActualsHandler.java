package org.playbook.editor;

import org.eclipse.osgi.util.NLS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.playbook.model.PlaybookPackage.Literals;
import org.playbook.model.Strategy;
import org.playbook.report.actuals.ActualsException;
import org.playbook.report.actuals.ActualsImport;
import org.playbook.report.actuals.ActualsReader;
import org.playbook.report.actuals.ColumnMapping;

/**
 * "Import Actuals (CSV)...": a social tool's export of posts becomes the strategy's
 * measurements, as one command (undone at once; a file imported before replaces what it
 * brought then), so the health summary compares what was
 * posted with the plan. A file that cannot be imported says why and on which line, and
 * nothing is added.
 */
public class ImportActualsHandler extends AbstractHandler {
	public static final String ERROR_TITLE = Messages.ImportActualsHandler_actualsNotImported;
	/** Enough of the posts off the brand voice to act on; the rest are counted. */
	private static final int MOST_SHOWN = 10;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof StrategyEditor editor) || editor.strategy() == null) {
			return null;
		}
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.OPEN);
		dialog.setText(Messages.ImportActualsHandler_importACsvExport);
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		String file = dialog.open();
		if (file == null) {
			return null;
		}
		try {
			ActualsImport actuals = importInto(editor, Path.of(file));
			if (!actuals.offVoice().isEmpty()) {
				List<String> shown = actuals.offVoice().subList(0, Math.min(MOST_SHOWN, actuals.offVoice().size()));
				MessageDialog.openWarning(HandlerUtil.getActiveShell(event), Messages.ImportActualsHandler_offTheBrandVoice,
						NLS.bind(Messages.ImportActualsHandler_postsLeftTheVoice, actuals.offVoice().size(), String.join("\n", shown)));
			}
			return actuals;
		} catch (ActualsException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), ERROR_TITLE, NLS.bind(Messages.ImportActualsHandler_nothingWasImported, e.getMessage()));
			return null;
		}
	}

	/** Reads the export and adds it to the editor's strategy as one command; answers what was added. */
	static ActualsImport importInto(StrategyEditor editor, Path file) throws ActualsException {
		Strategy strategy = editor.strategy();
		ActualsImport actuals = ActualsImport.of(strategy, new ActualsReader(ColumnMapping.automatic(), null).read(file),
				"import: " + file.getFileName());
		EditingDomain domain = editor.domain();
		List<Command> adds = new ArrayList<>();
		if (!actuals.replaced().isEmpty()) {
			adds.add(RemoveCommand.create(domain, strategy, Literals.STRATEGY__MEASUREMENTS, actuals.replaced()));
		}
		if (!actuals.newMetrics().isEmpty()) {
			adds.add(AddCommand.create(domain, strategy, Literals.STRATEGY__METRICS, actuals.newMetrics()));
		}
		adds.add(AddCommand.create(domain, strategy, Literals.STRATEGY__MEASUREMENTS, actuals.measurements()));
		domain.getCommandStack().execute(new CompoundCommand(NLS.bind(Messages.ImportActualsHandler_importActualsFrom, file.getFileName()), adds));
		return actuals;
	}
}
