package org.playbook.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.IDescriptionProvider;
import org.eclipse.ui.ide.IDE;
import org.playbook.model.Client;
import org.playbook.model.ClientStatus;
import org.playbook.model.Strategy;
import org.playbook.ui.viewers.ItemProviderLabels;
import org.playbook.workspace.FileProblems;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.models.ModelService;

/**
 * Clients by name with their industry and status in grey; strategies by their name (the
 * file name when it cannot be read, with the reason); sections as the item providers say.
 */
public class ClientsLabels extends LabelProvider implements IStyledLabelProvider, IDescriptionProvider {
	private final ItemProviderLabels model = new ItemProviderLabels();

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof IProject project) {
			Client client = Navigation.clientOf(project);
			StyledString text = new StyledString(client != null && client.getName() != null ? client.getName() : project.getName());
			String details = details(client);
			if (!details.isEmpty()) {
				text.append("  " + details, StyledString.DECORATIONS_STYLER);
			}
			return text;
		}
		if (element instanceof IFile file && ClientsContent.isStrategy(file)) {
			LoadResult<Strategy> strategy = ModelService.get().read(file, Strategy.class);
			if (!strategy.isOk()) {
				return new StyledString(file.getName()).append("  " + NLS.bind(Messages.ClientsLabels_cannotBeRead, FileProblems.withinFile(strategy.diagnostic())), StyledString.QUALIFIER_STYLER);
			}
			String name = strategy.root().getName();
			return new StyledString(name == null || name.isBlank() ? file.getName() : name);
		}
		return new StyledString(model.getText(element));
	}

	/** "Coffee · Paused": what a strategist filters by, shown where it is filtered. */
	static String details(Client client) {
		if (client == null) {
			return "";
		}
		StringBuilder details = new StringBuilder(client.getIndustry() == null ? "" : client.getIndustry());
		if (client.getStatus() != ClientStatus.ACTIVE) {
			details.append(details.isEmpty() ? "" : " \u00b7 ").append(org.playbook.model.labels.Labels.of(client.getStatus()));
		}
		return details.toString();
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof IProject) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(IDE.SharedImages.IMG_OBJ_PROJECT);
		}
		if (element instanceof IFile file) {
			return ModelService.get().read(file, Strategy.class).isOk()
					? model.getImage(Navigation.strategyOf(file))
					: PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		}
		return model.getImage(element);
	}

	@Override
	public String getDescription(Object element) {
		if (element instanceof IResource resource) {
			return resource.getFullPath().makeRelative().toString();
		}
		return getText(element);
	}

	@Override
	public void dispose() {
		model.dispose();
		super.dispose();
	}
}
