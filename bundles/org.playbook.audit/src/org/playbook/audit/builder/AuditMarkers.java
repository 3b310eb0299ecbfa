package org.playbook.audit.builder;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.emf.ecore.resource.Resource;
import org.playbook.audit.AuditReport;
import org.playbook.audit.Elements;
import org.playbook.audit.Finding;
import org.playbook.audit.Severity;

/**
 * The audit's findings on a strategy file as resource markers (the Problems view lists them)
 * and its score as a persistent property (the navigator and the Portfolio read it).
 */
public final class AuditMarkers {
	public static final String TYPE = "org.playbook.audit.finding";
	/** Marker attributes beside the standard ones. */
	public static final String RULE_ID = "ruleId", PRACTICE_IDS = "practiceIds", ELEMENT = "elementFragment", SECTION = "section";
	/** The file's score, 0 to 100, as a string; absent until audited. */
	public static final QualifiedName SCORE = new QualifiedName("org.playbook.audit", "score");

	private AuditMarkers() {
	}

	/** Replaces the file's audit markers with the report's findings and records its score. */
	public static void update(IFile file, AuditReport report, Resource resource) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Finding finding : report.findings()) {
			IMarker marker = file.createMarker(TYPE);
			marker.setAttribute(IMarker.SEVERITY, severity(finding.severity()));
			marker.setAttribute(IMarker.MESSAGE, finding.message());
			marker.setAttribute(IMarker.LOCATION, finding.element() != null ? Elements.describe(finding.element()) : finding.section().label());
			if (finding.line() > 0) {
				marker.setAttribute(IMarker.LINE_NUMBER, finding.line());
			}
			marker.setAttribute(RULE_ID, finding.ruleId());
			marker.setAttribute(SECTION, finding.section().name());
			marker.setAttribute(PRACTICE_IDS, String.join(",", finding.practiceIds()));
			if (finding.element() != null && resource != null && finding.element().eResource() == resource) {
				marker.setAttribute(ELEMENT, resource.getURIFragment(finding.element()));
			}
		}
		file.setPersistentProperty(SCORE, report.isReadable() ? String.valueOf(report.score()) : UNREADABLE);
	}

	public static void clear(IFile file) throws CoreException {
		if (file.exists()) {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			file.setPersistentProperty(SCORE, null);
		}
	}

	/** The score property of a file that could not be read. */
	private static final String UNREADABLE = "unreadable";

	/** Whether the file's last audit found it could not be read (it has no score then). */
	public static boolean isUnreadable(IFile file) {
		try {
			return file.exists() && UNREADABLE.equals(file.getPersistentProperty(SCORE));
		} catch (org.eclipse.core.runtime.CoreException e) {
			return false;
		}
	}

	/** The file's score from its last audit, or -1 if it has none (not audited yet, or unreadable). */
	public static int score(IFile file) {
		try {
			String score = file.exists() ? file.getPersistentProperty(SCORE) : null;
			return score == null ? -1 : Integer.parseInt(score);
		} catch (CoreException | NumberFormatException e) {
			return -1;
		}
	}

	/** The practices a marker cites. */
	public static List<String> practiceIds(IMarker marker) {
		String ids = marker.getAttribute(PRACTICE_IDS, "");
		return ids.isEmpty() ? List.of() : List.of(ids.split(","));
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}
}
