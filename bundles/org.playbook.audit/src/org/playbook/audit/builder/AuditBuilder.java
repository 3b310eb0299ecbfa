package org.playbook.audit.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.playbook.audit.AgencyAudit;
import org.playbook.audit.AuditReport;
import org.playbook.audit.Auditor;
import org.playbook.model.Strategy;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.PlaybookFiles;
import org.playbook.workspace.projects.ClientProjects;

/**
 * Audits a client's strategies when they change (the Playbook nature installs this builder):
 * each changed strategy file gets its findings as markers and its score as a property. A
 * file that cannot be read gets one error marker at its line; the other files are audited.
 */
public class AuditBuilder extends IncrementalProjectBuilder {
	public static final String ID = "org.playbook.audit.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		List<IFile> files = new ArrayList<>();
		if (delta == null) {
			for (IResource member : getProject().members()) {
				if (member instanceof IFile file && isStrategy(file)) {
					files.add(file);
				}
			}
		} else {
			delta.accept(change -> {
				if (change.getResource() instanceof IFile file && isStrategy(file) && change.getKind() != IResourceDelta.REMOVED
						&& ClientProjects.changesContent(change)) {
					files.add(file);
				}
				return true;
			});
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Auditing " + getProject().getName(), files.size());
		Auditor auditor = new Auditor();
		for (IFile file : files) {
			progress.subTask(file.getName());
			audit(auditor, file);
			progress.worked(1);
		}
		return null;
	}

	/** Audits one file now; the builder's work for it, also used to audit on demand. */
	public static AuditReport audit(Auditor auditor, IFile file) throws CoreException {
		LoadResult<Strategy> loaded = new ModelReader().read(file.getLocation().toPath(), Strategy.class);
		AuditReport report = loaded.isOk() ? auditor.audit(loaded.root())
				: AgencyAudit.unreadable(file.getProject().getLocation().toPath(), loaded.diagnostic()).report();
		AuditMarkers.update(file, report, loaded.isOk() ? loaded.root().eResource() : null);
		return report;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(AuditMarkers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	private static boolean isStrategy(IFile file) {
		return PlaybookFiles.STRATEGY_EXTENSION.equals(file.getFileExtension());
	}
}
