package org.playbook.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.playbook.model.Client;
import org.playbook.model.Strategy;
import org.playbook.workspace.Agency;
import org.playbook.workspace.AgencyLoader;
import org.playbook.workspace.FileProblems;

/**
 * Audits every strategy of an agency workspace folder, as the command line and the Portfolio
 * view do. A file that cannot be read is a finding of its own (file and line); the rest of
 * the workspace is still audited.
 */
public final class AgencyAudit {
	/** The rule id of the finding for a file that cannot be read. */
	public static final String UNREADABLE = "file.unreadable";

	/** One audited strategy (or unreadable file) of one client. */
	public record Result(String client, Path file, String strategy, AuditReport report) {
	}

	private final Auditor auditor;

	public AgencyAudit(Auditor auditor) {
		this.auditor = auditor;
	}

	/** Every strategy of the workspace folder, worst score first. */
	public List<Result> run(Path workspace) {
		Agency agency = new AgencyLoader().load(workspace);
		List<Result> results = new ArrayList<>();
		for (Client client : agency.getClients()) {
			for (Strategy strategy : client.getStrategies()) {
				results.add(new Result(client.getName(), Agency.fileOf(strategy), strategy.getName(), auditor.audit(strategy)));
			}
		}
		for (Diagnostic problem : agency.getProblems()) {
			results.add(unreadable(workspace, problem));
		}
		results.sort(Comparator.comparingInt((Result result) -> result.report().score()).thenComparing(Result::client));
		return results;
	}

	/** A file that could not be read, as a result with one error finding naming the file and line. */
	public static Result unreadable(Path workspace, Diagnostic problem) {
		Path file = FileProblems.fileOf(problem);
		int line = FileProblems.lineOf(problem);
		String client = file != null && file.getParent() != null && !file.getParent().equals(workspace) ? file.getParent().getFileName().toString()
				: "(workspace)";
		Finding finding = new Finding(UNREADABLE, Severity.ERROR, Section.FILE, problem.getMessage(), null, null, List.of(), line);
		return new Result(client, file, file == null ? "(unreadable)" : file.getFileName().toString(), new AuditReport(List.of(finding)));
	}
}
