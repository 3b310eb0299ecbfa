package org.playbook.workspace.projects;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/**
 * Marks a project as a Playbook client. Configuring it installs the audit builder, so a
 * client's strategies are checked whenever they are saved (the builder comes with the
 * audit bundle; without it the platform skips the build and says so in its log).
 */
public class PlaybookNature implements IProjectNature {
	public static final String ID = "org.playbook.workspace.nature";
	/** The builder that audits a client's strategies; declared by org.playbook.audit. */
	public static final String AUDIT_BUILDER = "org.playbook.audit.builder";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] builders = description.getBuildSpec();
		if (Arrays.stream(builders).noneMatch(builder -> AUDIT_BUILDER.equals(builder.getBuilderName()))) {
			ICommand audit = description.newCommand();
			audit.setBuilderName(AUDIT_BUILDER);
			ICommand[] more = Arrays.copyOf(builders, builders.length + 1);
			more[builders.length] = audit;
			description.setBuildSpec(more);
			project.setDescription(description, null);
		}
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(builder -> !AUDIT_BUILDER.equals(builder.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
