package org.playbook.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.playbook.ui.viewers.ItemPropertySource;
import org.playbook.model.Strategy;
import org.playbook.workspace.LoadResult;
import org.playbook.workspace.ModelReader;
import org.playbook.workspace.ModelWriter;
import org.playbook.workspace.PlaybookFiles;

/**
 * A client's strategy, page by page. Every change is an EMF command on the editing domain's
 * stack, so undo, redo and the dirty mark work the same on every page; saving is atomic and
 * keeps the previous version. A file that cannot be read opens on a page that says why and
 * offers to restore its backup, instead of an empty or half-read editor.
 */
public class StrategyEditor extends FormEditor implements org.eclipse.emf.edit.domain.IEditingDomainProvider {
	public static final String ID = "org.playbook.editor.strategy";

	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack,
			PlaybookFiles.newResourceSet());
	private Path file;
	private FileStamp savedStamp;
	private HealthMonitor health;
	private boolean checking;
	private Strategy strategy;
	private Diagnostic problem;
	private CommandStackAction undo;
	private CommandStackAction redo;
	private StrategyOutlinePage outline;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IURIEditorInput uriInput) || !"file".equals(uriInput.getURI().getScheme())) {
			throw new PartInitException("A strategy editor opens strategy files (*.playbook) only");
		}
		super.init(site, input);
		file = Path.of(uriInput.getURI());
		setPartName(file.getFileName().toString());
		// the resource set names its editing domain: property descriptors then edit through commands
		domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		savedStamp = FileStamp.of(file);
		LoadResult<Strategy> loaded = new ModelReader(domain.getResourceSet()).read(file, Strategy.class);
		if (loaded.isOk()) {
			strategy = loaded.root();
			addMissingSections(strategy);
			setPartName(strategy.getName());
			health = new HealthMonitor(strategy, commandStack, site.getShell().getDisplay());
		} else {
			problem = loaded.diagnostic();
		}
		undo = new CommandStackAction(commandStack, true);
		redo = new CommandStackAction(commandStack, false);
		commandStack.addCommandStackListener(event -> {
			// commands run on the UI thread: update there and then, so Undo is enabled the moment an edit is done
			Runnable update = () -> {
				undo.update();
				redo.update();
				editorDirtyStateChanged();
			};
			if (org.eclipse.swt.widgets.Display.getCurrent() != null) {
				update.run();
			} else {
				site.getShell().getDisplay().asyncExec(update);
			}
		});
		site.getPage().addPartListener(activation);
		org.eclipse.core.resources.ResourcesPlugin.getWorkspace().addResourceChangeListener(fileChanges,
				org.eclipse.core.resources.IResourceChangeEvent.POST_CHANGE);
		// handlers of the editor's own site: active whenever this editor is
		IHandlerService handlers = site.getService(IHandlerService.class);
		handlers.activateHandler(ActionFactory.UNDO.getCommandId(), new ActionHandler(undo));
		handlers.activateHandler(ActionFactory.REDO.getCommandId(), new ActionHandler(redo));
	}

	/**
	 * Sections a strategy may lack are added (outside the command stack, so the editor is not
	 * dirty for it) so that their fields can be typed into; an empty section means the same
	 * to the audit as a missing one.
	 */
	private static void addMissingSections(Strategy strategy) {
		for (EReference section : strategy.eClass().getEAllContainments()) {
			if (!section.isMany() && strategy.eGet(section) == null) {
				strategy.eSet(section, EcoreUtil.create(section.getEReferenceType()));
			}
		}
	}

	@Override
	protected void addPages() {
		try {
			if (strategy == null) {
				addPage(new ErrorPage(this, file, problem));
			} else {
				addPage(new OverviewPage(this));
				addPage(new SituationPage(this));
				addPage(new AudiencePage(this));
				addPage(new GoalsPage(this));
				addPage(new TacticsPage(this));
				addPage(new ContentPage(this));
				addPage(new ListeningGovernancePage(this));
				addPage(new CrisisPage(this));
				addPage(new MeasurementsPage(this));
				addPage(new ResultsPage(this));
			}
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (strategy == null) {
			return;
		}
		EmptySections empty = EmptySections.detach(strategy);
		try {
			new ModelWriter().save(strategy.eResource(), file);
			commandStack.saveIsDone();
			savedStamp = FileStamp.of(file);
			editorDirtyStateChanged();
			refreshWorkspaceFile();
		} catch (IOException e) {
			// the file on disk is as it was before: the write is atomic
			ErrorDialog.openError(getSite().getShell(), "Not saved", "The strategy could not be saved; the file keeps its previous content.",
					Status.error(file + ": " + e.getMessage(), e));
		} finally {
			empty.restore();
		}
	}

	/** Tells the Eclipse workspace the file changed, so builders and listeners (audit, index) see the save. */
	private void refreshWorkspaceFile() {
		IFile workspaceFile = getEditorInput().getAdapter(IFile.class);
		if (workspaceFile != null) {
			try {
				workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				// the workspace catches up on its next refresh; the file itself is saved
			}
		}
	}

	/**
	 * Called when the editor is activated and when the workspace reports the file changed:
	 * a file changed by someone else is reloaded, asking first if there are unsaved changes
	 * here, which are kept if the strategist says so (the next save overwrites the file).
	 */
	void checkForExternalChange() {
		if (file == null || savedStamp == null || checking) {
			return;
		}
		FileStamp now = FileStamp.of(file);
		if (now == null || now.equals(savedStamp)) {
			return;
		}
		checking = true;
		try {
			savedStamp = now;
			boolean reload = !isDirty() || org.eclipse.jface.dialogs.MessageDialog.openQuestion(getSite().getShell(), CHANGED_TITLE,
					file.getFileName() + " was changed outside this editor.\n\nLoad the file's version? Your unsaved changes here are then lost."
							+ " Choose No to keep editing yours; saving will replace the file.");
			if (reload) {
				reload();
			}
		} finally {
			checking = false;
		}
	}

	/** The title of the question asked when the file changed outside the editor. */
	static final String CHANGED_TITLE = "Strategy changed on disk";

	private void reload() {
		org.eclipse.ui.IWorkbenchPage page = getSite().getPage();
		IEditorInput input = getEditorInput();
		page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
			page.closeEditor(this, false);
			try {
				page.openEditor(input, ID);
			} catch (PartInitException e) {
				ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot reopen the strategy", null, e.getStatus());
			}
		});
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public org.eclipse.emf.edit.domain.EditingDomain getEditingDomain() {
		return domain;
	}

	/** The Outline shows the strategy's tree; an unreadable file has none. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == Strategy.class) {
			return adapter.cast(strategy);
		}
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage properties = new PropertySheetPage();
			properties.setPropertySourceProvider(object -> new ItemPropertySource(adapterFactory, object));
			return adapter.cast(properties);
		}
		if (adapter == IContentOutlinePage.class && strategy != null) {
			if (outline == null) {
				outline = new StrategyOutlinePage(this, adapterFactory);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	StrategyOutlinePage outline() {
		return outline;
	}

	HealthMonitor health() {
		return health;
	}

	AdapterFactoryEditingDomain domain() {
		return domain;
	}

	Strategy strategy() {
		return strategy;
	}

	Path file() {
		return file;
	}

	/** Activation is when a strategist comes back from elsewhere: the moment to notice the file changed. */
	private final org.eclipse.ui.IPartListener2 activation = new org.eclipse.ui.IPartListener2() {
		@Override
		public void partActivated(org.eclipse.ui.IWorkbenchPartReference reference) {
			if (reference.getPart(false) == StrategyEditor.this) {
				checkForExternalChange();
			}
		}
	};

	private final org.eclipse.core.resources.IResourceChangeListener fileChanges = event -> {
		IFile workspaceFile = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
		org.eclipse.core.resources.IResourceDelta change = workspaceFile == null || event.getDelta() == null ? null
				: event.getDelta().findMember(workspaceFile.getFullPath());
		if (change != null && org.playbook.workspace.projects.ClientProjects.changesContent(change)) {
			getSite().getShell().getDisplay().asyncExec(() -> {
				if (getSite().getPage().isPartVisible(this)) {
					checkForExternalChange();
				}
			});
		}
	};

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(activation);
		org.eclipse.core.resources.ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileChanges);
		adapterFactory.dispose();
		super.dispose();
	}
}
