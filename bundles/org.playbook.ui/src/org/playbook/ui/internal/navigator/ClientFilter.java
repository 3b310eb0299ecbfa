package org.playbook.ui.internal.navigator;

import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.playbook.model.Client;
import org.playbook.model.ClientStatus;

/**
 * Which clients the navigator shows: names containing the typed text, of the chosen industry,
 * with the chosen status. Archived clients are hidden unless archived is what is asked for.
 * Strategies and sections under a shown client are always shown.
 */
public class ClientFilter extends ViewerFilter {
	private String name = "";
	private String industry;
	private ClientStatus status;

	/** Sets the criteria; null or empty means "any". Answers whether anything changed. */
	public boolean set(String name, String industry, ClientStatus status) {
		String typed = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		String chosenIndustry = industry == null || industry.isBlank() ? null : industry;
		boolean changed = !typed.equals(this.name) || !java.util.Objects.equals(chosenIndustry, this.industry) || status != this.status;
		this.name = typed;
		this.industry = chosenIndustry;
		this.status = status;
		return changed;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (!(element instanceof IProject project)) {
			return true;
		}
		Client client = Navigation.clientOf(project);
		String shownName = client != null && client.getName() != null ? client.getName() : project.getName();
		ClientStatus clientStatus = client != null ? client.getStatus() : ClientStatus.ACTIVE;
		return shownName.toLowerCase(Locale.ROOT).contains(name)
				&& (industry == null || client != null && industry.equalsIgnoreCase(client.getIndustry()))
				&& (status == null ? clientStatus != ClientStatus.ARCHIVED : clientStatus == status);
	}
}
