package org.playbook.team.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.playbook.team.AgencyRepository;
import org.playbook.team.Revision;
import org.playbook.team.TeamException;

/** Compare with Revision...: a commit of the selected strategy, then what changed since, element by element. */
public class CompareWithRevisionHandler extends AbstractHandler {
	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		IFile file = TeamFiles.fileOf(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement());
		if (file == null) {
			return null;
		}
		try (AgencyRepository repository = AgencyRepository.open(file.getLocation().toPath().getParent())) {
			List<Revision> revisions = repository.history(file.getLocation().toPath(), 200);
			if (revisions.isEmpty()) {
				MessageDialog.openInformation(shell, Messages.Failed_title, NLS.bind(Messages.Compare_noHistory, file.getName()));
				return null;
			}
			ElementListSelectionDialog choose = new ElementListSelectionDialog(shell, new LabelProvider() {
				@Override
				public String getText(Object element) {
					return describe((Revision) element);
				}
			});
			choose.setTitle(Messages.Failed_title);
			choose.setMessage(NLS.bind(Messages.Compare_choose, file.getName()));
			choose.setElements(revisions.toArray());
			choose.setMultipleSelection(false);
			if (choose.open() != ElementListSelectionDialog.OK || choose.getFirstResult() == null) {
				return null;
			}
			Revision revision = (Revision) choose.getFirstResult();
			new ChangesDialog(shell, file.getName(), describe(revision), file.getName(), TeamFiles.sinceRevision(repository, file, revision.id())).open();
		} catch (TeamException | java.io.IOException e) {
			MessageDialog.openError(shell, Messages.Failed_title, e.getMessage());
		}
		return null;
	}

	static String describe(Revision revision) {
		return WHEN.format(revision.when()) + "  " + revision.shortId() + "  " + revision.author() + "  " + revision.message();
	}
}
