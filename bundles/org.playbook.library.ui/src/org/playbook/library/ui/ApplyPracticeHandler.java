package org.playbook.library.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.playbook.workspace.models.ModelService;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.playbook.model.AppliedPractice;
import org.playbook.model.PlaybookFactory;
import org.playbook.model.PlaybookPackage;
import org.playbook.model.Practice;
import org.playbook.model.Strategy;

/**
 * Applies the selected practice to the strategy in the editor: an AppliedPractice link, on
 * the element selected in the Outline if there is one (a tactic, a goal), else on the
 * strategy. It is a command on the editor's stack, so it is undone like any edit. With no
 * strategy editor active, it applies to the strategy selected in the Clients view, through
 * the model service, and is saved at once.
 */
public class ApplyPracticeHandler extends AbstractHandler {
	public static final String NO_EDITOR_TITLE = Messages.Apply_noStrategyTitle;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		if (!(selection.getFirstElement() instanceof Practice practice)) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		IEditorPart editor = page.getActiveEditor();
		Strategy strategy = Adapters.adapt(editor, Strategy.class);
		IEditingDomainProvider domainProvider = Adapters.adapt(editor, IEditingDomainProvider.class);
		if (strategy != null && domainProvider != null) {
			return apply(domainProvider.getEditingDomain(), strategy, practice, selectedElement(page, strategy));
		}
		IFile selected = strategyFileSelected(page);
		if (selected == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), NO_EDITOR_TITLE, Messages.Apply_noStrategy);
			return null;
		}
		try {
			return applyTo(selected, practice);
		} catch (CoreException e) {
			ErrorDialog.openError(HandlerUtil.getActiveShell(event), Messages.Apply_failed, null, e.getStatus());
			return null;
		}
	}

	/**
	 * Applies the practice to the strategy of the file through the model service: with an
	 * editor open on it, the link joins its unsaved edits; with none, it is saved at once.
	 * Answers whether the practice was not applied there before.
	 */
	public static boolean applyTo(IFile file, Practice practice) throws CoreException {
		boolean[] added = { false };
		ModelService.get().change(file, Strategy.class, org.eclipse.osgi.util.NLS.bind(Messages.Apply_command, practice.getTitle()), strategy -> {
			if (strategy.getAppliedPractices().stream().noneMatch(a -> practice.getId().equals(a.getPracticeId()) && a.getElement() == null)) {
				AppliedPractice applied = PlaybookFactory.eINSTANCE.createAppliedPractice();
				applied.setPracticeId(practice.getId());
				applied.setNote(practice.getTitle());
				strategy.getAppliedPractices().add(applied);
				added[0] = true;
			}
		}, null);
		return added[0];
	}

	/** The strategy file selected in the Clients view, if one is. */
	private static IFile strategyFileSelected(IWorkbenchPage page) {
		ISelection clients = page.getSelection(org.playbook.ui.PlaybookUi.CLIENTS_VIEW_ID);
		if (clients instanceof IStructuredSelection structured && Adapters.adapt(structured.getFirstElement(), IFile.class) instanceof IFile file
				&& org.playbook.workspace.PlaybookFiles.STRATEGY_EXTENSION.equals(file.getFileExtension())) {
			return file;
		}
		return null;
	}

	/** Adds the link as a command; answers it, or null when the practice is applied there already. */
	public static AppliedPractice apply(EditingDomain domain, Strategy strategy, Practice practice, EObject element) {
		boolean already = strategy.getAppliedPractices().stream()
				.anyMatch(applied -> practice.getId().equals(applied.getPracticeId()) && applied.getElement() == element);
		if (already) {
			return null;
		}
		AppliedPractice applied = PlaybookFactory.eINSTANCE.createAppliedPractice();
		applied.setPracticeId(practice.getId());
		applied.setNote(practice.getTitle());
		applied.setElement(element);
		Command add = AddCommand.create(domain, strategy, PlaybookPackage.Literals.STRATEGY__APPLIED_PRACTICES, applied);
		domain.getCommandStack().execute(add);
		return applied;
	}

	/** The strategy element selected in the Outline, if it belongs to this strategy. */
	private static EObject selectedElement(IWorkbenchPage page, Strategy strategy) {
		ISelection outline = page.getSelection(IPageLayout.ID_OUTLINE);
		if (outline instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject element
				&& element != strategy && EcoreUtil.isAncestor(strategy, element)) {
			return element;
		}
		return null;
	}
}
