package org.playbook.team.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.playbook.team.AgencyRepository;
import org.playbook.team.SyncResult;
import org.playbook.team.TeamException;

/** The Team menu's commands. */
public final class TeamHandlers {
	private TeamHandlers() {
	}

	/** Team > Share Workspace...: the agency repository's address, or none. */
	public static class Share extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			Shell shell = HandlerUtil.getActiveShellChecked(event);
			InputDialog remote = new InputDialog(shell, Messages.Share_title, Messages.Share_message, "", null);
			if (remote.open() == Window.OK) {
				TeamActions.share(shell, remote.getValue());
			}
			return null;
		}
	}

	/** Team > Commit...: a message, with the files that changed. */
	public static class Commit extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			Shell shell = HandlerUtil.getActiveShellChecked(event);
			java.util.List<String> changed;
			try (AgencyRepository repository = AgencyRepository.open(TeamActions.workspace())) {
				changed = repository.uncommitted();
			} catch (TeamException e) {
				MessageDialog.openError(shell, Messages.Commit_title, e.getMessage());
				return null;
			}
			if (changed.isEmpty()) {
				MessageDialog.openInformation(shell, Messages.Commit_title, Messages.Commit_nothing);
				return null;
			}
			String files = String.join("\n", changed.size() > 12 ? changed.subList(0, 12) : changed) + (changed.size() > 12 ? "\n..." : "");
			InputDialog message = new InputDialog(shell, Messages.Commit_title, NLS.bind(Messages.Commit_message, files), "",
					text -> text == null || text.isBlank() ? "" : null);
			if (message.open() == Window.OK) {
				TeamActions.commit(shell, message.getValue().strip());
			}
			return null;
		}
	}

	/**
	 * Brings in the agency repository's changes (merged element by element, the changes both
	 * sides made decided in the merge dialog) and, for Synchronize, pushes.
	 */
	private abstract static class Exchange extends AbstractHandler {
		private final boolean andPush;

		Exchange(boolean andPush) {
			this.andPush = andPush;
		}

		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			Shell shell = HandlerUtil.getActiveShellChecked(event);
			report(shell, TeamActions.synchronize(shell, andPush, TeamActions.askIn(shell)));
			return null;
		}
	}

	/** Team > Pull. */
	public static class Pull extends Exchange {
		public Pull() {
			super(false);
		}
	}

	/** Team > Push: sends this workspace's commits. */
	public static class Push extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			TeamActions.push(HandlerUtil.getActiveShellChecked(event));
			return null;
		}
	}

	/** Team > Synchronize: commit, pull, push. */
	public static class Synchronize extends Exchange {
		public Synchronize() {
			super(true);
		}
	}

	private static void report(Shell shell, SyncResult result) {
		if (result == null) {
			return;
		}
		StringBuilder text = new StringBuilder(result.received() == 0 ? Messages.Synced_nothing : NLS.bind(Messages.Synced_received, result.received()));
		if (!result.merged().isEmpty()) {
			text.append('\n').append(NLS.bind(Messages.Synced_merged, String.join(", ", result.merged())));
		}
		result.notes().forEach(note -> text.append('\n').append(note));
		MessageDialog.openInformation(shell, Messages.Synced_title, text.toString());
	}
}
