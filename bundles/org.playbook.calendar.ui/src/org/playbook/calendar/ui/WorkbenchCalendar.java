package org.playbook.calendar.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.playbook.calendar.AgencyCalendar;
import org.playbook.model.Client;
import org.playbook.model.Strategy;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.models.ModelService;
import org.playbook.workspace.projects.ClientProjects;

/**
 * The agency's calendar as the workbench has it: every client project's client and
 * strategies, read through the model service, so the calendar shows the very objects the
 * editors edit, unsaved changes included. A file that cannot be read is left out.
 */
final class WorkbenchCalendar {
	private WorkbenchCalendar() {
	}

	static AgencyCalendar read() {
		List<AgencyCalendar.Plan> plans = new ArrayList<>();
		ModelService models = ModelService.get();
		for (IProject project : ClientProjects.clients(ResourcesPlugin.getWorkspace().getRoot())) {
			IFile clientFile = ClientProjects.clientFile(project);
			if (!clientFile.exists()) {
				continue;
			}
			LoadResult<Client> client = models.read(clientFile, Client.class);
			if (!client.isOk()) {
				continue;
			}
			for (IFile file : ClientProjects.strategies(project)) {
				LoadResult<Strategy> strategy = models.read(file, Strategy.class);
				if (strategy.isOk()) {
					plans.add(new AgencyCalendar.Plan(client.root(), strategy.root()));
				}
			}
		}
		return AgencyCalendar.ofPlans(plans);
	}

	/** The workspace file a strategy was read from, or null. */
	static IFile fileOf(Strategy strategy) {
		var document = ModelService.get().documentOf(strategy);
		return document == null ? null : document.file();
	}
}
