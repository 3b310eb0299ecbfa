package org.playbook.library.ui;

import org.eclipse.osgi.util.NLS;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Where the post comes from: a saved file (text or HTML), or text pasted from a browser. */
final class ChoosePostPage extends WizardPage {
	private Button fromFile;
	private Button fromText;
	private Text path;
	private Text pastedTitle;
	private Text pasted;

	ChoosePostPage() {
		super("choose");
		setTitle(Messages.ChoosePostPage_chooseAPost);
		setDescription(Messages.ChoosePostPage_aBlogPostSaved);
	}

	@Override
	public void createControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "org.playbook.help.importPost"); // F1
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		fromFile = new Button(page, SWT.RADIO);
		fromFile.setText(Messages.ChoosePostPage_fromAFile);
		fromFile.setSelection(true);
		path = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.ChoosePostPage_browse);
		browse.addListener(SWT.Selection, event -> browse());

		fromText = new Button(page, SWT.RADIO);
		fromText.setText(Messages.ChoosePostPage_pastedTextTitled);
		pastedTitle = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(pastedTitle);
		new Label(page, SWT.NONE);
		pasted = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(480, 220).applyTo(pasted);

		path.addModifyListener(event -> select(true));
		pastedTitle.addModifyListener(event -> select(false));
		pasted.addModifyListener(event -> select(false));
		fromFile.addListener(SWT.Selection, event -> validate());
		setControl(page);
		validate();
	}

	private void select(boolean file) {
		fromFile.setSelection(file);
		fromText.setSelection(!file);
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.txt;*.html;*.htm;*.md", "*.*" });
		String chosen = dialog.open();
		if (chosen != null) {
			path.setText(chosen);
		}
	}

	private void validate() {
		String problem = null;
		if (fromFile.getSelection()) {
			if (path.getText().isBlank()) {
				problem = Messages.ChoosePostPage_chooseAFile;
			} else if (!Files.isRegularFile(Path.of(path.getText().strip()))) {
				problem = NLS.bind(Messages.ChoosePostPage_noSuchFile, path.getText().strip());
			}
		} else if (pasted.getText().isBlank()) {
			problem = Messages.ChoosePostPage_pasteTheTextOf;
		}
		setErrorMessage(null);
		setMessage(problem, problem == null ? NONE : INFORMATION);
		setPageComplete(problem == null);
	}

	Path file() {
		return Path.of(path.getText().strip());
	}

	/** The pasted text, or null when a file was chosen. */
	String pastedText() {
		return fromFile.getSelection() ? null : pasted.getText();
	}

	String pastedTitle() {
		return pastedTitle.getText();
	}

	Text pathText() {
		return path;
	}
}
