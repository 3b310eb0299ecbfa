package org.playbook.team.ui;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.playbook.team.AgencyRepository;
import org.playbook.team.TeamException;
import org.playbook.team.merge.Change;
import org.playbook.team.merge.ModelDiff;
import org.playbook.workspace.models.ModelDocument;
import org.playbook.workspace.models.ModelService;
import org.playbook.workspace.projects.ClientProjects;

/** The shared file a selection stands for, and the differences of its versions. */
final class TeamFiles {
	private TeamFiles() {
	}

	/** A strategy or client file, the client file of a client project, or the file of a model element; else null. */
	static IFile fileOf(Object selected) {
		if (selected instanceof IProject project) {
			IFile client = ClientProjects.clientFile(project);
			return client.exists() ? client : null;
		}
		if (selected instanceof EObject element) {
			ModelDocument document = ModelService.get().documentOf(element);
			return document == null ? null : document.file();
		}
		IFile file = Adapters.adapt(selected, IFile.class);
		return file != null && file.exists() ? file : null;
	}

	/** What changed from the revision to the file as it is on disk now. */
	static List<Change> sinceRevision(AgencyRepository repository, IFile file, String revision) throws TeamException, java.io.IOException {
		java.nio.file.Path path = file.getLocation().toPath();
		return ModelDiff.between(repository.pathOf(path), repository.contentAt(revision, path), Files.exists(path) ? Files.readAllBytes(path) : null);
	}

	/** What one commit changed in the file (its parent to it). */
	static List<Change> ofCommit(AgencyRepository repository, IFile file, String revision) throws TeamException, java.io.IOException {
		java.nio.file.Path path = file.getLocation().toPath();
		byte[] before;
		try {
			before = repository.contentAt(revision + "~1", path);
		} catch (TeamException firstCommit) {
			before = null;
		}
		return ModelDiff.between(repository.pathOf(path), before, repository.contentAt(revision, path));
	}
}
