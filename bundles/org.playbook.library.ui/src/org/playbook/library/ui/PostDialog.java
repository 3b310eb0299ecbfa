package org.playbook.library.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** A post's full text, scrolled to a quote, which is marked. Read-only. */
final class PostDialog extends Dialog {
	private final String title;
	private final String text;
	private final int quoteStart;
	private final int quoteEnd;

	PostDialog(Shell parent, String title, String text, int quoteStart, int quoteEnd) {
		super(parent);
		this.title = title;
		this.text = text;
		this.quoteStart = Math.max(0, Math.min(quoteStart, text.length()));
		this.quoteEnd = Math.max(this.quoteStart, Math.min(quoteEnd, text.length()));
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
		shell.setSize(760, 560);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		StyledText post = new StyledText(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 460).applyTo(post);
		post.setText(text);
		StyleRange quote = new StyleRange(quoteStart, quoteEnd - quoteStart, null, post.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
		quote.fontStyle = SWT.BOLD;
		post.setStyleRange(quote);
		post.setSelection(quoteStart, quoteEnd);
		post.showSelection();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		close();
	}
}
