package org.playbook.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.playbook.model.Strategy;
import org.playbook.ui.viewers.ItemPropertySource;
import org.playbook.workspace.models.ModelDocument;
import org.playbook.workspace.models.ModelListener;
import org.playbook.workspace.models.ModelService;

/**
 * A client's strategy, page by page. The model is the workbench's document of the file (see
 * {@link ModelService}), shared with the Clients view, Properties, the Outline, quick fixes
 * and the library's Apply: every change is an EMF command on the document's stack, so undo,
 * redo and the dirty mark work the same whoever made it. Saving is a workspace operation
 * that keeps Local History. A file that cannot be read opens on a page that says why and
 * offers to restore its backup, instead of an empty or half-read editor.
 */
public class StrategyEditor extends FormEditor implements IEditingDomainProvider {
	public static final String ID = "org.playbook.editor.strategy";

	private IFile file;
	private ModelDocument document;
	private AdapterFactoryEditingDomain domain;
	private HealthMonitor health;
	private Strategy strategy;
	private Diagnostic problem;
	private CommandStackAction undo;
	private CommandStackAction redo;
	private StrategyOutlinePage outline;
	/** Whether the question about a change on disk waits for the editor to be shown. */
	private boolean askWhenVisible;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		file = workspaceFile(input);
		if (file == null) {
			throw new PartInitException(Messages.StrategyEditor_notInWorkspace);
		}
		super.init(site, input);
		setPartName(file.getName());
		try {
			file.refreshLocal(IResource.DEPTH_ZERO, null); // read what is on disk now, not what the workspace saw last
		} catch (CoreException e) {
			// the document reads the file as it is
		}
		document = ModelService.get().document(file);
		if (document.root(Strategy.class) == null) {
			document.reload(); // the file may have been mended (a backup restored) since it was read
		}
		document.connect(this);
		domain = document.domain();
		strategy = document.root(Strategy.class);
		if (strategy != null) {
			addMissingSections(strategy);
			setPartName(strategy.getName());
			health = new HealthMonitor(strategy, domain.getCommandStack(), site.getShell().getDisplay());
		} else {
			problem = document.result(Strategy.class).diagnostic();
		}
		undo = new CommandStackAction(domain.getCommandStack(), true);
		redo = new CommandStackAction(domain.getCommandStack(), false);
		ModelService.get().addListener(documentEvents);
		site.getPage().addPartListener(activation);
		// handlers of the editor's own site: active whenever this editor is
		IHandlerService handlers = site.getService(IHandlerService.class);
		handlers.activateHandler(ActionFactory.UNDO.getCommandId(), new ActionHandler(undo));
		handlers.activateHandler(ActionFactory.REDO.getCommandId(), new ActionHandler(redo));
	}

	/** The workspace file the input stands for: a file of a client project, or a file store that is one. */
	private static IFile workspaceFile(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file == null && input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uriInput.getURI());
			file = files.length > 0 && files[0].getProject().isOpen() ? files[0] : null;
		}
		return file;
	}

	/**
	 * Sections a strategy may lack are added (outside the command stack, so the editor is not
	 * dirty for it) so that their fields can be typed into; those still empty are left out of
	 * the file by its serialisation, and the audit sees them missing as before.
	 */
	private static void addMissingSections(org.eclipse.emf.ecore.EObject owner) {
		for (EReference section : owner.eClass().getEAllContainments()) {
			if (!section.isMany()) {
				if (owner.eGet(section) == null) {
					owner.eSet(section, EcoreUtil.create(section.getEReferenceType()));
				}
				addMissingSections((org.eclipse.emf.ecore.EObject) owner.eGet(section)); // a section's own parts: governance's brand voice
			}
		}
	}

	@Override
	protected void addPages() {
		try {
			if (strategy == null) {
				addPage(new ErrorPage(this, file(), problem));
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
		return document != null && document.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (strategy == null) {
			return;
		}
		try {
			document.save(false, monitor);
		} catch (CoreException e) {
			if (e.getStatus().getCode() != ModelDocument.CHANGED_ON_DISK) {
				ErrorDialog.openError(getSite().getShell(), Messages.StrategyEditor_notSavedTitle, Messages.StrategyEditor_notSaved, e.getStatus());
			} else if (askAboutChangeOnDisk(Messages.StrategyEditor_changedOnSave)) {
				save(true, monitor);
			}
		}
	}

	private void save(boolean overwrite, IProgressMonitor monitor) {
		try {
			document.save(overwrite, monitor);
		} catch (CoreException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.StrategyEditor_notSavedTitle, Messages.StrategyEditor_notSaved, e.getStatus());
		}
	}

	/**
	 * The file changed on disk while there are unsaved edits here: asks whether to keep them
	 * (answered true; the next save replaces the file) or to load the file's version.
	 */
	private boolean askAboutChangeOnDisk(String question) {
		MessageDialog dialog = new MessageDialog(getSite().getShell(), CHANGED_TITLE, null, NLS.bind(question, file.getName()),
				MessageDialog.QUESTION, 0, Messages.StrategyEditor_keepMine, Messages.StrategyEditor_loadTheirs);
		if (dialog.open() == 0) {
			return true;
		}
		document.reload();
		return false;
	}

	/** The file changed on disk under unsaved edits: the strategist keeps theirs (saved over it next) or loads it. */
	private void keepOrLoad() {
		if (askAboutChangeOnDisk(Messages.StrategyEditor_changedWhileEditing)) {
			document.keepOurs();
		}
	}

	/**
	 * Looks at the file on disk now (the editor is activated, or a test asks): a change made
	 * outside reaches the document through the workspace, which reloads it if it is clean
	 * and asks here once if it is not.
	 */
	void checkForExternalChange() {
		try {
			file.refreshLocal(IResource.DEPTH_ZERO, null);
		} catch (CoreException e) {
			// the workspace notices on its next refresh
		}
	}

	/** The title of the question asked when the file changed outside the editor. */
	static final String CHANGED_TITLE = Messages.StrategyEditor_changedTitle;

	private final ModelListener documentEvents = new ModelListener() {
		@Override
		public void reloaded(ModelDocument changed) {
			if (changed == document) {
				reopen();
			}
		}

		@Override
		public void changedOnDisk(ModelDocument changed) {
			if (changed != document) {
				return;
			}
			if (getSite().getPage().isPartVisible(StrategyEditor.this)) {
				keepOrLoad();
			} else {
				askWhenVisible = true;
			}
		}

		@Override
		public void changed(ModelDocument changed) {
			if (changed == document) {
				Runnable update = () -> {
					undo.update();
					redo.update();
					editorDirtyStateChanged();
				};
				if (Display.getCurrent() != null) {
					update.run(); // commands run on the UI thread: Undo is enabled the moment an edit is done
				} else {
					getSite().getShell().getDisplay().asyncExec(update);
				}
			}
		}
	};

	/** The document was read again: the pages are made anew on its new model. */
	private void reopen() {
		IWorkbenchPage page = getSite().getPage();
		IEditorInput input = getEditorInput();
		page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
			page.closeEditor(this, false);
			try {
				page.openEditor(input, ID);
			} catch (PartInitException e) {
				ErrorDialog.openError(page.getWorkbenchWindow().getShell(), Messages.StrategyEditor_notReopened, null, e.getStatus());
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
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The page that edits the elements of a class, where it is not the Overview. */
	private static final java.util.Map<String, String> PAGE_OF = java.util.Map.of("CalendarEntry", "content", "ContentPillar", "content",
			"Tactic", "tactics", "Goal", "goals", "Metric", "goals", "Persona", "audience", "Competitor", "situation", "SwotItem", "situation",
			"MarketTrend", "situation");

	/**
	 * Shows the page that edits the element and selects it in its table there (a calendar
	 * entry on the Content page's calendar): where the Calendar view's double-click leads.
	 */
	public void reveal(org.eclipse.emf.ecore.EObject element) {
		if (element == null || strategy == null) {
			return;
		}
		setActivePage(PAGE_OF.getOrDefault(element.eClass().getName(), "overview"));
		if (getActivePageInstance() instanceof StrategyPage page) {
			page.reveal(element);
		}
	}

	/** The Outline shows the strategy's tree; an unreadable file has none. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == Strategy.class) {
			return adapter.cast(strategy);
		}
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage properties = new PropertySheetPage();
			properties.setPropertySourceProvider(object -> new ItemPropertySource(domain.getAdapterFactory(), object));
			return adapter.cast(properties);
		}
		if (adapter == IContentOutlinePage.class && strategy != null) {
			if (outline == null) {
				outline = new StrategyOutlinePage(this, domain.getAdapterFactory());
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
		return file.getLocation().toPath();
	}

	IFile workspaceFile() {
		return file;
	}

	ModelDocument document() {
		return document;
	}

	/** Activation is when a strategist comes back from elsewhere: the moment to notice the file changed. */
	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) != StrategyEditor.this) {
				return;
			}
			if (askWhenVisible) {
				askWhenVisible = false;
				keepOrLoad();
			} else {
				checkForExternalChange();
			}
		}
	};

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(activation);
		ModelService.get().removeListener(documentEvents);
		if (document != null) {
			document.disconnect(this);
		}
		super.dispose();
	}
}
