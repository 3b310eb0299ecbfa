package org.playbook.audit.ui;

import org.eclipse.osgi.util.NLS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.playbook.model.Client;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.Strategy;
import org.playbook.report.ReportExporter;
import org.playbook.report.Reports;
import org.playbook.report.StrategyReport;
import org.playbook.workspace.projects.ClientProjects;
import org.playbook.workspace.models.ModelService;

/**
 * "Export Report...": the report of the clients or strategies selected in the Clients view
 * (several at once), or of the strategy in the active editor, in a format picked from the
 * exporters there are, written in the background.
 */
public class ExportReportHandler extends AbstractHandler {
	public static final String FORMAT_TITLE = Messages.ExportReportHandler_exportReport;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		List<Client> clients = clientsOf(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (clients.isEmpty()) {
			MessageDialog.openInformation(shell, FORMAT_TITLE, Messages.ExportReportHandler_selectClientsOrStrategies);
			return null;
		}
		ListDialog formats = new ListDialog(shell);
		formats.setTitle(FORMAT_TITLE);
		formats.setMessage(NLS.bind(Messages.ExportReportHandler_exportStrategiesAs, clients.stream().mapToInt(c -> c.getStrategies().size()).sum()));
		formats.setContentProvider(ArrayContentProvider.getInstance());
		formats.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object exporter) {
				return ((ReportExporter) exporter).label();
			}
		});
		List<ReportExporter> exporters = Reports.exporters();
		formats.setInput(exporters);
		formats.setInitialSelections(exporters.get(0));
		if (formats.open() != ListDialog.OK || formats.getResult().length == 0) {
			return null;
		}
		ReportExporter exporter = (ReportExporter) formats.getResult()[0];
		FileDialog where = new FileDialog(shell, SWT.SAVE);
		where.setOverwrite(true);
		where.setFilterExtensions(new String[] { "*." + exporter.fileExtension() });
		where.setFileName((clients.size() == 1 ? ClientProjects.folderName(clients.get(0).getName()) : "clients") + "-report." + exporter.fileExtension());
		String file = where.open();
		if (file != null) {
			export(clients, exporter, Path.of(file)).schedule();
		}
		return file;
	}

	/** The job that gathers the reports and writes the file; a failure is reported with the file and the reason. */
	public static Job export(List<Client> clients, ReportExporter exporter, Path file) {
		Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
		return Job.create(NLS.bind(Messages.ExportReportHandler_exportingTheReportTo, file.getFileName()), monitor -> {
			try {
				List<StrategyReport> reports = Reports.gather(clients, workspace);
				Reports.write(exporter, reports, file);
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("The report was not written to " + file + ": " + e.getMessage(), e);
			}
		});
	}

	private static Strategy strategyOf(IFile file) {
		return ModelService.get().read(file, Strategy.class).root();
	}

	/** The clients (each with the selected strategies, or all of its strategies) a selection stands for. */
	public static List<Client> clientsOf(ISelection selection, IEditorPart editor) {
		Map<IProject, List<Strategy>> chosen = new LinkedHashMap<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				if (element instanceof IProject project && ClientProjects.isClient(project)) {
					chosen.computeIfAbsent(project, p -> new ArrayList<>()).addAll(ClientProjects.strategies(project).stream()
							.map(ExportReportHandler::strategyOf).filter(java.util.Objects::nonNull).toList());
				} else if (element instanceof IFile file && strategyOf(file) != null) {
					chosen.computeIfAbsent(file.getProject(), p -> new ArrayList<>()).add(strategyOf(file));
				}
			}
		}
		if (chosen.isEmpty() && Adapters.adapt(editor, Strategy.class) instanceof Strategy strategy) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			Client client = PlaybookFactory.eINSTANCE.createClient();
			client.setName(file == null ? "" : ClientProjects.nameOf(file.getProject()));
			client.getStrategies().add(strategy);
			return List.of(client);
		}
		List<Client> clients = new ArrayList<>();
		for (Map.Entry<IProject, List<Strategy>> entry : chosen.entrySet()) {
			Client client = PlaybookFactory.eINSTANCE.createClient();
			client.setName(ClientProjects.nameOf(entry.getKey()));
			client.getStrategies().addAll(entry.getValue().stream().distinct().toList());
			clients.add(client);
		}
		return clients;
	}
}
