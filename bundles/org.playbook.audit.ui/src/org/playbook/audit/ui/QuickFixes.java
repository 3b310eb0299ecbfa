package org.playbook.audit.ui;

import org.eclipse.osgi.util.NLS;
import org.playbook.model.labels.Labels;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.swt.graphics.Image;
import org.playbook.audit.builder.AuditMarkers;
import org.playbook.model.Goal;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.ReviewCadence;
import org.playbook.model.ReviewFrequency;
import org.playbook.model.Role;
import org.playbook.model.Seniority;
import org.playbook.model.Strategy;
import org.playbook.model.Tactic;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.models.ModelService;

/**
 * Quick fixes for findings whose fix is clear: plan a monthly review, link a tactic to one of
 * the strategy's goals, make a seasoned role the owner of the brand voice. A fix is a command
 * on the strategy's shared document: with the strategy open it changes the editor's model
 * (undoable there, the strategist's unsaved edits kept); with none it is saved at once and
 * the builder audits the file again.
 */
public class QuickFixes implements IMarkerResolutionGenerator2 {

	/** The rules whose findings have a clear fix. */
	private static final java.util.Set<String> FIXABLE = java.util.Set.of("commitment.no-review-cadence", "tactics.serve-no-goal",
			"governance.voice-owner", "content.brand-voice");

	/** Asked for every marker the Problems view shows: answered from the rule alone, without reading the strategy file. */
	@Override
	public boolean hasResolutions(IMarker marker) {
		return FIXABLE.contains(marker.getAttribute(AuditMarkers.RULE_ID, "")) && marker.getResource() instanceof IFile;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String rule = marker.getAttribute(AuditMarkers.RULE_ID, "");
		if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		LoadResult<Strategy> loaded = ModelService.get().read(file, Strategy.class);
		if (!loaded.isOk()) {
			return new IMarkerResolution[0];
		}
		Strategy strategy = loaded.root();
		List<IMarkerResolution> fixes = new ArrayList<>();
		switch (rule) {
		case "commitment.no-review-cadence" -> fixes.add(new Fix("Plan a monthly review",
				Messages.QuickFixes_addsAMonthlyReview, file, s -> planMonthlyReview(s)));
		case "tactics.serve-no-goal" -> {
			EObject element = element(strategy, marker);
			if (element instanceof Tactic tactic) {
				for (Goal goal : strategy.getGoals()) {
					String tacticId = fragment(tactic);
					String goalId = fragment(goal);
					fixes.add(new Fix(NLS.bind(Messages.QuickFixes_linkToTheGoal, tactic.getName(), goal.getName()),
							Messages.QuickFixes_theTacticThenServes, file, s -> ((Tactic) s.eResource().getEObject(tacticId)).getGoals()
									.add((Goal) s.eResource().getEObject(goalId))));
				}
			}
		}
		case "governance.voice-owner" -> {
			if (strategy.getGovernance() != null) {
				strategy.getGovernance().getRoles().stream().filter(role -> role.getSeniority().getValue() >= Seniority.MID_LEVEL_VALUE)
						.sorted(Comparator.comparing((Role role) -> role.getSeniority().getValue()).reversed()).forEach(role -> {
							String roleId = fragment(role);
							fixes.add(new Fix(NLS.bind(Messages.QuickFixes_makeTheOwnerOf, role.getName(), Labels.of(role.getSeniority())),
									Messages.QuickFixes_aSeasonedOwnerFor, file,
									s -> s.getGovernance().setBrandVoiceOwner((Role) s.eResource().getEObject(roleId))));
						});
			}
		}
		case "content.brand-voice" -> {
			String fragment = marker.getAttribute(AuditMarkers.ELEMENT, null);
			if (fragment != null) {
				fixes.add(new OpenElement(Messages.QuickFixes_openThePost, Messages.QuickFixes_rewordThePost, file, fragment));
			}
		}
		default -> {
			// no clear fix: Explain shows what the practice says
		}
		}
		return fixes.toArray(IMarkerResolution[]::new);
	}

	private static void planMonthlyReview(Strategy strategy) {
		ReviewCadence review = strategy.getReviewCadence();
		if (review == null) {
			review = PlaybookFactory.eINSTANCE.createReviewCadence();
			strategy.setReviewCadence(review);
		}
		review.setFrequency(ReviewFrequency.MONTHLY);
		if (review.getNextReview() == null) {
			LocalDate next = LocalDate.now().withDayOfMonth(1).plusMonths(1);
			review.setNextReview(Date.from(next.atStartOfDay(ZoneId.systemDefault()).toInstant()));
		}
	}

	private static EObject element(Strategy strategy, IMarker marker) {
		String fragment = marker.getAttribute(AuditMarkers.ELEMENT, null);
		return fragment == null ? null : strategy.eResource().getEObject(fragment);
	}

	private static String fragment(EObject element) {
		return element.eResource().getURIFragment(element);
	}

	/** A fix the strategist makes by hand: the strategy opened at the element (a post to reword). */
	private record OpenElement(String getLabel, String getDescription, IFile file, String fragment) implements IMarkerResolution2 {
		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			try {
				if (org.eclipse.ui.ide.IDE.openEditor(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file,
						org.playbook.editor.StrategyEditor.ID) instanceof org.playbook.editor.StrategyEditor editor) {
					LoadResult<Strategy> loaded = ModelService.get().read(file, Strategy.class);
					if (loaded.isOk()) {
						editor.reveal(loaded.root().eResource().getEObject(fragment));
					}
				}
			} catch (org.eclipse.ui.PartInitException e) {
				ErrorDialog.openError(null, getLabel, e.getMessage(), e.getStatus());
			}
		}
	}

	/** One fix: a change of the strategy, made through the model service. */
	private static final class Fix implements IMarkerResolution2 {
		private final String label;
		private final String description;
		private final IFile file;
		private final Consumer<Strategy> change;

		Fix(String label, String description, IFile file, Consumer<Strategy> change) {
			this.label = label;
			this.description = description;
			this.file = file;
			this.change = change;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return description;
		}

		@Override
		public Image getImage() {
			return null;
		}

		/** A command on the strategy's document: in an open editor it joins the unsaved edits and is undone there; else it is saved at once. */
		@Override
		public void run(IMarker marker) {
			try {
				ModelService.get().change(file, Strategy.class, label, change, null);
			} catch (CoreException e) {
				ErrorDialog.openError(null, "The fix was not applied", "The strategy file keeps its content.", e.getStatus());
			}
		}
	}
}
